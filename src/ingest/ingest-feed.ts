import { CrosscheckError } from '../errors.js';
import type { ArticleDoc } from '../model/article.js';
import { message } from '../model/article.js';
import { decodeBytes } from './decode-bytes.js';
import { docFromBody } from './doc-from-text.js';
import { fetchUrl } from './fetch-url.js';
import { htmlFragmentText } from './html-fragment-text.js';
import { articleFromHtml, checked, failure, type IngestItem, type IngestOptions, type Origin } from './ingest-item.js';
import { parseFeed, type FeedItem } from './parse-feed.js';
import { sniffType } from './sniff-type.js';

/** Below this many characters an item's text is a teaser, not the article. */
export const SHORT_SUMMARY_CHARS = 600;

/**
 * Each feed item becomes an article: its content (content:encoded, content, description, summary)
 * is the body; title, link, date and author come from the item, the outlet from the channel title.
 * An item with only a short summary and a link gets its page fetched when the run allows it.
 */
export async function* ingestFeed(xml: string, origin: Origin, opts: IngestOptions): AsyncGenerator<IngestItem> {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml, origin.source);
  } catch (e) {
    return yield failure(origin.source, e);
  }
  if (feed.items.length === 0) return yield failure(origin.source, new CrosscheckError('CC_NO_ARTICLE_TEXT', [`${origin.source}: the feed has no items`]));
  for (const [i, item] of feed.items.entries()) {
    const source = `${origin.source}#${i + 1}`;
    const link = absolute(item.link, origin.url);
    const meta = { source, url: link, title: item.title, author: item.author, published: item.published, outlet: feed.title };
    const body = item.html ? htmlFragmentText(item.html) : '';
    let fetchProblem: string | null = null;
    if (body.length < SHORT_SUMMARY_CHARS && link && opts.allowFetch) {
      try {
        const res = await fetchUrl(link, opts);
        const page = decodeBytes(res.bytes, link, res.charset);
        const fetched = sniffType(page, link) === 'html' ? articleFromHtml(page, { ...meta, url: res.url }, res.url) : null;
        if (fetched?.kind === 'article') {
          yield fetched;
          continue;
        }
        fetchProblem = `linked page has no extractable article: ${link}`;
      } catch (e) {
        fetchProblem = (e as Error).message;
      }
    }
    if (!body) {
      yield failure(source, new CrosscheckError('CC_NO_ARTICLE_TEXT', [`${source}${fetchProblem ? ` (${fetchProblem})` : ''}`]));
      continue;
    }
    const raw = item.html ?? body;
    const doc = docFromBody(body, raw, meta);
    if (fetchProblem) note(doc, fetchProblem);
    yield checked(doc, raw);
  }
}

function note(doc: ArticleDoc, problem: string): void {
  message(doc, { start: 0, end: 0 }, 'feed-summary-only', `only the feed summary is available: ${problem}`, 'info');
}

/** Relative item links are resolved against the feed's own URL. */
function absolute(link: FeedItem['link'], base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return link;
  }
}
