import * as chrono from 'chrono-node';

/**
 * A date string from page metadata as ISO 8601: "YYYY-MM-DD" when only the day is known,
 * else "YYYY-MM-DDTHH:MM:SS" plus the page's own offset when it gives one. The offset is
 * kept, not converted to UTC, because the publisher's local day is the news day. Null when
 * the string is not a plausible date.
 */

const ISO_RE = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function offset(zone: string): string {
  if (/^z$/i.test(zone)) return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

function fromIso(m: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, zone] = m;
  if (!valid(+y!, +mo!, +d!)) return null;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined) return date;
  if (+h > 23 || +mi! > 59) return date;
  return `${date}T${h}:${mi}:${s ?? '00'}${zone ? offset(zone) : ''}`;
}

function fromEpoch(value: string): string | null {
  const n = Number(value);
  const ms = value.length >= 13 ? n : n * 1000;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) || !valid(d.getUTCFullYear(), 1, 1) ? null : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function fromText(value: string): string | null {
  const result = chrono.strict.parse(value)[0];
  if (!result) return null;
  const c = result.start;
  const y = c.get('year');
  const mo = c.get('month');
  const d = c.get('day');
  if (y === null || mo === null || d === null || !c.isCertain('year') || !valid(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (!c.isCertain('hour')) return date;
  const tz = c.get('timezoneOffset');
  const zone = c.isCertain('timezoneOffset') && tz !== null ? offsetFromMinutes(tz) : '';
  return `${date}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}${zone}`;
}

function offsetFromMinutes(minutes: number): string {
  if (minutes === 0) return 'Z';
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

export function normalizeDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const iso = ISO_RE.exec(value);
  if (iso) return fromIso(iso);
  if (/^\d{10}(?:\d{3})?$/.test(value)) return fromEpoch(value);
  return fromText(value);
}
