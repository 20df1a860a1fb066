import { LABEL_COUNT } from './labels.js';
import { emptySequenceWeights, type SequenceWeights } from '../sequence/weights.js';

/**
 * The NER model is the generic linear sequence model with the BILOU label set: one weight per
 * (hashed feature bucket, label) and a transition matrix whose last row scores the sentence start.
 * Weights may be float (training) or quantised int16 (the shipped model; only the argmax matters).
 */
export type NerWeights = SequenceWeights;

export function emptyWeights(bucketBits: number): NerWeights {
  return emptySequenceWeights(LABEL_COUNT, bucketBits);
}

export const bucketMask = (w: NerWeights): number => (1 << w.bucketBits) - 1;
