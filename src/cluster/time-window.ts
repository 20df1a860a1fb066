import type { StoryState } from './story.js';

/** Follow-ups within this many days of a story's range count as fully current. */
export const SAME_EVENT_DAYS = 2;
/** Beyond SAME_EVENT_DAYS the time factor halves after this many more days, and keeps falling. */
export const HALF_LIFE_DAYS = 14;

/**
 * The day number (days since 1970-01-01) of an ISO date or date-time, in the writer's calendar:
 * the date part as written, so an article published 2025-03-03T23:30:00-05:00 is on 3 March
 * (normalizeDate keeps the writer's offset for this reason). The one day function: the store's
 * `fingerprints.day` is the clusterer's `fingerprintRow(...).day`, so a restored clusterer sees
 * the days the live one used. Null when missing or unparsable.
 */
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
export function timeFactor(day: number | null, story: DayRange): number {
  return rangeFactor(day, day, story);
}

type DayRange = Pick<StoryState, 'firstDay' | 'lastDay'>;

/**
 * The same factor between two stories' day ranges (1 when they overlap or either is undated).
 * A merge asks it: an undated article is equally close in time to every story, so it could
 * otherwise bridge two dated stories months apart that its text happens to match.
 */
export function storiesTimeFactor(a: DayRange, b: DayRange): number {
  return rangeFactor(a.firstDay, a.lastDay, b);
}

function rangeFactor(first: number | null, last: number | null, story: DayRange): number {
  if (first === null || last === null || story.firstDay === null || story.lastDay === null) return 1;
  const gap = last < story.firstDay ? story.firstDay - last : first > story.lastDay ? first - story.lastDay : 0;
  if (gap <= SAME_EVENT_DAYS) return 1;
  return 1 / (1 + (gap - SAME_EVENT_DAYS) / HALF_LIFE_DAYS);
}
