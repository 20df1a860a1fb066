/**
 * Are two quotes the same utterance as reported by different outlets? Tolerant of punctuation,
 * case, small edits and truncation: the shorter quote's tokens must mostly appear in the longer.
 */
export const SAME_QUOTE_CONTAINMENT = 0.8;

export function quoteTokens(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []);
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

/** A quote's words joined by single spaces: what `sameWording` compares, computed once per quote. */
export const wordingOf = (text: string): string => quoteTokens(text).join(' ');

export function sameWordingOf(ta: string, tb: string): boolean {
  return ta === tb || ta.includes(tb) || tb.includes(ta);
}
