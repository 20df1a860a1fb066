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
    if (c.isCertain('day') && !PERIOD_WORDS.test(r.text)) value = isoDay(c.date());
    else if (c.isCertain('weekday') && !c.isCertain('day') && ref) {
      const forward = /\b(next|coming)\b/i.test(r.text) || FUTURE_CUE.test(text.slice(Math.max(0, r.index - 60), r.index));
      value = isoDay(resolveWeekday(ref, c.get('weekday') ?? 0, forward));
    }
    if (value === null) continue; // "last month", "three years ago": not a day
    // Drop a leading preposition chrono includes ("on Friday") so the span is the date itself.
    const lead = /^(?:on|by|since|until|from|at|in)\s+/i.exec(r.text)?.[0].length ?? 0;
    out.push({ kind: 'date', start: offset + r.index + lead, end: offset + r.index + r.text.length, value, relative: !absolute });
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
