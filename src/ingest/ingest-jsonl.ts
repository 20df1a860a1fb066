import { CrosscheckError } from '../errors.js';
import { docFromText, type KnownMeta } from './doc-from-text.js';
import { articleFromHtml, checked, failure, type IngestItem, type Origin } from './ingest-item.js';
import { parseJsonLines } from './parse-jsonl.js';

/**
 * One article per JSON line. Given fields win over what extraction finds; the stored raw input and
 * the content hash are the line itself; source is `file.jsonl#<id or line number>`.
 */
export function* ingestJsonLines(text: string, origin: Origin): Generator<IngestItem> {
  for (const l of parseJsonLines(text, origin.source)) {
    if ('error' in l) {
      yield failure(`${origin.source}#${l.line}`, l.error);
      continue;
    }
    const r = l.record;
    const meta: KnownMeta = {
      source: `${origin.source}#${r.id ?? l.line}`,
      url: r.url ?? null,
      outlet: r.outlet ?? null,
      title: r.title ?? null,
      author: r.author ?? null,
      published: r.published ?? null,
      ...(r.id !== undefined ? { id: r.id } : {}),
    };
    if (r.html !== undefined) {
      const item = articleFromHtml(r.html, meta, r.url ?? null, l.raw);
      // A page the extractor cannot read may still come with usable plain text.
      if (item.kind === 'article' || r.text === undefined) {
        yield item;
        continue;
      }
    }
    if (r.text !== undefined) yield checked(docFromText(r.text, meta, l.raw), l.raw);
    else yield failure(meta.source, new CrosscheckError('CC_NO_ARTICLE_TEXT', [`${meta.source}: the line has neither "text" nor "html"`]));
  }
}
