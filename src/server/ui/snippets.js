import { el } from './dom.js';
import { outletLabel, readerHref } from './format.js';

/** A search snippet, matches in [brackets] (the store's FTS snippet), with the matches marked. */
export function snippetNode(snippet) {
  const parts = snippet.split(/\[([^\]]*)\]/);
  return parts.map((p, i) => (i % 2 ? el('mark', { class: 'hit', text: p }) : p));
}

/** The matching passages of one story's articles, each linking to its article in the reader. */
export function renderSnippets(hits, storyId, max = 3) {
  if (!hits?.length) return null;
  return el(
    'ul',
    { class: 'snippets', 'aria-label': 'Matching passages' },
    hits.slice(0, max).map((h) =>
      el(
        'li',
        {},
        el('a', { href: readerHref(h.articleId, null, storyId), text: outletLabel({ id: h.articleId, outlet: h.outlet, source: '', url: null }).text }),
        ': ',
        snippetNode(h.snippet),
      ),
    ),
    hits.length > max ? el('li', { class: 'muted', text: `and ${hits.length - max} more matching article${hits.length - max === 1 ? '' : 's'}` }) : null,
  );
}
