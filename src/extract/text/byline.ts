import { normalizeDate } from '../normalize-date.js';
import { looksLikeOutletName } from './outlet-name.js';

export interface Byline {
  author: string | null;
  /**
   * Set when the byline names a desk or team of an outlet ("X Staff"), "for <Outlet>" or an
   * outlet part ("Jane Roe | The Daily Example"), and that name looks like one (outlet-name.ts).
   */
  outlet: string | null;
  /** ISO date, or null. */
  published: string | null;
}

/**
 * Generic collective-author suffixes: "Global News Team" is the outlet "Global News" writing
 * as a team. Longest first so "Editorial Team" wins over "Team".
 */
const TEAM_SUFFIX = /\s+(?:editorial (?:team|staff|board|desk)|news ?(?:desk|room|team|staff)|web desk|digital desk|staff writers?|staff reporters?|team|staff|desk|newsroom|editors|reporters|correspondents|bureau)$/i;
/** Role words after a name ("Jane Roe, Staff Writer"): dropped from the author. */
const ROLE = /^(?:(?:senior|chief|special|staff|political|foreign|white house|national|defen[cs]e|security|technology|tech|business|contributing)\s+)*(?:writer|reporter|correspondent|editor|contributor|columnist|analyst|journalist|producer)s?$/i;
const SEPARATORS = /\s+[|•·]\s+|\s+[—–-]\s+/u;
const MAX_BYLINE_CHARS = 200;

/**
 * Parse a byline/date line: "By Jane Roe | Mar 03, 2025", "By Jane Roe and John Doe for The
 * Daily Example", "Published: 3 March 2025", "Global News Team · 2025-03-03". Null when the line
 * is not a byline (a sentence, or a name without "By" and without a date).
 */
export function parseByline(line: string): Byline | null {
  const s = line.trim();
  if (s.length === 0 || s.length > MAX_BYLINE_CHARS || /[.!?]["”]?$/u.test(s) && !/\d{4}\.?$|\b[A-Z]\.$/u.test(s)) return null;
  const parts = s.split(SEPARATORS).map((p) => p.trim()).filter((p) => p.length > 0);
  let author: string | null = null;
  let outlet: string | null = null;
  let published: string | null = null;
  let sawBy = false;
  for (const part of parts) {
    const date: string | null = published === null ? normalizeDate(part.replace(/^(?:published|updated|posted|last updated)\s*(?:on|:)?\s*/i, '')) : null;
    if (date) {
      published = date;
      continue;
    }
    const by = /^by\s+(.+)$/i.exec(part);
    if (by && author === null) {
      sawBy = true;
      ({ author, outlet } = splitAuthor(by[1]!));
      continue;
    }
    if (author === null && isNameLike(part)) ({ author, outlet } = splitAuthor(part));
    else if (outlet === null && author !== null && looksLikeOutletName(part) && !ROLE.test(part)) outlet = part;
    else if (!ROLE.test(part)) return null; // something that is neither name, date nor role: not a byline
  }
  if (!sawBy && published === null) return null;
  if (author === null && published === null) return null;
  return { author, outlet, published };
}

function splitAuthor(raw: string): { author: string | null; outlet: string | null } {
  let author = raw.trim();
  let outlet: string | null = null;
  const forOutlet = /^(.+?)\s+for\s+(\p{Lu}.+)$/u.exec(author);
  if (forOutlet && looksLikeOutletName(forOutlet[2]!)) {
    author = forOutlet[1]!;
    outlet = forOutlet[2]!;
  }
  const comma = author.split(/,\s*/);
  if (comma.length > 1 && ROLE.test(comma[comma.length - 1]!)) author = comma.slice(0, -1).join(', ');
  if (!isNameLike(author)) return { author: null, outlet };
  const team = TEAM_SUFFIX.exec(author);
  if (team && outlet === null) {
    const base = author.slice(0, team.index).trim();
    if (looksLikeOutletName(base)) outlet = base;
  }
  return { author, outlet };
}

/** One to eight words, each starting with a capital (or a small connector like "and", "de"). */
function isNameLike(s: string): boolean {
  const ws = s.split(/\s+/);
  if (ws.length === 0 || ws.length > 8) return false;
  if (!/^\p{Lu}/u.test(ws[0]!)) return false;
  return ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:and|&|de|da|del|der|van|von|la|le|bin|al|of|the|for)$/i.test(w) || /^[,]$/.test(w));
}
