import type { Member, PairScorer } from './member-sims.js';

/** Largest story whose undated members are re-checked: bounds the cost to one row of this size. */
export const MAX_REHOME_STORY = 48;

/**
 * Which undated members of a story belong with a newly arrived dated article instead.
 *
 * An undated article is equally close in time to every story, so it joins by content alone, and
 * before the right story exists it joins a look-alike (the same kind of event, months or years
 * apart). When a dated article of the other event then arrives, the time factor keeps it out of
 * the look-alike and the undated members stay misplaced. This is the moment their place can be
 * decided: an undated member moves when it is more similar to the new article than, on average,
 * to the story's dated members (whose time the new article is far from). Members only, by
 * content (no time factor, as in the split check), so the decision does not depend on which came
 * first. Returns positions in `undated`.
 */
export function undatedToMove(
  scorer: PairScorer,
  article: Member,
  dated: readonly Member[],
  undated: readonly Member[],
  minSim: number,
): number[] {
  if (dated.length === 0 || undated.length === 0) return [];
  const toArticle = new Float64Array(undated.length);
  scorer.row(article, undated, toArticle);
  const row = new Float64Array(dated.length);
  const out: number[] = [];
  for (let u = 0; u < undated.length; u++) {
    const s = toArticle[u]!;
    if (s < minSim) continue;
    scorer.row(undated[u]!, dated, row);
    let sum = 0;
    for (let d = 0; d < dated.length; d++) sum += row[d]!;
    if (s > sum / dated.length) out.push(u);
  }
  return out;
}
