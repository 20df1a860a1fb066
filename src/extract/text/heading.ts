/**
 * Title and heading shape. A line of reporting is a sentence and ends with punctuation; a title or
 * section heading is a short line that does not. Small function words are ignored when measuring
 * Title Case, so "Experts Warn of Security Risks" counts as fully capitalised.
 */
const FUNCTION_WORDS = new Set(
  'a an and as at but by for from in into of off on or over per the to up upon via vs with without nor so yet is are be'.split(' '),
);
const TERMINAL = /[.,;:…]$|[.!?…]["”’')\]]$/u;

export const MAX_HEADING_WORDS = 14;
export const MAX_HEADING_CHARS = 120;
export const MAX_TITLE_WORDS = 30;
export const MAX_TITLE_CHARS = 200;

function words(line: string): string[] {
  return line.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function capitalisedShare(ws: string[]): number {
  const content = ws.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return 0;
  return content.filter((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w)).length / content.length;
}

/** A section heading inside the body: short, starts with a capital or digit, no sentence end. */
export function isHeading(line: string): boolean {
  const s = line.trim();
  const ws = words(s);
  if (ws.length === 0 || ws.length > MAX_HEADING_WORDS || s.length > MAX_HEADING_CHARS) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(s)) return false;
  if (TERMINAL.test(s)) return false;
  // A question or exclamation is a heading only in Title Case ("What Comes Next?").
  if (/[!?]$/.test(s)) return capitalisedShare(ws) >= 0.8;
  // Quotes are speech, not structure.
  if (/^["“‘']/u.test(s)) return false;
  // Very short lines are headings in any case; longer ones must look like Title Case.
  return ws.length <= 6 || capitalisedShare(ws) >= 0.6;
}

/** A title line: like a heading but may be longer (headlines run to 20+ words). */
export function isTitleLine(line: string): boolean {
  const s = line.trim();
  const ws = words(s);
  if (ws.length === 0 || ws.length > MAX_TITLE_WORDS || s.length > MAX_TITLE_CHARS) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(s)) return false;
  // "No final period": question and exclamation headlines are fine.
  if (!/[.,;:…]["”’')\]]?$/u.test(s)) return true;
  // Some archives add a period to every line, headline included: a single Title Case clause
  // ending in a period is still a headline, which prose sentences almost never look like.
  return /[^.]\.["”’']?$/u.test(s) && !/[.!?]["”’')]?\s+\p{Lu}/u.test(s) && ws.length >= 3 && capitalisedShare(ws) >= TITLE_CASE_SHARE;
}

/** Share of capitalised content words from which a line counts as Title Case. */
const TITLE_CASE_SHARE = 0.75;
