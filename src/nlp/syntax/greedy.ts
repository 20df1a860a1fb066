import { MAX_FEATURES } from './features.js';

/** Weights of one greedy tagger: one row of `labels` weights per hashed feature bucket. */
export interface GreedyTable {
  labels: number;
  bits: number;
  weights: Float32Array | Int16Array;
}

/** Writes token i's feature ids into `out` given the two labels predicted before it; returns the count. */
export type Featurize = (i: number, prev1: number, prev2: number, out: Uint32Array) => number;
/** Called after each prediction while training (the learner updates the table in place). */
export type Learn = (i: number, ids: Uint32Array, count: number, guess: number) => void;

const ids = new Uint32Array(MAX_FEATURES);
let scores = new Float64Array(64);
let intScores = new Int32Array(64);

/** Highest-scoring label for the features in `ids[0..count)` (ties go to the lower label id). */
export function bestLabel(t: GreedyTable, f: Uint32Array, count: number): number {
  const w = t.weights;
  // The shipped int16 tables sum exactly in int32, a faster loop than the float one training uses.
  if (w instanceof Int16Array) return bestLabelInt(w, t.labels, f, count);
  const L = t.labels;
  if (scores.length < L) scores = new Float64Array(L);
  scores.fill(0, 0, L);
  for (let k = 0; k < count; k++) {
    const row = f[k]! * L;
    for (let l = 0; l < L; l++) scores[l] += w[row + l]!;
  }
  let best = 0;
  for (let l = 1; l < L; l++) if (scores[l]! > scores[best]!) best = l;
  return best;
}

/**
 * The nonzero weights of an int16 table, row by row (CSR): after pruning, a live row holds ~3 of
 * the 45 POS labels' weights, so summing only those is an order of magnitude fewer adds than the
 * dense row. Integer sums in a zeroed score array are exactly the dense sums, so labels are identical.
 */
interface SparseRows {
  start: Uint32Array;
  /** One entry per nonzero weight: value << 8 | label, so a weight is one read, not two (cache misses). */
  entry: Int32Array;
}

const pack = (label: number, value: number) => (value << 8) | label;

const sparseCache = new WeakMap<Int16Array, SparseRows>();

function sparseRows(w: Int16Array, L: number): SparseRows {
  const hit = sparseCache.get(w);
  if (hit) return hit;
  const rows = w.length / L;
  let nz = 0;
  for (let k = 0; k < w.length; k++) if (w[k] !== 0) nz++;
  const out = { start: new Uint32Array(rows + 1), entry: new Int32Array(nz) };
  let e = 0;
  for (let r = 0; r < rows; r++) {
    for (let l = 0; l < L; l++) {
      const v = w[r * L + l]!;
      if (v !== 0) out.entry[e++] = pack(l, v);
    }
    out.start[r + 1] = e;
  }
  sparseCache.set(w, out);
  return out;
}

/**
 * Registers the sparse rows of a loaded table straight from its stored (ascending) weight indices
 * and values: a few ms instead of the ~0.1 s scan of the dense table on first use.
 */
export function registerSparseRows(w: Int16Array, L: number, idx: Uint32Array, val: Int16Array): void {
  const rows = w.length / L;
  const out = { start: new Uint32Array(rows + 1), entry: new Int32Array(idx.length) };
  let e = 0;
  for (let r = 0; r < rows; r++) {
    const end = (r + 1) * L;
    // Zero values are kept out, as in sparseRows, so both builds are the same.
    for (; e < idx.length && idx[e]! < end; e++) out.entry[e] = pack(idx[e]! - r * L, val[e]!);
    out.start[r + 1] = e;
  }
  sparseCache.set(w, out);
}

function bestLabelInt(w: Int16Array, L: number, f: Uint32Array, count: number): number {
  if (intScores.length < L) intScores = new Int32Array(L);
  const sc = intScores;
  sc.fill(0, 0, L);
  const { start, entry } = sparseRows(w, L);
  for (let k = 0; k < count; k++) {
    const r = f[k]!;
    for (let e = start[r]!, end = start[r + 1]!; e < end; e++) {
      const x = entry[e]!;
      sc[x & 0xff] = (sc[x & 0xff]! + (x >> 8)) | 0;
    }
  }
  let best = 0;
  for (let l = 1; l < L; l++) if (sc[l]! > sc[best]!) best = l;
  return best;
}

/**
 * Left-to-right greedy tagging: each token's label is the argmax given its features and the two
 * labels already chosen (no search: a tenth of Viterbi's cost at nearly the same accuracy for POS
 * and chunks, whose decisions are mostly local). The start marker is label id `labels`. `fixed`
 * gives labels known in advance (−1 = unknown).
 */
export function greedyTag(n: number, t: GreedyTable, featurize: Featurize, learn: Learn | null = null, fixed: Int16Array | null = null): Uint8Array {
  const out = new Uint8Array(n);
  const start = t.labels;
  for (let i = 0; i < n; i++) {
    // A token whose label is already known (tag dictionary) is neither scored nor learned from.
    if (fixed && fixed[i]! >= 0) {
      out[i] = fixed[i]!;
      continue;
    }
    const count = featurize(i, i > 0 ? out[i - 1]! : start, i > 1 ? out[i - 2]! : start, ids);
    const guess = bestLabel(t, ids, count);
    if (learn) learn(i, ids, count, guess);
    out[i] = guess;
  }
  return out;
}

/** Averaged multiclass perceptron over a GreedyTable (lazy averaging as in sequence/perceptron.ts). */
export class GreedyPerceptron {
  readonly table: GreedyTable;
  private readonly acc: Float64Array;
  private c = 1;

  constructor(labels: number, bits: number) {
    this.table = { labels, bits, weights: new Float32Array((1 << bits) * labels) };
    this.acc = new Float64Array(this.table.weights.length);
  }

  /** Update on a mistake: gold label up, guessed label down, for every feature of the token. */
  update(f: Uint32Array, count: number, gold: number, guess: number): void {
    this.c++;
    if (gold === guess) return;
    const L = this.table.labels;
    const w = this.table.weights;
    for (let k = 0; k < count; k++) {
      const row = f[k]! * L;
      w[row + gold] += 1;
      this.acc[row + gold] += this.c;
      w[row + guess] -= 1;
      this.acc[row + guess] -= this.c;
    }
  }

  averaged(): GreedyTable {
    const w = this.table.weights;
    const avg = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) avg[k] = w[k]! - this.acc[k]! / this.c;
    return { labels: this.table.labels, bits: this.table.bits, weights: avg };
  }
}
