// Formatting and link helpers shared by the views.

/** "2031-05-06" stays as is; a date-time shows date and minutes in UTC. */
export function fmtDate(iso) {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 16).replace('T', ' ');
}

export function outletName(article) {
  return article?.outlet ?? article?.title ?? article?.id ?? 'unknown';
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
