import type { SentenceFeatures } from './features.js';
import { allowedEnd, allowedTransition, LABEL_COUNT } from './labels.js';
import type { NerWeights } from './weights.js';
import { decodeEmissions, decodeSequence, sequenceEmissions, type TransitionRules } from '../sequence/decode.js';

const L = LABEL_COUNT;

/** The BILOU transition rules, computed once: index a*L+b, with a = L for the sentence start. */
export const NER_RULES: TransitionRules = {
  allowed: Uint8Array.from({ length: (L + 1) * L }, (_, k) => (allowedTransition(Math.floor(k / L) === L ? -1 : Math.floor(k / L), k % L) ? 1 : 0)),
  ends: Uint8Array.from({ length: L }, (_, l) => (allowedEnd(l) ? 1 : 0)),
};

/** Emission scores: token i, label l at [i*L + l]. */
export function emissionScores(f: SentenceFeatures, w: NerWeights): Float64Array {
  return sequenceEmissions(f, w);
}

/** Best valid BILOU label sequence (exact Viterbi, ties to the lower label: deterministic). */
export function viterbi(f: SentenceFeatures, w: NerWeights): Uint8Array {
  return decodeSequence(f, w, NER_RULES);
}

/** Viterbi over precomputed emission scores `em` of `n` tokens (see `emissionScores`). */
export function decodeScores(em: Float64Array, n: number, tr: Float32Array): Uint8Array {
  return decodeEmissions(em, n, L, tr, NER_RULES);
}
