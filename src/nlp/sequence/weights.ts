/**
 * A linear first-order sequence model with any number of labels: one weight per (hashed feature
 * bucket, label) and a label-transition matrix whose last row scores the sequence start.
 * The NER tagger's `NerWeights` is the special case with its fixed BILOU label set; this module
 * is the label-count-generic form, so other taggers (attribution roles) reuse the same machinery.
 */
export interface SequenceWeights {
  labels: number;
  bucketBits: number;
  emission: Float32Array | Int16Array;
  transition: Float32Array;
}

export function emptySequenceWeights(labels: number, bucketBits: number): SequenceWeights {
  return {
    labels,
    bucketBits,
    emission: new Float32Array((1 << bucketBits) * labels),
    transition: new Float32Array((labels + 1) * labels),
  };
}
