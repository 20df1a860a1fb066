/**
 * Turn a POST /api/articles body into ingest items, through the same code paths as file ingest:
 * JSON bodies and NDJSON become JSON lines (given fields win, the line is the stored raw input),
 * text/html goes through the main-content extractor, text/plain through the text structurer.
 */
import { docFromText, type KnownMeta } from '../ingest/doc-from-text.js';
import { articleFromHtml, checked, type IngestItem, type Origin } from '../ingest/ingest-item.js';
import { ingestJsonLines } from '../ingest/ingest-jsonl.js';
import type { UploadArticle, UploadMeta } from './api-schemas.js';

export const UPLOAD_SOURCE = 'upload';

const origin: Origin = { source: UPLOAD_SOURCE, url: null, charset: null };

/** Drop null and empty fields, so a JSON line says only what the client actually knows. */
function compact(a: UploadArticle): Record<string, string> {
  return Object.fromEntries(Object.entries(a).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length > 0));
}

export function itemsFromJson(articles: readonly UploadArticle[]): IngestItem[] {
  return [...ingestJsonLines(articles.map((a) => JSON.stringify(compact(a))).join('\n'), origin)];
}

export function itemsFromNdjson(body: string): IngestItem[] {
  return [...ingestJsonLines(body, origin)];
}

function knownMeta(meta: UploadMeta): KnownMeta {
  const m: KnownMeta = { source: meta.id ? `${UPLOAD_SOURCE}#${meta.id}` : UPLOAD_SOURCE };
  if (meta.id) m.id = meta.id;
  if (meta.url) m.url = meta.url;
  if (meta.outlet) m.outlet = meta.outlet;
  if (meta.title) m.title = meta.title;
  if (meta.author) m.author = meta.author;
  if (meta.published) m.published = meta.published;
  return m;
}

export function itemFromHtml(html: string, meta: UploadMeta): IngestItem {
  return articleFromHtml(html, knownMeta(meta), meta.url ?? null);
}

export function itemFromText(text: string, meta: UploadMeta): IngestItem {
  return checked(docFromText(text, knownMeta(meta)), text);
}
