import type { SentenceFeatures } from './features.js';
import { LABEL_COUNT } from './labels.js';
import { viterbi } from './viterbi.js';
import { emptyWeights, type NerWeights } from './weights.js';

const L = LABEL_COUNT;

/**
 * Averaged structured perceptron (Collins 2002) with the usual lazy-averaging trick: `acc` sums
 * c·update so the average is w − acc/c, and no per-step copy of the weights is needed.
 */
export class AveragedPerceptron {
  readonly weights: NerWeights;
  private readonly accEmission: Float64Array;
  private readonly accTransition: Float64Array;
  private c = 1;

  constructor(bucketBits: number) {
    this.weights = emptyWeights(bucketBits);
    this.accEmission = new Float64Array(this.weights.emission.length);
    this.accTransition = new Float64Array(this.weights.transition.length);
  }

  /** Decode with the current weights, update on mistakes; returns the number of wrong labels. */
  train(f: SentenceFeatures, gold: Uint8Array): number {
    const guess = viterbi(f, this.weights);
    let wrong = 0;
    for (let i = 0; i < gold.length; i++) {
      const prevG = i === 0 ? L : gold[i - 1]!;
      const prevP = i === 0 ? L : guess[i - 1]!;
      if (gold[i] !== guess[i]) {
        wrong++;
        for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
          const row = f.ids[k]! * L;
          this.bump(this.weights.emission as Float32Array, this.accEmission, row + gold[i]!, 1);
          this.bump(this.weights.emission as Float32Array, this.accEmission, row + guess[i]!, -1);
        }
      }
      if (gold[i] !== guess[i] || prevG !== prevP) {
        this.bump(this.weights.transition, this.accTransition, prevG * L + gold[i]!, 1);
        this.bump(this.weights.transition, this.accTransition, prevP * L + guess[i]!, -1);
      }
    }
    this.c++;
    return wrong;
  }

  private bump(w: Float32Array, acc: Float64Array, k: number, d: number): void {
    w[k] += d;
    acc[k] += this.c * d;
  }

  /** The averaged weights (a new object; training may continue on this one). */
  averaged(): NerWeights {
    const out = emptyWeights(this.weights.bucketBits);
    const em = this.weights.emission as Float32Array;
    const avgEm = out.emission as Float32Array;
    for (let k = 0; k < em.length; k++) avgEm[k] = em[k]! - this.accEmission[k]! / this.c;
    for (let k = 0; k < this.weights.transition.length; k++) out.transition[k] = this.weights.transition[k]! - this.accTransition[k]! / this.c;
    return out;
  }
}
