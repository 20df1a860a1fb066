import type { SentenceFeatures } from '../ner/features.js';
import { decodeSequence, type TransitionRules } from './decode.js';
import { emptySequenceWeights, type SequenceWeights } from './weights.js';

/**
 * Averaged structured perceptron (Collins 2002) for any label set, with lazy averaging: `acc`
 * sums c·update so the average is w − acc/c without copying the weights each step.
 */
export class SequencePerceptron {
  readonly weights: SequenceWeights;
  private readonly accEmission: Float64Array;
  private readonly accTransition: Float64Array;
  private c = 1;

  constructor(labels: number, bucketBits: number, private readonly rules: TransitionRules) {
    this.weights = emptySequenceWeights(labels, bucketBits);
    this.accEmission = new Float64Array(this.weights.emission.length);
    this.accTransition = new Float64Array(this.weights.transition.length);
  }

  /** Decode with the current weights and update on mistakes; returns the number of wrong labels. */
  train(f: SentenceFeatures, gold: Uint8Array): number {
    const L = this.weights.labels;
    const guess = decodeSequence(f, this.weights, this.rules);
    const em = this.weights.emission as Float32Array;
    let wrong = 0;
    for (let i = 0; i < gold.length; i++) {
      const prevG = i === 0 ? L : gold[i - 1]!;
      const prevP = i === 0 ? L : guess[i - 1]!;
      if (gold[i] !== guess[i]) {
        wrong++;
        for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
          const row = f.ids[k]! * L;
          this.bump(em, this.accEmission, row + gold[i]!, 1);
          this.bump(em, this.accEmission, row + guess[i]!, -1);
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
    w[k]! += d;
    acc[k]! += this.c * d;
  }

  /** The averaged weights (a new object; training may go on with this one). */
  averaged(): SequenceWeights {
    const out = emptySequenceWeights(this.weights.labels, this.weights.bucketBits);
    const em = this.weights.emission;
    const avg = out.emission as Float32Array;
    for (let k = 0; k < em.length; k++) avg[k] = em[k]! - this.accEmission[k]! / this.c;
    for (let k = 0; k < this.weights.transition.length; k++) out.transition[k] = this.weights.transition[k]! - this.accTransition[k]! / this.c;
    return out;
  }
}
