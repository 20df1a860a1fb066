import type { ArticleDoc } from '../model/article.js';

/**
 * How a summary names an article for a reader: its outlet, else its title, else its id. The
 * discrepancy's `articles` and evidence keep the ids, so the UI can still link each one.
 */
export function articleLabel(doc: Pick<ArticleDoc, 'id' | 'outlet' | 'title'>): string {
  if (doc.outlet) return doc.outlet;
  if (doc.title) return doc.title.length > 48 ? `“${doc.title.slice(0, 45).trimEnd()}…”` : `“${doc.title}”`;
  return doc.id;
}

/** Labels of several articles, each once, in order. */
export function articleLabels(docs: readonly Pick<ArticleDoc, 'id' | 'outlet' | 'title'>[]): string {
  return [...new Set(docs.map(articleLabel))].join(', ');
}
