import { createHash } from 'node:crypto';
import { message, newArticle, type ArticleDoc, type ArticleMeta } from '../model/article.js';
import type { ExtractedPage } from '../extract/html/extracted-page.js';
import { normalizeDate } from '../extract/normalize-date.js';
import { dateFromText } from '../extract/date/date-from-text.js';
import { normalizeText } from '../extract/text/normalize-text.js';
import { structureText, type StructureOptions } from '../extract/text/structure-text.js';
import { outletFromUrl } from './outlet-from-url.js';

/** Metadata a caller already knows; every given field wins over what the text suggests. */
export type KnownMeta = Partial<ArticleMeta> & { source: string; id?: string };

export function sha256Hex(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** The article id when none is given: stable across runs for the same raw input. */
export function articleId(raw: string): string {
  return 'a-' + sha256Hex(raw).slice(0, 12);
}

/**
 * Build an unanalysed ArticleDoc from plain text: normalised text, classified blocks and metadata
 * (given fields first, then title/byline/dateline found in the text, then the URL host).
 * `raw` is what the id and content hash are computed from when the text came wrapped (a JSON line).
 */
export function docFromText(text: string, meta: KnownMeta, raw: string = text): ArticleDoc {
  return buildDoc(text, raw, meta, { detectTitle: true, knownTitle: meta.title ?? null });
}

/**
 * Build a doc from an extracted HTML page: the body text is structured like plain text, but the
 * page title is metadata and not part of `text`; a first line repeating it is marked `title`.
 */
export function docFromPage(page: ExtractedPage, raw: string, meta: KnownMeta): ArticleDoc {
  const merged: KnownMeta = {
    ...meta,
    url: meta.url ?? page.url,
    title: meta.title ?? page.title,
    author: meta.author ?? page.author,
    outlet: meta.outlet ?? page.outlet,
    published: meta.published ?? page.published,
  };
  return docFromBody(page.text, raw, merged);
}

/** A body whose title is known from metadata (HTML page, feed item): no title line is guessed. */
export function docFromBody(body: string, raw: string, meta: KnownMeta): ArticleDoc {
  return buildDoc(body, raw, meta, { detectTitle: false, knownTitle: meta.title ?? null });
}

function buildDoc(body: string, raw: string, meta: KnownMeta, opts: StructureOptions): ArticleDoc {
  const text = normalizeText(body);
  const found = structureText(text, opts);
  const url = meta.url ?? null;
  const full: ArticleMeta = {
    url,
    title: clean(meta.title) ?? found.title,
    author: clean(meta.author) ?? found.author,
    outlet: clean(meta.outlet) ?? found.outlet ?? outletFromUrl(url) ?? found.agency,
    published: normalizeDate(meta.published) ?? found.published,
  };
  // No date in the metadata or the byline: the text's own dateline or date line, if it has one.
  const stated = full.published === null && !meta.published ? dateFromText(text) : null;
  if (stated) full.published = stated.date;
  const doc = newArticle({ id: meta.id ?? articleId(raw), source: meta.source, contentHash: sha256Hex(raw), text, meta: full, blocks: found.blocks });
  if (stated) message(doc, stated, 'published-from-text', `publication date taken from the text: ${stated.date}`, 'info');
  // A given date we cannot read is reported, not trusted: downstream code relies on ISO dates.
  if (meta.published && normalizeDate(meta.published) === null) {
    message(doc, { start: 0, end: 0 }, 'published-unparsed', `publication date not understood: ${meta.published}`, 'info');
  }
  return doc;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
