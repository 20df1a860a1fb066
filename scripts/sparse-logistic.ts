/**
 * Logistic regression over sparse binary string features, trained by AdaGrad SGD with L2
 * shrinkage (lazy, applied to the weights an example touches). Small and dependency-free: the hedge
 * classifier has tens of thousands of features but only a few dozen per example.
 */
import { sigmoid } from '../src/util/sigmoid.js';
import { seededRandom, shuffledWith } from '../src/util/random.js';

export interface SparseExample { features: readonly string[]; label: 0 | 1 }

export interface SparseLogisticOptions {
  epochs: number;
  /** L2 strength per example update. */
  l2: number;
  /** AdaGrad base step. */
  rate: number;
  seed: number;
}

export function trainSparseLogistic(examples: readonly SparseExample[], o: SparseLogisticOptions): Map<string, number> {
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  const rand = seededRandom(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const ex of shuffledWith(examples, rand)) {
      let z = 0;
      for (const f of ex.features) z += weights.get(f) ?? 0;
      const gradient = sigmoid(z) - ex.label;
      for (const f of ex.features) {
        const w = weights.get(f) ?? 0;
        const g = gradient + o.l2 * w;
        const sq = (squares.get(f) ?? 1e-8) + g * g;
        squares.set(f, sq);
        weights.set(f, w - (o.rate / Math.sqrt(sq)) * g);
      }
    }
  }
  return weights;
}

/** Weights rounded to 4 digits, those below `minAbs` dropped: the file stays small, scores barely move. */
export function prunedWeights(weights: ReadonlyMap<string, number>, minAbs: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [f, w] of [...weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))) {
    if (Math.abs(w) >= minAbs) out[f] = Math.round(w * 10000) / 10000;
  }
  return out;
}
