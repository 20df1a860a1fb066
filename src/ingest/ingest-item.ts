import { CrosscheckError, isCrosscheckError } from '../errors.js';
import { extractHtml } from '../extract/html/extract-html.js';
import type { ArticleDoc } from '../model/article.js';
import { docFromPage, type KnownMeta } from './doc-from-text.js';

export interface IngestOptions {
  /** Allow fetching loopback/private addresses (tests, intranet deployments). */
  allowPrivate?: boolean;
  timeoutMs?: number;
  /** Size limit for files and downloads, in bytes. */
  maxBytes?: number;
  maxRedirects?: number;
  /**
   * Fetch the linked page of a feed item that carries only a short summary. Off by default so
   * that ingesting a feed file stays offline and reproducible; explicit URL inputs are always fetched.
   */
  allowFetch?: boolean;
}

export type IngestItem =
  | { kind: 'article'; doc: ArticleDoc /* text, blocks, metadata filled; not yet analysed */; raw: string /* the input as stored */ }
  | { kind: 'error'; input: string; error: CrosscheckError };

/** Where some bytes came from, for decoding and metadata. */
export interface Origin {
  source: string;
  url: string | null;
  charset: string | null;
}

/** An HTML page through the main-content extractor; given metadata wins over the page's. */
export function articleFromHtml(html: string, meta: KnownMeta, url: string | null, raw: string = html): IngestItem {
  const page = extractHtml(html, meta.url ?? url);
  if (!page) return failure(meta.source, new CrosscheckError('CC_NO_ARTICLE_TEXT', [meta.source]));
  return checked(docFromPage({ ...page, url: page.url ?? url }, raw, meta), raw);
}

/** An article needs at least one analysable paragraph; a page of boilerplate is not one. */
export function checked(doc: ArticleDoc, raw: string): IngestItem {
  if (!doc.blocks.some((b) => b.kind === 'paragraph')) return failure(doc.source, new CrosscheckError('CC_NO_ARTICLE_TEXT', [doc.source]));
  return { kind: 'article', doc, raw };
}

export function failure(input: string, e: unknown): IngestItem {
  if (isCrosscheckError(e)) return { kind: 'error', input, error: e };
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'error', input, error: new CrosscheckError('CC_INPUT_NOT_FOUND', [input], { cause: e }) };
  // Anything else (permissions, I/O) is still reported per input, never thrown out of the batch.
  const reason = code ?? (e instanceof Error ? e.message : String(e));
  return { kind: 'error', input, error: new CrosscheckError('CC_INPUT_UNREADABLE', [`${input} (${reason})`], { cause: e }) };
}
