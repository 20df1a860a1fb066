import { MemberSims, type Member, type PairScorer } from './member-sims.js';
import { silhouette } from './story-split.js';

/**
 * Should an article that bridges two stories merge them? A merge is decided on the article alone
 * (it is similar enough to both centroids), but once both stories have a few members those
 * members say more: two look-alike events (the same kind of event, another instance) each hold
 * together and stay apart from each other, and the bridging article is usually one that mentions
 * both. Merging them anyway mixes the two for good, or until the split check cuts them apart
 * again and the next bridging article merges them back (on ECB+ that loop was the commonest
 * mixed story left). So: merge only when the members do not read as two stories, by the same
 * test the split check applies (the mean silhouette of the two stories as a two-group cut).
 */

/** Both stories need this many members for the guard to judge; smaller stories merge as before. */
export const GUARD_MIN_MEMBERS = 6;
/** Latest members of each story compared: bounds the cost of a guarded merge to (2 × this)² pairs. */
export const GUARD_SAMPLE = 16;
/** Mean silhouette of the two stories as groups from which they stay two. */
export const TWO_STORIES_SILHOUETTE = 0.2;

/** True when the members of `a` and `b` (each the story's latest members) read as two stories. */
export function areTwoStories(scorer: Pick<PairScorer, 'row'>, a: readonly Member[], b: readonly Member[], minSilhouette = TWO_STORIES_SILHOUETTE): boolean {
  if (a.length < GUARD_MIN_MEMBERS || b.length < GUARD_MIN_MEMBERS) return false;
  const all = [...a.slice(-GUARD_SAMPLE), ...b.slice(-GUARD_SAMPLE)];
  const na = Math.min(a.length, GUARD_SAMPLE);
  const sims = new MemberSims();
  const row = new Float64Array(all.length);
  for (let k = 0; k < all.length; k++) {
    scorer.row(all[k]!, all.slice(0, k), row);
    sims.append(row);
  }
  const groups: [number[], number[]] = [
    Array.from({ length: na }, (_, i) => i),
    Array.from({ length: all.length - na }, (_, i) => na + i),
  ];
  return silhouette(sims, groups) >= minSilhouette;
}
