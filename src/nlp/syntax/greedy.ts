import { MAX_FEATURES } from './features.js';

/**
 * Weights of one greedy tagger: one row of `labels` weights per hashed feature bucket. Training
 * fills a dense float table; a loaded (int16, pruned) model keeps only its nonzero weights, row by
 * row: the dense form would be 2^bits · labels int16 (~32 MB for POS and chunks) in every thread.
 */
export type GreedyTable = DenseTable | PackedTable;

export interface DenseTable {
  kind: 'dense';
  labels: number;
  bits: number;
  weights: Float32Array;
}

/**
 * The nonzero weights row by row (CSR): after pruning, a live row holds ~3 of the 45 POS labels'
 * weights, so summing only those is an order of magnitude fewer adds than the dense row.
 */
export interface PackedTable {
  kind: 'packed';
  labels: number;
  bits: number;
  /** Row r's entries are entry[start[r] .. start[r+1]). */
  start: Uint32Array;
  /** One entry per nonzero weight: value << 8 | label, so a weight is one read, not two (cache misses). */
  entry: Int32Array;
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
  switch (t.kind) {
    case 'packed':
      return bestPackedLabel(t, f, count);
    case 'dense':
      return bestDenseLabel(t, f, count);
  }
}

function bestDenseLabel(t: DenseTable, f: Uint32Array, count: number): number {
  const w = t.weights;
  const L = t.labels;
  if (scores.length < L) scores = new Float64Array(L);
  scores.fill(0, 0, L);
  for (let k = 0; k < count; k++) {
    const row = f[k]! * L;
    for (let l = 0; l < L; l++) scores[l]! += w[row + l]!;
  }
  let best = 0;
  for (let l = 1; l < L; l++) if (scores[l]! > scores[best]!) best = l;
  return best;
}

/** Integer sums in a zeroed score array are exactly the dense rows' sums, so labels are identical. */
function bestPackedLabel(t: PackedTable, f: Uint32Array, count: number): number {
  const L = t.labels;
  if (intScores.length < L) intScores = new Int32Array(L);
  const sc = intScores;
  sc.fill(0, 0, L);
  const { start, entry } = t;
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

const pack = (label: number, value: number) => (value << 8) | label;

/** A packed table from the ascending flat indices (row · labels + label) and values of its nonzero weights. */
export function packedTable(labels: number, bits: number, idx: Uint32Array, val: Int16Array): PackedTable {
  const rows = 1 << bits;
  const out: PackedTable = { kind: 'packed', labels, bits, start: new Uint32Array(rows + 1), entry: new Int32Array(idx.length) };
  let e = 0;
  for (let r = 0; r < rows; r++) {
    const end = (r + 1) * labels;
    for (; e < idx.length && idx[e]! < end; e++) out.entry[e] = pack(idx[e]! - r * labels, val[e]!);
    out.start[r + 1] = e;
  }
  return out;
}

/** The table as one dense array, bucket-major (to save a loaded model again, and for tests). */
export function denseWeights(t: GreedyTable): Float32Array | Int16Array {
  if (t.kind === 'dense') return t.weights;
  const out = new Int16Array((1 << t.bits) * t.labels);
  for (let r = 0; r + 1 < t.start.length; r++)
    for (let e = t.start[r]!; e < t.start[r + 1]!; e++) out[r * t.labels + (t.entry[e]! & 0xff)] = t.entry[e]! >> 8;
  return out;
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
  readonly table: DenseTable;
  private readonly acc: Float64Array;
  private c = 1;

  constructor(labels: number, bits: number) {
    this.table = { kind: 'dense', labels, bits, weights: new Float32Array((1 << bits) * labels) };
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
      w[row + gold]! += 1;
      this.acc[row + gold]! += this.c;
      w[row + guess]! -= 1;
      this.acc[row + guess]! -= this.c;
    }
  }

  averaged(): DenseTable {
    const w = this.table.weights;
    const avg = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) avg[k] = w[k]! - this.acc[k]! / this.c;
    return { kind: 'dense', labels: this.table.labels, bits: this.table.bits, weights: avg };
  }
}
