import type { SentenceFeatures } from './features.js';
import { allowedEnd, allowedTransition, LABEL_COUNT } from './labels.js';
import type { NerWeights } from './weights.js';

const L = LABEL_COUNT;
// Invalid BILOU transitions, computed once: index a*L+b, with a = L for the sentence start.
const ALLOWED = new Uint8Array((L + 1) * L);
for (let a = -1; a < L; a++) for (let b = 0; b < L; b++) ALLOWED[(a < 0 ? L : a) * L + b] = allowedTransition(a, b) ? 1 : 0;
const ENDS = Uint8Array.from({ length: L }, (_, l) => (allowedEnd(l) ? 1 : 0));
// For each label, the labels allowed before it: BILOU rules out most pairs, so the inner loop is short.
const PREDECESSORS: readonly Uint8Array[] = Array.from({ length: L }, (_, b) => Uint8Array.from(Array.from({ length: L }, (_, a) => a).filter((a) => ALLOWED[a * L + b])));

/** Emission scores: token i, label l at [i*L + l]. */
export function emissionScores(f: SentenceFeatures, w: NerWeights): Float64Array {
  const n = f.offsets.length - 1;
  const out = new Float64Array(n * L);
  const em = w.emission;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
      const row = f.ids[k]! * L;
      for (let l = 0; l < L; l++) out[base + l] += em[row + l]!;
    }
  }
  return out;
}

/** Best valid label sequence under a first-order model (exact Viterbi, ties to the lower label: deterministic). */
export function viterbi(f: SentenceFeatures, w: NerWeights): Uint8Array {
  const n = f.offsets.length - 1;
  return n === 0 ? new Uint8Array(0) : decodeScores(emissionScores(f, w), n, w.transition);
}

/** Viterbi over precomputed emission scores `em` of `n` tokens (see `emissionScores`). */
export function decodeScores(em: Float64Array, n: number, tr: Float32Array): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let b = 0; b < L; b++) score[b] = ALLOWED[L * L + b] ? tr[L * L + b]! + em[b]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < L; b++) {
      let best = -Infinity;
      let arg = 0;
      const preds = PREDECESSORS[b]!;
      for (let p = 0; p < preds.length; p++) {
        const a = preds[p]!;
        const s = score[(i - 1) * L + a]! + tr[a * L + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[i * L + b] = best + em[i * L + b]!;
      back[i * L + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let b = 0; b < L; b++) {
    const s = score[(n - 1) * L + b]!;
    if (ENDS[b] && s > best) {
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
