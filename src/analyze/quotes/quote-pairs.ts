import { quoteTokens, SAME_QUOTE_CONTAINMENT } from './quote-match.js';

/**
 * For every quote, the indices (ascending) of the other quotes that `sameQuote` accepts, without
 * comparing all pairs. Each quote is tokenised once, and a pair is compared only when it can pass:
 * the shorter quote may miss at most k of its tokens in the longer one, so any k + 1 of its token
 * occurrences include a hit. Taking its k + 1 rarest occurrences (rarest across the story's quotes)
 * as probe keys, a token index yields every possible partner and few others (prefix filtering).
 * The pairs of the all-pairs loop exactly (the shorter quote's hits divided by its length, as
 * `containment`), in time proportional to the candidate pairs rather than to all pairs.
 */
export function matchingQuotes(texts: readonly string[]): number[][] {
  const tokens = texts.map(quoteTokens);
  const counts = tokens.map(countsOf);
  const frequency = new Map<string, number>();
  const postings = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (t.length < 3) return; // sameQuote never accepts a quote of fewer than three tokens
    for (const w of new Set(t)) {
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const rarer = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const matches: number[][] = texts.map(() => []);
  const probed = new Int32Array(texts.length).fill(-1);
  tokens.forEach((t, i) => {
    if (t.length < 3) return;
    for (const w of new Set([...t].sort(rarer).slice(0, allowedMisses(t.length) + 1)))
      for (const j of postings.get(w)!) {
        if (j === i || probed[j] === i) continue;
        probed[j] = i;
        // Each pair is tested once, from its shorter side (equal lengths: from the lower index).
        const other = tokens[j]!;
        if (other.length < t.length || (other.length === t.length && j < i)) continue;
        if (sharedCount(counts[i]!, counts[j]!) / t.length >= SAME_QUOTE_CONTAINMENT) {
          matches[i]!.push(j);
          matches[j]!.push(i);
        }
      }
  });
  for (const m of matches) m.sort((a, b) => a - b);
  return matches;
}

function countsOf(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Size of the multiset intersection: the hits `containment` counts, from counts built once per quote. */
function sharedCount(short: ReadonlyMap<string, number>, long: ReadonlyMap<string, number>): number {
  let hit = 0;
  for (const [t, n] of short) hit += Math.min(n, long.get(t) ?? 0);
  return hit;
}

/** The most token occurrences a quote of `length` tokens may miss and still be the same quote. */
function allowedMisses(length: number): number {
  let k = 0;
  while ((length - (k + 1)) / length >= SAME_QUOTE_CONTAINMENT) k++;
  return k;
}
