import type { ArticleDoc } from '../model/article.js';

/**
 * Two articles of one outlet published on different days: when their figures or dates differ, the
 * later one is an update of the outlet's own reporting (a live blog's new tally, the next
 * primary's delegates), not a disagreement between outlets.
 */
export function sameOutletUpdate(a: ArticleDoc, b: ArticleDoc): boolean {
  if (!a.outlet || a.outlet !== b.outlet || !a.published || !b.published) return false;
  return a.published.slice(0, 10) !== b.published.slice(0, 10);
}

/** Both sentences name their days and share none: counts of different events ("on Super Tuesday" / "on March 15"). */
export function differentDays(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((d) => b.has(d));
}
