import { fnv1a, fnv1aRange } from '../ner/hash.js';
import { normalizeWord, wordShape } from '../ner/features.js';

/*
 * Features of the greedy POS and chunk taggers, string-free in the hot loop: each word's strings
 * (lower case, shape, affixes) are hashed once per sentence, and a feature id is an integer mix of
 * a per-template constant with those hashes and the tags already predicted to the left.
 */

/** Per-word hashes of one sentence, computed once and shared by both passes. */
export interface WordHashes {
  n: number;
  lower: Uint32Array;
  shape: Uint32Array;
  suffix1: Uint32Array;
  suffix2: Uint32Array;
  suffix3: Uint32Array;
  prefix1: Uint32Array;
  /** 1 when the word starts with a capital letter. */
  upper: Uint8Array;
}

const BOUNDARY = [fnv1a('<s>'), fnv1a('</s>')] as const;

export function wordHashes(rawWords: readonly string[]): WordHashes {
  const n = rawWords.length;
  const h: WordHashes = {
    n,
    lower: new Uint32Array(n),
    shape: new Uint32Array(n),
    suffix1: new Uint32Array(n),
    suffix2: new Uint32Array(n),
    suffix3: new Uint32Array(n),
    prefix1: new Uint32Array(n),
    upper: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const w = normalizeWord(rawWords[i]!);
    const l = w.toLowerCase();
    const L = l.length;
    h.lower[i] = fnv1a(l);
    h.shape[i] = fnv1a(wordShape(w));
    h.suffix1[i] = fnv1aRange(0x811c9dc5, l, Math.max(0, L - 1), L);
    h.suffix2[i] = fnv1aRange(0x811c9dc5, l, Math.max(0, L - 2), L);
    h.suffix3[i] = fnv1aRange(0x811c9dc5, l, Math.max(0, L - 3), L);
    h.prefix1[i] = fnv1aRange(0x811c9dc5, l, 0, Math.min(1, L));
    h.upper[i] = w !== l && w[0] !== l[0] ? 1 : 0;
  }
  return h;
}

/** Tokens [start, end) of `h` as a sentence of their own: views on the same arrays, no copying. */
export function sentenceHashes(h: WordHashes, start: number, end: number): WordHashes {
  return {
    n: end - start,
    lower: h.lower.subarray(start, end),
    shape: h.shape.subarray(start, end),
    suffix1: h.suffix1.subarray(start, end),
    suffix2: h.suffix2.subarray(start, end),
    suffix3: h.suffix3.subarray(start, end),
    prefix1: h.prefix1.subarray(start, end),
    upper: h.upper.subarray(start, end),
  };
}

/** Integer mix of a template id and up to three values (murmur-style finaliser), masked to the table. */
function mix(t: number, a: number, b = 0, c = 0): number {
  let x = Math.imul(t ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  x = Math.imul(x ^ (x >>> 15), 0xc2b2ae35) ^ b;
  x = Math.imul(x ^ (x >>> 13), 0x27d4eb2f) ^ c;
  return (x ^ (x >>> 16)) >>> 0;
}

const at = (a: Uint32Array, n: number, i: number) => (i < 0 ? BOUNDARY[0] : i >= n ? BOUNDARY[1] : a[i]!);

/** Upper bound of features per token in either pass. */
export const MAX_FEATURES = 24;

/**
 * POS features of token i into `out` (returns the count): the word, its shape and affixes, a ±2
 * word window, and the two tags predicted before it (`prev1`, `prev2`; labels count = start marker).
 */
export function posFeatures(h: WordHashes, i: number, prev1: number, prev2: number, mask: number, out: Uint32Array): number {
  const n = h.n;
  const w = h.lower[i]!;
  let k = 0;
  out[k++] = mix(1, 0) & mask;
  out[k++] = mix(2, w) & mask;
  out[k++] = mix(3, h.shape[i]!) & mask;
  out[k++] = mix(4, h.suffix1[i]!) & mask;
  out[k++] = mix(5, h.suffix2[i]!) & mask;
  out[k++] = mix(6, h.suffix3[i]!) & mask;
  out[k++] = mix(7, h.prefix1[i]!) & mask;
  out[k++] = mix(8, at(h.lower, n, i - 1)) & mask;
  out[k++] = mix(9, at(h.lower, n, i + 1)) & mask;
  out[k++] = mix(10, at(h.lower, n, i - 2)) & mask;
  out[k++] = mix(11, at(h.lower, n, i + 2)) & mask;
  out[k++] = mix(12, prev1) & mask;
  out[k++] = mix(13, prev1, prev2) & mask;
  out[k++] = mix(14, prev1, w) & mask;
  out[k++] = mix(15, at(h.suffix3, n, i - 1)) & mask;
  out[k++] = mix(16, at(h.suffix3, n, i + 1)) & mask;
  out[k++] = mix(17, at(h.shape, n, i + 1)) & mask;
  out[k++] = mix(18, h.upper[i]!, i === 0 ? 1 : 0, w) & mask;
  out[k++] = mix(19, w, at(h.lower, n, i + 1)) & mask;
  out[k++] = mix(20, at(h.lower, n, i - 1), w) & mask;
  return k;
}

/**
 * Chunk features of token i: POS tags in a ±2 window and their pairs, the word and its
 * neighbours, and the chunk tags predicted before it. `pos` holds POS label ids; `posEnd` is the
 * id used past either sentence end.
 */
export function chunkFeatures(h: WordHashes, pos: Uint8Array, i: number, prev1: number, prev2: number, mask: number, out: Uint32Array): number {
  const n = h.n;
  const p = (j: number) => (j < 0 ? 250 : j >= n ? 251 : pos[j]!);
  const p0 = p(i);
  let k = 0;
  out[k++] = mix(101, 0) & mask;
  out[k++] = mix(102, p0) & mask;
  out[k++] = mix(103, p(i - 1)) & mask;
  out[k++] = mix(104, p(i + 1)) & mask;
  out[k++] = mix(105, p(i - 2)) & mask;
  out[k++] = mix(106, p(i + 2)) & mask;
  out[k++] = mix(107, p(i - 1), p0) & mask;
  out[k++] = mix(108, p0, p(i + 1)) & mask;
  out[k++] = mix(109, p(i - 2), p(i - 1), p0) & mask;
  out[k++] = mix(110, h.lower[i]!) & mask;
  out[k++] = mix(111, at(h.lower, n, i - 1)) & mask;
  out[k++] = mix(112, at(h.lower, n, i + 1)) & mask;
  out[k++] = mix(113, prev1) & mask;
  out[k++] = mix(114, prev1, prev2) & mask;
  out[k++] = mix(115, prev1, p0) & mask;
  out[k++] = mix(116, prev1, p(i - 1), p0) & mask;
  out[k++] = mix(117, h.lower[i]!, p0) & mask;
  out[k++] = mix(118, p0, p(i + 1), p(i + 2)) & mask;
  return k;
}
