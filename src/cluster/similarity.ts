import type { GroupDots, StoryState } from './story.js';
import { timeFactor } from './time-window.js';
import type { Vector } from './types.js';

/** How much the names/dates part counts against the topic words part. */
export const NAME_SHARE = 0.5;

/**
 * Similarity of an article to a story: a weighted geometric mean of the words cosine (what kind
 * of event) and the names cosine (which instance of it), so that both must agree — two rehab
 * stories about different people share words but not names. When either side has no names,
 * the words cosine decides alone. Scaled by the time factor.
 */
export function combine(c: { words: number | null; names: number | null }): number {
  const w = c.words ?? 0;
  if (c.names === null) return w;
  return Math.max(w, 0) ** (1 - NAME_SHARE) * Math.max(c.names, 0) ** NAME_SHARE;
}

export function articleStorySimilarity(v: Vector, norms: GroupDots, day: number | null, story: StoryState): number {
  return combine(story.cosines(v, norms)) * timeFactor(day, story);
}
