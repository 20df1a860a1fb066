import { casingFeature, pushPairFeatures, sentenceWords, wordAt, type WordInfo } from './features.js';
import type { Lexicons } from './lexicons.js';
import { addRow, type CompactEmission } from '../sequence/compact-emission.js';

/*
 * Emission scores with the word-only features summed once per distinct word. About three
 * quarters of a token's ~40 features are functions of one word: the token's own (word, lower
 * case, shape, affixes, clusters) and what a neighbour contributes at -2..+2 (l±1, s±1, c±1,
 * l±2). Their label sums are memoised on the word's info; only the casing and pair features are
 * looked up per token. Exact only for integer weights, where the sum does not depend on the order
 * of additions: the caller uses this path for the shipped int16 table only.
 */

/** Places a word's features reach, in the memo's row order. */
const OWN = 0;
const AS_PREV = 1;
const AS_NEXT = 2;
const AS_PREV2 = 3;
const AS_NEXT2 = 4;

function wordSums(info: WordInfo, c: CompactEmission, mask: number): Float64Array {
  const memo = info.emission;
  if (memo !== null && memo.table === c && memo.mask === mask) return memo.sums;
  const L = c.labels;
  const sums = new Float64Array(5 * L);
  const add = (place: number, ids: ArrayLike<number>) => {
    for (let j = 0; j < ids.length; j++) addRow(c, ids[j]! & mask, sums, place * L);
  };
  add(OWN, info.own);
  add(OWN, info.c);
  add(AS_PREV, [info.lm1, info.sm1]);
  add(AS_PREV, info.cm1);
  add(AS_NEXT, [info.lp1, info.sp1]);
  add(AS_NEXT, info.cp1);
  add(AS_PREV2, [info.lm2]);
  add(AS_NEXT2, [info.lp2]);
  info.emission = { table: c, mask, sums };
  return sums;
}

// Pair features of one token: 6 templates plus at most 8 gazetteer codes (4 types × 2 sources),
// two features each at the token and one at each neighbour (≤ 38).
const pairIds = new Uint32Array(64);

/** Equal to `compactEmissionScores(sentenceFeatures(words, lex, mask), c)` when `c.rows` are integers. */
export function wordEmissionScores(words: readonly string[], lex: Lexicons, mask: number, c: CompactEmission): Float64Array {
  const sw = sentenceWords(words, lex);
  const n = words.length;
  const L = c.labels;
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    addSums(out, base, wordSums(wordAt(sw, i), c, mask), OWN * L, L);
    addSums(out, base, wordSums(wordAt(sw, i - 1), c, mask), AS_PREV * L, L);
    addSums(out, base, wordSums(wordAt(sw, i + 1), c, mask), AS_NEXT * L, L);
    addSums(out, base, wordSums(wordAt(sw, i - 2), c, mask), AS_PREV2 * L, L);
    addSums(out, base, wordSums(wordAt(sw, i + 2), c, mask), AS_NEXT2 * L, L);
    addRow(c, casingFeature(sw, i) & mask, out, base);
    const k = pushPairFeatures(sw, i, pairIds, 0, mask);
    for (let j = 0; j < k; j++) addRow(c, pairIds[j]!, out, base);
  }
  return out;
}

function addSums(out: Float64Array, base: number, sums: Float64Array, from: number, L: number): void {
  for (let l = 0; l < L; l++) out[base + l]! += sums[from + l]!;
}
