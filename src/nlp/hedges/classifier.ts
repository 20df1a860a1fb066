import { existsSync, readFileSync } from 'node:fs';
import { sigmoid } from '../../util/sigmoid.js';
import type { HedgeDomain } from './features.js';

/**
 * The learned cue-in-context classifier (models/hedge-classifier.json, written by
 * scripts/train-hedge-classifier.ts): logistic-regression weights over the string features of
 * src/nlp/hedges/features.ts, and per domain the probability at which a candidate is a cue.
 * docs/scores-and-flags.md gives the data, method and figures.
 */
export interface HedgeClassifier {
  source: string;
  /** Cue when the probability reaches this; chosen on cross-validated training documents. */
  thresholds: Record<HedgeDomain, number>;
  /** Feature → weight; features not listed weigh 0 (near-zero weights are pruned). */
  weights: Record<string, number>;
  /** What the training measured; informative only. */
  figures: Record<string, number>;
}

const MODEL_URL = new URL('../../../../models/hedge-classifier.json', import.meta.url);
let cached: HedgeClassifier | null | undefined;

function isClassifier(x: unknown): x is HedgeClassifier {
  const m = x as Partial<HedgeClassifier> | null;
  return typeof m === 'object' && m !== null && typeof m.weights === 'object' && typeof m.thresholds?.news === 'number' && typeof m.thresholds.encyclopedia === 'number';
}

/** The committed classifier, read once; null without the file (the lexicon's precisions are used then). */
export function loadHedgeClassifier(): HedgeClassifier | null {
  if (cached !== undefined) return cached;
  if (!existsSync(MODEL_URL)) return (cached = null);
  const parsed: unknown = JSON.parse(readFileSync(MODEL_URL, 'utf8'));
  if (!isClassifier(parsed)) throw new Error(`${MODEL_URL.pathname}: not a hedge classifier (weights and news/encyclopedia thresholds)`);
  return (cached = parsed);
}

/** Probability that a candidate with these features is a cue. */
export function cueProbability(weights: Readonly<Record<string, number>>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += Object.hasOwn(weights, f) ? weights[f]! : 0;
  return sigmoid(z);
}
