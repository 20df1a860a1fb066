/**
 * Does a phrase look like a publication's name? The text-structure code takes an outlet only from
 * a byline, dateline or credit position, and only when the phrase found there has the shape of
 * a name: short (at most six words), capitalised word by word ("Bay of Plenty Times", "The Daily
 * Example", "BBC", "example-news.com"), no sentence or clause punctuation, not a date, and not
 * the article's headline. A sentence-like line or a title line is never an outlet.
 */
export const MAX_OUTLET_WORDS = 6;
export const MAX_OUTLET_CHARS = 60;

/** Small words inside a publication's name. */
const CONNECTOR = /^(?:of|the|and|&|for|on|in|de|del|der|des|du|la|le|el|al|am|im|y|e)$/i;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;
const MONTH_OR_DAY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$/i;

/** Lower case, letters and digits only: how two spellings of one line are compared. */
export function squashText(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function looksLikeOutletName(phrase: string, title: string | null = null): boolean {
  const s = phrase.trim();
  if (s.length < 2 || s.length > MAX_OUTLET_CHARS) return false;
  if (title !== null && squashText(title) === squashText(s)) return false;
  if (DOMAIN.test(s)) return true;
  // Clause and sentence marks: "Stop: Trump’s Defense Secretary Halts…", "Officials said."
  if (/[!?;:,"“”«»…]/u.test(s) || /\p{Ll}{2,}\.$/u.test(s)) return false;
  const ws = s.split(/\s+/u);
  if (ws.length > MAX_OUTLET_WORDS || !/^[\p{Lu}\p{N}]/u.test(s)) return false;
  // "March 3", "Monday": a date in a name's place.
  if (MONTH_OR_DAY.test(ws[0]!) && ws.slice(1).every((w) => /^\d/u.test(w))) return false;
  return ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || CONNECTOR.test(w));
}
