import type { SentenceFeatures } from '../ner/features.js';
import type { SequenceWeights } from './weights.js';

/**
 * The emission table without its empty rows. The dense table has 2^bucketBits rows (tens of MB)
 * of which a few percent are non-zero; scattered reads into it were the tagger's main cost (cache
 * and TLB misses). Here a bitmap says which buckets have a row and a per-word rank finds the row
 * in a packed array, so the hot data is a few MB. Scores are exactly those of the dense table.
 */
export interface CompactEmission {
  labels: number;
  /** Bit b of word w set: bucket 32·w+b has a non-zero row. */
  present: Uint32Array;
  /** Rows before word w: the packed index of a bucket is rank[w] + set bits below it in present[w]. */
  rank: Uint32Array;
  rows: Float32Array | Int16Array;
}

export function compactEmission(w: SequenceWeights): CompactEmission {
  const L = w.labels;
  const em = w.emission;
  const buckets = 1 << w.bucketBits;
  const words = Math.ceil(buckets / 32);
  const present = new Uint32Array(words);
  const mark = (r: number) => (present[r >>> 5]! |= 1 << (r & 31));
  if (em instanceof Int16Array && em.byteOffset % 4 === 0 && em.length % 2 === 0) {
    // Built once per worker thread: scan two weights at a time, since the table is mostly zeros.
    const pairs = new Uint32Array(em.buffer, em.byteOffset, em.length / 2);
    for (let k = 0; k < pairs.length; k++) {
      if (pairs[k] === 0) continue;
      if (em[2 * k] !== 0) mark(((2 * k) / L) | 0);
      if (em[2 * k + 1] !== 0) mark(((2 * k + 1) / L) | 0);
    }
  } else {
    for (let k = 0; k < em.length; k++) if (em[k] !== 0) mark((k / L) | 0);
  }
  let count = 0;
  for (let wi = 0; wi < words; wi++) count += popcount(present[wi]!);
  const rank = new Uint32Array(words);
  const rows = em instanceof Int16Array ? new Int16Array(count * L) : new Float32Array(count * L);
  let k = 0;
  for (let wi = 0; wi < words; wi++) {
    rank[wi] = k;
    for (let b = 0; b < 32; b++) {
      if ((present[wi]! & (1 << b)) === 0) continue;
      const r = wi * 32 + b;
      rows.set(em.subarray(r * L, (r + 1) * L), k * L);
      k++;
    }
  }
  return { labels: L, present, rank, rows };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Adds the row of feature bucket `id` (nothing for an empty bucket) to `out[base..base+labels)`. */
export function addRow(c: CompactEmission, id: number, out: Float64Array, base: number): void {
  const word = c.present[id >>> 5]!;
  const bit = id & 31;
  if (((word >>> bit) & 1) === 0) return;
  const L = c.labels;
  const rows = c.rows;
  const row = (c.rank[id >>> 5]! + popcount(word & ((1 << bit) - 1))) * L;
  for (let l = 0; l < L; l++) out[base + l]! += rows[row + l]!;
}

/** Emission scores (token i, label l at [i·L + l]), equal to `sequenceEmissions` on the dense weights. */
export function compactEmissionScores(f: SentenceFeatures, c: CompactEmission): Float64Array {
  if (c.labels === 3) return compactEmissionScores3(f, c);
  const n = f.offsets.length - 1;
  const { labels: L, present, rank, rows } = c;
  const { offsets, ids } = f;
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) {
      const id = ids[k]!;
      const word = present[id >>> 5]!;
      const bit = id & 31;
      if (((word >>> bit) & 1) === 0) continue;
      const row = (rank[id >>> 5]! + popcount(word & ((1 << bit) - 1))) * L;
      for (let l = 0; l < L; l++) out[base + l]! += rows[row + l]!;
    }
  }
  return out;
}

/**
 * The same for the three BIO labels of the attribution taggers (called three times per paragraph):
 * sums kept in locals instead of read-modify-writes of `out`, added in the same order, so the
 * scores are identical.
 */
function compactEmissionScores3(f: SentenceFeatures, c: CompactEmission): Float64Array {
  const n = f.offsets.length - 1;
  const { present, rank, rows } = c;
  const { offsets, ids } = f;
  const out = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) {
      const id = ids[k]!;
      const word = present[id >>> 5]!;
      const bit = id & 31;
      if (((word >>> bit) & 1) === 0) continue;
      const row = (rank[id >>> 5]! + popcount(word & ((1 << bit) - 1))) * 3;
      s0 += rows[row]!;
      s1 += rows[row + 1]!;
      s2 += rows[row + 2]!;
    }
    out[3 * i] = s0;
    out[3 * i + 1] = s1;
    out[3 * i + 2] = s2;
  }
  return out;
}
