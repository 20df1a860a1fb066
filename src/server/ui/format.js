// Formatting and link helpers shared by the views.

/** "2031-05-06" stays as is; a date-time shows date and minutes in UTC. */
export function fmtDate(iso) {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 16).replace('T', ' ');
}

// The same rules as outletLabel in src/analyze/article-label.ts (test/outlet-label.test.ts holds them together).
const HASH_ID = /^a-[0-9a-f]{12}$/;
const INPUT_EXTENSION = /\.(?:txt|text|md|markdown|html?|xhtml|xml|rss|atom|json|jsonl|ndjson|gz)$/i;
const NAMELESS_SOURCES = new Set(['upload', '-', 'stdin']);

const hostOf = (url) => {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./i, '') || null;
  } catch {
    return null;
  }
};

const fileNameOf = (source) => {
  const [path, ...rest] = source.split('#');
  const part = rest.join('#');
  let base = path.split(/[\\/]/).pop() ?? '';
  while (INPUT_EXTENSION.test(base)) base = base.replace(INPUT_EXTENSION, '');
  if (NAMELESS_SOURCES.has(base.toLowerCase())) base = '';
  return [base, part && !HASH_ID.test(part) ? `#${part}` : ''].filter(Boolean).join(' ') || null;
};

/**
 * An article's outlet for display, `{ text, from }`: the outlet's name (`from: 'outlet'`); when
 * the article names none, its URL's host ('host') or its file name ('file'), else 'unknown'.
 * Never the headline, never a hash id.
 */
export function outletLabel(article) {
  if (!article) return { text: 'unknown outlet', from: 'unknown' };
  if (article.outlet) return { text: article.outlet, from: 'outlet' };
  const source = article.source ?? '';
  const host = hostOf(article.url) ?? hostOf(source);
  if (host) return { text: host, from: 'host' };
  const file = /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? null : fileNameOf(source);
  if (file) return { text: file, from: 'file' };
  return { text: !article.id || HASH_ID.test(article.id) ? 'unknown outlet' : article.id, from: 'unknown' };
}

export const outletName = (article) => outletLabel(article).text;

/** Why an outlet label is not a name, for a tooltip; null for a named outlet. */
export function labelNote(label) {
  if (label.from === 'host') return 'No outlet named; shown by the host of its URL';
  if (label.from === 'file') return 'No outlet named; shown by its file name';
  if (label.from === 'unknown') return 'No outlet named';
  return null;
}

/** Articles of one outlet share a key ("The Valley Standard" = "Valley Standard"); an unnamed one is its own. */
export function outletKey(article) {
  const name = article.outlet?.trim().toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').replace(/^the /, '');
  return name ? `o:${name}` : `a:${article.id}`;
}

/** Article lookup by id for one story. */
export function articleIndex(story) {
  return new Map(story.articles.map((a) => [a.id, a]));
}

/** Link into the reader, optionally selecting a span and remembering the story for back-links. */
export function readerHref(articleId, span, storyId) {
  const p = new URLSearchParams();
  if (span) p.set('s', `${span.start}-${span.end}`);
  if (storyId) p.set('story', storyId);
  const qs = p.toString().replace(/%2C/g, ',');
  return `#/article/${encodeURIComponent(articleId)}${qs ? '?' + qs : ''}`;
}

export function storyHref(storyId, focus) {
  return `#/story/${encodeURIComponent(storyId)}${focus ? '?focus=' + encodeURIComponent(focus) : ''}`;
}

/** Stable element id for dossier items that the reader links back to. */
export function domId(...parts) {
  return parts.join('-').replace(/[^A-Za-z0-9_-]+/g, '_');
}
