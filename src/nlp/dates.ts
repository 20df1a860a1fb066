import * as chrono from 'chrono-node';
import type { ArticleDoc } from '../model/article.js';
import { analysedSentences } from '../model/article.js';
import type { DateMention } from '../model/annotation.js';

const DAY_MS = 86_400_000;
// Spans that chrono resolves to a day although they name a longer period ("last week").
// Only spans that name a day: a digit, a month or weekday name, or a relative day word.
const DAY_WORDS = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(yesterday|today|tomorrow|tonight|days? ago)\b/i;
// A sentence without any of these cannot hold a span that passes DAY_WORDS, so chrono (the
// costliest call of the step) is skipped for it. Looser than DAY_WORDS on purpose: it must
// never reject a sentence that DAY_WORDS would accept on some chrono span inside it.
const MAY_HOLD_DAY = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day|tomorrow|tonight/i;
const PERIOD_WORDS = /\b(week|weeks|month|months|year|years|decade|weekend)\b/i;
// Words before a bare weekday that put it ahead of publication ("talks are scheduled for Friday",
// "will meet on Friday"), within the same clause.
const FUTURE_CUE = /\b(?:will|shall|due|scheduled|slated|set to|expected to|plans? to|planned|upcoming|next|coming)\b[^.;:!?]*$/i;

/**
 * Day-month names of past events that news uses as nouns ("since 9/11", "the 7/7 bombings"): the
 * name is the event, not a day of the article's year. `bare`: the name alone is the event (its
 * slash form, or its spelled form in an article not written around that day of the year); the
 * others name the event only with an event word beside them, since "July 7" is also just a day.
 */
const NAMED_EVENTS: readonly { month: number; day: number; year: number; bare: boolean }[] = [
  { month: 9, day: 11, year: 2001, bare: true }, // September 11 attacks
  { month: 7, day: 7, year: 2005, bare: false }, // London bombings
  { month: 3, day: 11, year: 2004, bare: false }, // Madrid train bombings
  { month: 11, day: 26, year: 2008, bare: false }, // Mumbai attacks (written 26/11)
];
// A day-month followed by one of these names an event ("the Sept. 11 attacks", "the 9/11 Commission").
const EVENT_NOUN_AFTER = /^\s*(?:attacks?|terror(?:ist|ism)?|bombings?|commission|memorial|museum|hijack(?:ers?|ings?)|victims|families|responders|era|anniversary|generation|conspirac(?:y|ies)|truthers?|widows?)\b/i;
// "post-9/11", "pre-9/11": the event as a period boundary.
const EVENT_PREFIX_BEFORE = /\b(?:post|pre)-$/i;
const SLASH_DAY_MONTH = /^(\d{1,2})\/(\d{1,2})$/;
// A spelled bare event name ("after Sept. 11") within this many days of its day of the year may be
// this year's day ("left an event on September 11th" in a September 15 article): keep it a date.
const NEAR_DAYS = 45;

/** The ISO day of a known named event on this month and day, or null. */
function knownEvent(month: number, day: number) {
  const e = NAMED_EVENTS.find((x) => x.month === month && x.day === day);
  return e ? { ...e, iso: isoDay(new Date(Date.UTC(e.year, e.month - 1, e.day))) } : null;
}

/**
 * A day-month with no year that names a past event: its ISO day when the event is known, 'unknown'
 * when it names one the table does not hold ("the Oct. 3 attacks": left out, it is no day of the
 * story), or null when it is an ordinary date. `month`/`day` are chrono's reading of the span.
 */
export function namedEventDay(span: string, month: number, day: number, before: string, after: string, ref: Date | null): string | 'unknown' | null {
  const slash = SLASH_DAY_MONTH.exec(span.trim());
  const asEvent = EVENT_NOUN_AFTER.test(after) || EVENT_PREFIX_BEFORE.test(before);
  // "26/11" is day-first: try both readings of a slash form.
  const known = knownEvent(month, day) ?? (slash ? knownEvent(Number(slash[2]), Number(slash[1])) : null);
  if (known && asEvent) return known.iso;
  if (known?.bare) {
    if (slash && Number(slash[1]) === known.month) return known.iso;
    const sameDay = ref ? Date.UTC(ref.getUTCFullYear(), known.month - 1, known.day) : null;
    if (ref && sameDay !== null && Math.abs(ref.getTime() - sameDay) > NEAR_DAYS * DAY_MS) return known.iso;
  }
  return asEvent ? 'unknown' : null;
}

/** The publication date as a UTC midnight, or null when absent or unreadable. */
export function referenceDate(published: string | null): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * News is written about the recent past: a bare weekday ("on Friday") is the most recent such day
 * on or before publication; "next Friday", or one announced as ahead ("talks are scheduled for
 * Friday", "will meet on Friday"), the first one after it.
 */
export function resolveWeekday(ref: Date, weekday: number, forward: boolean): Date {
  const diff = ref.getUTCDay() - weekday;
  if (forward) return new Date(ref.getTime() + (((weekday - ref.getUTCDay() + 7) % 7) || 7) * DAY_MS);
  return new Date(ref.getTime() - ((diff + 7) % 7) * DAY_MS);
}

/** Date mentions of one piece of text; `offset` is added to every span. Only precise days are kept. */
export function findDates(text: string, offset: number, ref: Date | null): DateMention[] {
  const out: DateMention[] = [];
  const instant = ref ?? new Date(Date.UTC(2000, 0, 1));
  for (const r of chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
    const c = r.start;
    if (!DAY_WORDS.test(r.text)) continue; // "now", "this year"
    const absolute = c.isCertain('year') && c.isCertain('month') && c.isCertain('day') && /\b\d{4}\b/.test(r.text);
    if (!ref && !absolute) continue; // relative dates need a reference date
    let value: string | null = null;
    // Drop a leading preposition chrono includes ("on Friday") so the span is the date itself.
    const lead = /^(?:on|by|since|until|from|at|in)\s+/i.exec(r.text)?.[0].length ?? 0;
    const end = r.index + r.text.length;
    if (!c.isCertain('year') && c.isCertain('day')) {
      const event = namedEventDay(r.text.slice(lead), c.get('month') ?? 0, c.get('day') ?? 0, text.slice(Math.max(0, r.index - 5), r.index + lead), text.slice(end, end + 20), ref);
      if (event === 'unknown') continue;
      if (event !== null) {
        out.push({ kind: 'date', start: offset + r.index + lead, end: offset + end, value: event, relative: false });
        continue;
      }
    }
    if (c.isCertain('day') && !PERIOD_WORDS.test(r.text)) value = isoDay(c.date());
    else if (c.isCertain('weekday') && !c.isCertain('day') && ref) {
      const forward = /\b(next|coming)\b/i.test(r.text) || FUTURE_CUE.test(text.slice(Math.max(0, r.index - 60), r.index));
      value = isoDay(resolveWeekday(ref, c.get('weekday') ?? 0, forward));
    }
    if (value === null) continue; // "last month", "three years ago": not a day
    out.push({ kind: 'date', start: offset + r.index + lead, end: offset + end, value, relative: !absolute });
  }
  return out;
}

/** Document step `dates`: DateMention annotations in analysed sentences, resolved against `published`. */
export function annotateDates(doc: ArticleDoc): void {
  const ref = referenceDate(doc.published);
  for (const s of analysedSentences(doc)) {
    const text = doc.text.slice(s.start, s.end);
    if (MAY_HOLD_DAY.test(text)) doc.annotations.push(...findDates(text, s.start, ref));
  }
}
