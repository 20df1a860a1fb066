import { normalizeDate } from '../normalize-date.js';
import type { Span } from '../../model/span.js';

/** Where the text states its own date: the date (as normalizeDate gives it) and its span. */
export interface TextDate extends Span {
  date: string;
}

/** Only the opening of the text: a date further down is about the events, not the article. */
const HEAD_CHARS = 400;
const HEAD_LINES = 4;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
/** "March 3, 2025", "Mar. 3rd 2025", "3 March 2025", ISO "2025-03-03": always with the year. */
const DATE = `(?:${WEEKDAY}(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})|\\d{4}-\\d{2}-\\d{2})`;

/**
 * A dateline that carries the year: "WASHINGTON, March 3, 2025 —", "NEW YORK (Reuters) March 3,
 * 2025 -", "LONDON, 3 March 2025:". The place is capitals (the dateline convention).
 */
const DATELINE = new RegExp(`^[A-Z][A-Z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.]{1,20})?,?\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[,:]?\\s*(${DATE})\\s*(?:[-–—:(/|]|$)`);
/** A line that is only a date, or "Published/Updated/Posted (on) <date>", possibly with a time. */
const DATE_LINE = new RegExp(`^(?:(?:published|updated|posted|last updated)\\s*(?:on|:)?\\s*)?(${DATE})(?:[,\\s]+\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*$`, 'i');

/**
 * The article's own date as its text states it, for articles without a publication date in their
 * metadata: a dateline with a year, or a date line (alone, or "Published …") among the first lines.
 * Null when the opening has none: a date without its year is not guessed, and dates inside the
 * story (what happened when) are not the article's date.
 */
export function dateFromText(text: string): TextDate | null {
  let start = 0;
  let lines = 0;
  while (start < Math.min(text.length, HEAD_CHARS) && lines < HEAD_LINES) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.trim()) {
      lines++;
      const found = datedLine(line.trim());
      if (found) {
        const at = start + line.indexOf(found);
        return { date: normalizeDate(found)!, start: at, end: at + found.length };
      }
    }
    start = end + 1;
  }
  return null;
}

/** The date string of a dateline or date line, when normalizeDate reads it as a full date. */
function datedLine(line: string): string | null {
  for (const re of [DATELINE, DATE_LINE]) {
    const m = re.exec(line);
    const raw = m?.[1]?.trim();
    if (raw && normalizeDate(raw) !== null) return raw;
  }
  return null;
}
