import { LABEL_COUNT } from './labels.js';

/**
 * The linear model: one weight per (hashed feature bucket, label) and a label-transition matrix
 * whose last row scores the sentence start. Weights may be float (training) or quantised int16
 * (the shipped model; only the argmax matters, so a common scale changes nothing).
 */
export interface NerWeights {
  bucketBits: number;
  emission: Float32Array | Int16Array;
  transition: Float32Array;
}

export function emptyWeights(bucketBits: number): NerWeights {
  return {
    bucketBits,
    emission: new Float32Array((1 << bucketBits) * LABEL_COUNT),
    transition: new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT),
  };
}

export const bucketMask = (w: NerWeights): number => (1 << w.bucketBits) - 1;
