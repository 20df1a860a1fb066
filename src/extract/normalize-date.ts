import * as chrono from 'chrono-node';

/**
 * A publication date as ISO 8601, for every metadata source (HTML meta and JSON-LD, feed dates,
 * byline lines, JSONL fields): `YYYY-MM-DD` when only the day is known, else a date-time that keeps
 * the writer's UTC offset (converting to UTC could move an evening article to the next day).
 * Accepts ISO (also compact `20250303`), Unix epochs, RFC 822 feed dates and written dates
 * ("Mar 03, 2025"); null when not a date, or when the year is not stated (guessing it would
 * invent a fact).
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  return isoDate(s) ?? epochDate(s) ?? rfc822Date(s) ?? writtenDate(s);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = { GMT: 'Z', UT: 'Z', UTC: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00' };
const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,4}|[+-]\d{4})?)?$/i;
const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, mo: number, d: number): boolean {
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function offset(tz: string | undefined): string {
  if (!tz) return '';
  const named = ZONES[tz.toUpperCase()];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(tz);
  if (!m) return '';
  const mm = m[3] ?? '00';
  return m[2] === '00' && mm === '00' ? 'Z' : `${m[1]}${m[2]}:${mm}`;
}

function dayTime(y: number, mo: number, d: number, h: string | undefined, mi: string | undefined, sec: string | undefined, tz: string | undefined): string | null {
  if (!validDay(y, mo, d)) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || +h > 23 || +(mi ?? 0) > 59) return day;
  return `${day}T${pad(+h)}:${mi}:${sec ?? '00'}${offset(tz)}`;
}

function isoDate(s: string): string | null {
  const m = ISO.exec(s);
  return m ? dayTime(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], m[7]) : null;
}

function epochDate(s: string): string | null {
  if (!/^\d{10}(?:\d{3})?$/.test(s)) return null;
  const d = new Date(s.length === 13 ? Number(s) : Number(s) * 1000);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function rfc822Date(s: string): string | null {
  const m = RFC822.exec(s);
  if (!m) return null;
  const mo = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  return mo === 0 ? null : dayTime(+m[3]!, mo, +m[1]!, m[4], m[5], m[6], m[7]);
}

/** "Mar 03, 2025", "3 March 2025", "March 3rd, 2025 10:15 AM EST": the date must be most of the string. */
function writtenDate(s: string): string | null {
  const r = chrono.strict.parse(s)[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('day')) return null;
  if (r.text.length < s.replace(/^(published|updated|posted|last updated)\s*(on|:)?\s*/i, '').length * 0.6) return null;
  const c = r.start;
  const [y, mo, d] = [c.get('year')!, c.get('month')!, c.get('day')!];
  if (!c.isCertain('hour')) return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  const tz = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
  const zone = tz === null ? undefined : tz === 0 ? 'Z' : `${tz < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(tz) / 60))}${pad(Math.abs(tz) % 60)}`;
  return dayTime(y, mo, d, String(c.get('hour') ?? 0), pad(c.get('minute') ?? 0), pad(c.get('second') ?? 0), zone);
}
