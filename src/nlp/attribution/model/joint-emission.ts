import type { SentenceFeatures } from '../../ner/features.js';
import type { SequenceWeights } from '../../sequence/weights.js';

/**
 * The three role tables (source, cue, content) packed into one: a bucket's row holds every role's
 * weights side by side. All three roles read the same first-stage feature ids, so one bitmap
 * lookup per id serves all of them instead of one per role; that lookup (a cache miss into a
 * table of several MB) is most of the tagger's emission cost. Scores are exactly those of the
 * per-role compact tables (sums of the same integers). Layout as in sequence/compact-emission.ts.
 */
export interface JointEmission {
  roles: number;
  labels: number;
  /** Bit b of word w set: bucket 32·w+b has a non-zero weight in some role. */
  present: Uint32Array;
  /** Rows before word w. */
  rank: Uint32Array;
  /** Row r, role k, label l at (r·roles + k)·labels + l. */
  rows: Float32Array | Int16Array;
}

export function jointEmission(tables: readonly SequenceWeights[]): JointEmission {
  const R = tables.length;
  const L = tables[0]!.labels;
  const buckets = 1 << tables[0]!.bucketBits;
  const words = Math.ceil(buckets / 32);
  const present = new Uint32Array(words);
  for (const t of tables) {
    const em = t.emission;
    for (let k = 0; k < em.length; k++) {
      if (em[k] === 0) continue;
      const bucket = (k / L) | 0;
      present[bucket >>> 5]! |= 1 << (bucket & 31);
    }
  }
  let count = 0;
  for (let w = 0; w < words; w++) count += popcount(present[w]!);
  const int16 = tables.every((t) => t.emission instanceof Int16Array);
  const rows = int16 ? new Int16Array(count * R * L) : new Float32Array(count * R * L);
  const rank = new Uint32Array(words);
  let row = 0;
  for (let w = 0; w < words; w++) {
    rank[w] = row;
    for (let b = 0; b < 32; b++) {
      if ((present[w]! & (1 << b)) === 0) continue;
      const bucket = w * 32 + b;
      tables.forEach((t, k) => rows.set(t.emission.subarray(bucket * L, (bucket + 1) * L), (row * R + k) * L));
      row++;
    }
  }
  return { roles: R, labels: L, present, rank, rows };
}

/** The packed row of a (masked) feature id, or -1 when no role has a weight for it. */
export function jointRow(c: JointEmission, id: number): number {
  const word = c.present[id >>> 5]!;
  const bit = id & 31;
  return ((word >>> bit) & 1) === 0 ? -1 : c.rank[id >>> 5]! + popcount(word & ((1 << bit) - 1));
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * Adds the features' weights to the emission scores of the listed roles: `out[k]` holds role k's
 * scores (token i, label l at i·labels + l). Other roles are left untouched.
 */
export function addJointScores(f: SentenceFeatures, c: JointEmission, out: readonly Float64Array[], roles: readonly number[]): void {
  const n = f.offsets.length - 1;
  const { roles: R, labels: L, present, rank, rows } = c;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
      const id = f.ids[k]!;
      const word = present[id >>> 5]!;
      const bit = id & 31;
      if (((word >>> bit) & 1) === 0) continue;
      const row = (rank[id >>> 5]! + popcount(word & ((1 << bit) - 1))) * R;
      for (const r of roles) {
        const em = out[r]!;
        const at = (row + r) * L;
        for (let l = 0; l < L; l++) em[base + l]! += rows[at + l]!;
      }
    }
  }
}
