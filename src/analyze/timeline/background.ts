import type { ArticleDoc } from '../../model/article.js';
import { annotationsOf } from '../../model/article.js';
import type { DateMention } from '../../model/annotation.js';
import { spanContains } from '../../model/span.js';

/**
 * A date older than this many days before the story's first article is background (an earlier
 * event recalled for context: "9/11", "the 2003 Bam earthquake"), not an event of the story. A
 * month covers the run-up a news story recounts (the week of talks before a strike, the inspection
 * that found the cracks).
 */
export const BACKGROUND_DAYS = 31;

// "9/11", "7/7": a month/day without a year written with a slash is the name of an event.
const SLASH_NAME = /^\d{1,2}\/\d{1,2}$/;
// Days that are named events or seasons, not the day of a story event: "Super Tuesday", "Black Friday".
const NAMED_DAY = /\b(?:Super|Black|Cyber|Good|Ash|Holy|Bloody|Easter|Palm|Maundy|Fat|Giving)\s*$/;

const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * Why a date mention is not placed on the timeline, or null when it is a date of the story: the
 * name of a past event ("9/11", "Super Tuesday"), part of a name ("USA TODAY"), or at least
 * BACKGROUND_DAYS before the story's first article (`first`, YYYY-MM-DD, null when no article is dated).
 */
export function backgroundReason(doc: ArticleDoc, d: DateMention, first: string | null): 'event-name' | 'in-name' | 'background' | null {
  const written = doc.text.slice(d.start, d.end).trim();
  if (SLASH_NAME.test(written) || NAMED_DAY.test(doc.text.slice(Math.max(0, d.start - 12), d.start))) return 'event-name';
  if (annotationsOf(doc, 'entity').some((e) => e.type !== 'person' && spanContains(e, d) && e.end - e.start > d.end - d.start)) return 'in-name';
  if (first !== null && dayNumber(first) - dayNumber(d.value) >= BACKGROUND_DAYS) return 'background';
  return null;
}
