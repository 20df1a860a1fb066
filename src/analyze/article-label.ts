import type { ArticleDoc } from '../model/article.js';

/** What a label is made of: the outlet's name, else a stand-in that says where the article came from. */
export type LabelSource = 'outlet' | 'host' | 'file' | 'unknown';

export interface ArticleLabel {
  text: string;
  from: LabelSource;
}

type Labelled = Pick<ArticleDoc, 'id' | 'outlet' | 'source' | 'url'>;

/** Our own content-hash ids ("a-53cb1497b7c3") mean nothing to a reader. */
const HASH_ID = /^a-[0-9a-f]{12}$/;
/** Extensions of the inputs we read, stripped from a file name ("notes.html.gz" → "notes"). */
const INPUT_EXTENSION = /\.(?:txt|text|md|markdown|html?|xhtml|xml|rss|atom|json|jsonl|ndjson|gz)$/i;
/** The source of an article posted to the API without a file: no name to show. */
const NAMELESS_SOURCES = new Set(['upload', '-', 'stdin']);

/** A URL's host without "www.", or null when it is not an absolute http(s) URL. */
function hostOf(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./i, '') || null;
  } catch {
    return null;
  }
}

/** "../seeds/003_eebf53.txt" → "003_eebf53"; "feeds/city.xml#4" → "city #4"; "upload" → null. */
function fileNameOf(source: string): string | null {
  const hash = source.indexOf('#');
  const path = hash < 0 ? source : source.slice(0, hash);
  const part = hash < 0 ? '' : source.slice(hash + 1);
  let base = path.split(/[\\/]/).pop() ?? '';
  while (INPUT_EXTENSION.test(base)) base = base.replace(INPUT_EXTENSION, '');
  if (NAMELESS_SOURCES.has(base.toLowerCase())) base = '';
  const label = [base, part && !HASH_ID.test(part) ? `#${part}` : ''].filter(Boolean).join(' ');
  return label || null;
}

/**
 * How the dossier and the desk name an article for a reader: its outlet; when the article names
 * none, the host of its URL or the name of the file it was read from, never its hash id and
 * never its headline (a title is not an outlet). The `outlet` field itself stays null; the desk
 * (src/server/ui/format.js, `outletLabel`) computes the same label.
 */
export function outletLabel(doc: Labelled): ArticleLabel {
  if (doc.outlet) return { text: doc.outlet, from: 'outlet' };
  const host = hostOf(doc.url) ?? hostOf(doc.source);
  if (host) return { text: host, from: 'host' };
  const file = /^[a-z][a-z0-9+.-]*:\/\//i.test(doc.source) ? null : fileNameOf(doc.source);
  if (file) return { text: file, from: 'file' };
  return { text: HASH_ID.test(doc.id) ? 'unknown outlet' : doc.id, from: 'unknown' };
}

/** The label's text; summaries name articles with it (their `articles` and evidence keep the ids). */
export function articleLabel(doc: Labelled): string {
  return outletLabel(doc).text;
}

/** Labels of several articles, each once, in order. */
export function articleLabels(docs: readonly Labelled[]): string {
  return [...new Set(docs.map(articleLabel))].join(', ');
}
