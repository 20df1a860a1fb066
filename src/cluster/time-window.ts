import type { StoryState } from './story.js';

/** Follow-ups within this many days of a story's range count as fully current. */
export const SAME_EVENT_DAYS = 2;
/** Beyond SAME_EVENT_DAYS the time factor halves after this many more days, and keeps falling. */
export const HALF_LIFE_DAYS = 14;

/** Days since the Unix epoch of an ISO date or date-time, or null when missing or unparsable. */
export function dayOf(iso: string | null): number | null {
  if (iso === null) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

/**
 * How much a story's time range supports joining it: 1 inside or within SAME_EVENT_DAYS of the
 * range, then 1 / (1 + extra / HALF_LIFE_DAYS). Soft, not a hard cut, because datelines
 * guessed from the text are sometimes another date and streams arrive out of order; a gap of
 * years still divides the similarity by ~100. Undated articles or stories are not penalised:
 * the text decides alone.
 */
export function timeFactor(day: number | null, story: Pick<StoryState, 'firstDay' | 'lastDay'>): number {
  if (day === null || story.firstDay === null || story.lastDay === null) return 1;
  const gap = day < story.firstDay ? story.firstDay - day : day > story.lastDay ? day - story.lastDay : 0;
  if (gap <= SAME_EVENT_DAYS) return 1;
  return 1 / (1 + (gap - SAME_EVENT_DAYS) / HALF_LIFE_DAYS);
}
