import * as chrono from 'chrono-node';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A publication date as ISO 8601: `YYYY-MM-DD` when only the day is known, else a date-time that
 * keeps the writer's UTC offset (converting to UTC could move an evening article to the next day).
 * Accepts ISO forms, RFC 822 feed dates and written dates ("Mar 03, 2025"); null when not a date
 * or when the year is not stated (guessing it would invent a fact).
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  return isoDate(s) ?? rfc822Date(s) ?? writtenDate(s);
}

function isoDate(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, tz] = m;
  if (!validDay(+y!, +mo!, +d!)) return null;
  const day = `${y}-${mo}-${d}`;
  if (h === undefined) return day;
  return `${day}T${h}:${mi}:${sec ?? '00'}${offset(tz)}`;
}

function rfc822Date(s: string): string | null {
  const m = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,4}|[+-]\d{4})?)?$/i.exec(s);
  if (!m) return null;
  const [, d, mon, y, h, mi, sec, tz] = m;
  const mo = MONTHS.indexOf(mon!.toLowerCase()) + 1;
  if (mo === 0 || !validDay(+y!, mo, +d!)) return null;
  const day = `${y}-${pad(mo)}-${pad(+d!)}`;
  if (h === undefined) return day;
  return `${day}T${pad(+h)}:${mi}:${sec ?? '00'}${offset(tz)}`;
}

const ZONES: Record<string, string> = { GMT: 'Z', UT: 'Z', UTC: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00' };

function offset(tz: string | undefined): string {
  if (!tz) return '';
  const named = ZONES[tz.toUpperCase()];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(tz);
  if (!m) return '';
  return m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`;
}

/** "Mar 03, 2025", "3 March 2025", "March 3rd, 2025 10:15 AM": only the calendar day is kept. */
function writtenDate(s: string): string | null {
  const r = chrono.strict.parse(s)[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('day')) return null;
  // The date must be most of the string, not one word in a sentence.
  if (r.text.length < s.replace(/^(published|updated|posted|last updated)\s*(on|:)?\s*/i, '').length * 0.6) return null;
  const y = r.start.get('year')!;
  const mo = r.start.get('month')!;
  const d = r.start.get('day')!;
  return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

function validDay(y: number, mo: number, d: number): boolean {
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
