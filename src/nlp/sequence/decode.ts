import type { SentenceFeatures } from '../ner/features.js';
import type { SequenceWeights } from './weights.js';

/**
 * Which label pairs may follow each other: `allowed[a*L + b]` (a = L for the sequence start) and
 * `ends[l]`. Invalid transitions are excluded from decoding instead of left for the weights to learn.
 */
export interface TransitionRules {
  allowed: Uint8Array;
  ends: Uint8Array;
}

/** Emission scores of every token (token i, label l at [i*L + l]). */
export function sequenceEmissions(f: SentenceFeatures, w: SequenceWeights): Float64Array {
  const L = w.labels;
  const n = f.offsets.length - 1;
  const out = new Float64Array(n * L);
  const em = w.emission;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
      const row = f.ids[k]! * L;
      for (let l = 0; l < L; l++) out[base + l]! += em[row + l]!;
    }
  }
  return out;
}

/**
 * For each label b, the labels allowed before it, flattened: `label[from[b]..from[b+1])` in
 * ascending order (ties keep going to the lower label). Most pairs are ruled out, so the inner
 * loop is short; one flat array instead of an array per label saves an indirection per step.
 */
interface Predecessors {
  from: Uint16Array;
  label: Uint8Array;
}

const PREDECESSORS = new WeakMap<TransitionRules, Predecessors>();

function predecessors(rules: TransitionRules, L: number): Predecessors {
  let p = PREDECESSORS.get(rules);
  if (!p) {
    const lists = Array.from({ length: L }, (_, b) => Array.from({ length: L }, (_, a) => a).filter((a) => rules.allowed[a * L + b]));
    const from = new Uint16Array(L + 1);
    lists.forEach((list, b) => (from[b + 1] = from[b]! + list.length));
    p = { from, label: Uint8Array.from(lists.flat()) };
    PREDECESSORS.set(rules, p);
  }
  return p;
}

/** Exact Viterbi over valid label sequences; ties go to the lower label, so decoding is deterministic. */
export function decodeSequence(f: SentenceFeatures, w: SequenceWeights, rules: TransitionRules): Uint8Array {
  return decodeEmissions(sequenceEmissions(f, w), f.offsets.length - 1, w.labels, w.transition, rules);
}

// Viterbi work arrays, reused across calls (grown when a longer sequence comes): decoding runs once
// per sentence and per tagger, and fresh arrays per call were a visible share of its cost and of GC.
let scoreBuf = new Float64Array(1024);
let backBuf = new Uint8Array(1024);

/** Viterbi over precomputed emission scores `em` of `n` tokens and `L` labels (see `sequenceEmissions`). */
export function decodeEmissions(em: Float64Array, n: number, L: number, tr: Float32Array, rules: TransitionRules): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const { allowed, ends } = rules;
  const { from, label: predLabel } = predecessors(rules, L);
  if (scoreBuf.length < n * L) {
    scoreBuf = new Float64Array(n * L * 2);
    backBuf = new Uint8Array(n * L * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let b = 0; b < L; b++) score[b] = allowed[L * L + b] ? tr[L * L + b]! + em[b]! : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * L;
    const row = i * L;
    for (let b = 0; b < L; b++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = from[b]!, end = from[b + 1]!; p < end; p++) {
        const a = predLabel[p]!;
        const s = score[prevRow + a]! + tr[a * L + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[row + b] = best + em[row + b]!;
      back[row + b] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  let arg = 0;
  for (let b = 0; b < L; b++) {
    const s = score[(n - 1) * L + b]!;
    if (ends[b] && s > best) {
      best = s;
      arg = b;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * L + arg]!;
  }
  return labels;
}
