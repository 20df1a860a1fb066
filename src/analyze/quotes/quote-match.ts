import { normalQuoteText, withoutPossessive } from './quote-normal.js';

/**
 * Are two quotes the same utterance as reported by different outlets? Tolerant of punctuation,
 * case, small edits and truncation: the shorter quote's tokens must mostly appear in the longer.
 */
export const SAME_QUOTE_CONTAINMENT = 0.8;

/** Lower-case words of a quote, after the spelling-only changes of `normalQuoteText`. */
export function quoteTokens(text: string): string[] {
  return (normalQuoteText(text).toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []).map(withoutPossessive);
}

/** Share of the shorter token list found in the longer one (multiset containment). */
export function containment(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const t of long) pool.set(t, (pool.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of short) {
    const n = pool.get(t) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(t, n - 1);
    }
  }
  return hit / short.length;
}

export function sameQuote(a: string, b: string): boolean {
  const ta = quoteTokens(a);
  const tb = quoteTokens(b);
  return Math.min(ta.length, tb.length) >= 3 && containment(ta, tb) >= SAME_QUOTE_CONTAINMENT;
}

/** The same words apart from case and punctuation, or one a clean truncation of the other. */
export function sameWording(a: string, b: string): boolean {
  return sameWordingOf(wordingOf(a), wordingOf(b));
}

/**
 * A quote's words joined by single spaces, what `sameWording` compares (computed once per quote):
 * case and punctuation dropped, letters of an abbreviation joined ("U.S." = "US"), and an
 * ellipsis kept as a gap, so "We reject … his visit" is a cut of "We reject, again, his visit".
 */
export const wordingOf = (text: string): string =>
  text
    .split(/\s*(?:\.\s?\.\s?\.|\u2026)\s*/)
    .map((part) => joinInitials(quoteTokens(part)).join(' '))
    .filter((part) => part !== '')
    .join(GAP);

/** ["u", "s", "army"] → ["us", "army"]: the letters of an abbreviation as one word. */
function joinInitials(tokens: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const t of tokens) {
    if (t.length === 1 && /\p{L}/u.test(t) && t !== 'a' && t !== 'i') {
      run += t;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(t);
  }
  if (run) out.push(run);
  return out;
}

export function sameWordingOf(ta: string, tb: string): boolean {
  if (ta === tb || ta.includes(tb) || tb.includes(ta)) return true;
  // Only articles and conjunctions apart ("the talks and the vote" / "talks and vote"): no change of meaning.
  const content = (t: string) => t.split(' ').filter((w) => !LIGHT_WORDS.has(w)).join(' ');
  const [ca, cb] = [content(ta), content(tb)];
  if (ca !== '' && (ca === cb || ca.includes(cb) || cb.includes(ca))) return true;
  // An ellipsis marks words left out: the pieces around it, in order, are the same wording.
  return (ta.includes(GAP) && piecesIn(ta, tb)) || (tb.includes(GAP) && piecesIn(tb, ta));
}

const GAP = ' \u2026 ';
const LIGHT_WORDS = new Set(['the', 'a', 'an', 'and', 'that', 'so', 'well', 'oh', 'uh', 'um']);

function piecesIn(withGaps: string, other: string): boolean {
  const whole = other.split(GAP).join(' ');
  let from = 0;
  for (const piece of withGaps.split(GAP)) {
    const at = whole.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}
