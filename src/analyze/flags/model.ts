import { existsSync, readFileSync } from 'node:fs';
import { createError } from '../../errors.js';
import { sigmoid } from '../../util/sigmoid.js';
import { FEATURE_NAMES, hasOwnVoice, type OpinionFeatures } from './features.js';

/**
 * The learned flag model (models/flags.json, written by scripts/train-flags.ts): a logistic
 * regression over the opinion features (standardised by the training means and deviations) with
 * its decision threshold, and the speculative / low-information thresholds read off the
 * distribution of real news. docs/scores-and-flags.md gives the data and figures.
 */
export interface FlagModel {
  features: string[];
  mean: number[];
  sd: number[];
  weights: number[];
  bias: number;
  /** Opinion when the logistic score reaches this. */
  threshold: number;
  /** Share of sentences with uncredited own-voice speculation at which `speculative` fires. */
  speculativeShare: number;
  /** `low-information` when specificity and sourcing are both below these. */
  lowSpecificity: number;
  lowSourcing: number;
  /** How the model was trained and what it measured; informative only. */
  trainedOn: string;
  figures: Record<string, number>;
}

const MODEL_URLS = [new URL('../../../../models/flags.json', import.meta.url), new URL('../../../../../models/flags.json', import.meta.url)];

let model: FlagModel | null | undefined;

function isNumbers(x: unknown, n: number): x is number[] {
  return Array.isArray(x) && x.length === n && x.every((v) => typeof v === 'number' && Number.isFinite(v));
}

/** Parse and check a flag model; a model for another feature set would silently misweight. */
export function parseFlagModel(json: string, where: string): FlagModel {
  const m = JSON.parse(json) as Partial<FlagModel>;
  const n = FEATURE_NAMES.length;
  const ok =
    Array.isArray(m.features) && m.features.join() === FEATURE_NAMES.join() && isNumbers(m.mean, n) && isNumbers(m.sd, n) && isNumbers(m.weights, n) &&
    [m.bias, m.threshold, m.speculativeShare, m.lowSpecificity, m.lowSourcing].every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!ok) throw createError('CC_MODEL_INVALID', where, `not a flag model for features ${FEATURE_NAMES.join(', ')}`);
  return m as FlagModel;
}

/** The committed model, read once; null when the file is missing (then only the rule thresholds apply). */
export function flagModel(): FlagModel | null {
  if (model === undefined) {
    const url = MODEL_URLS.find((u) => existsSync(u));
    model = url ? parseFlagModel(readFileSync(url, 'utf8'), url.pathname) : null;
  }
  return model;
}

/** Replace the model (training script, tests); null switches the learned path off. */
export function setFlagModel(m: FlagModel | null): void {
  model = m;
}

/** The model's feature vector, in FEATURE_NAMES order. */
export function featureVector(f: OpinionFeatures): number[] {
  return FEATURE_NAMES.map((k) => f[k]);
}

/** Logistic opinion score of an article's features. */
export function opinionScore(m: Pick<FlagModel, 'mean' | 'sd' | 'weights' | 'bias'>, f: OpinionFeatures): number {
  const x = featureVector(f);
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += m.weights[i]! * ((x[i]! - m.mean[i]!) / (m.sd[i]! || 1));
  return sigmoid(z);
}

/** The opinion decision: the article has a voice of its own and the score reaches the threshold. */
export function opinionDecision(m: Pick<FlagModel, 'mean' | 'sd' | 'weights' | 'bias' | 'threshold'>, f: OpinionFeatures): boolean {
  return hasOwnVoice(f) && opinionScore(m, f) >= m.threshold;
}
