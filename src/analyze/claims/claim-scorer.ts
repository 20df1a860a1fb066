import { existsSync, readFileSync } from 'node:fs';
import type { ClaimFrame } from './claim-frame.js';
import { FEATURE_NAMES, pairFeatures } from './claim-features.js';
import { sigmoid } from '../../util/sigmoid.js';

/**
 * The learned alignment model (models/claim-align.json, written by scripts/train-claim-align.ts):
 * logistic-regression weights over claim-features.ts, a threshold chosen for precision on held-out
 * pairs, and event-class pairs learned as paraphrases.
 */
export interface AlignModel {
  features: string[];
  weights: number[];
  bias: number;
  threshold: number;
  relatedEvents: string[];
  /** How the model was trained and what it measured; informative only. */
  trainedOn: string;
  figures: Record<string, number>;
}

const MODEL_URLS = [new URL('../../../../models/claim-align.json', import.meta.url), new URL('../../../../../models/claim-align.json', import.meta.url)];

function loadModel(): AlignModel | null {
  for (const url of MODEL_URLS) {
    if (!existsSync(url)) continue;
    const m = JSON.parse(readFileSync(url, 'utf8')) as AlignModel;
    // A model for another feature set would silently misweight: ignore it.
    if (m.features.join() !== FEATURE_NAMES.join() || m.weights.length !== FEATURE_NAMES.length) return null;
    return m;
  }
  return null;
}

let model: AlignModel | null | undefined;
let related: Set<string> = new Set();

/** The committed model, read once; null when missing (then only the strict rule aligns). */
export function alignModel(): AlignModel | null {
  if (model === undefined) {
    model = loadModel();
    related = new Set(model?.relatedEvents ?? []);
  }
  return model;
}

/** Replace the model (training script, tests); null switches the learned path off. */
export function setAlignModel(m: AlignModel | null): void {
  model = m;
  related = new Set(m?.relatedEvents ?? []);
}

/**
 * Is the pair eligible for the learned path? Shared words alone never align: the frames must come
 * from different articles and share a named agent (person, institution or specific head noun;
 * pronouns and "officials" name no one). The scorer then weighs event and wording agreement.
 */
export function gateOpen(a: ClaimFrame, b: ClaimFrame, x: readonly number[]): boolean {
  return a.doc !== b.doc && Boolean(x[FEATURE_NAMES.indexOf('sharedAgent')]);
}

/** Logistic score of a feature vector under a model. */
export function scoreFeatures(m: AlignModel, x: readonly number[]): number {
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += m.weights[i]! * x[i]!;
  return sigmoid(z);
}

/** Score that two frames state the same fact; null without a model or when the gate is closed. */
export function alignScore(a: ClaimFrame, b: ClaimFrame): number | null {
  const m = alignModel();
  if (!m) return null;
  const x = pairFeatures(a, b, related);
  return gateOpen(a, b, x) ? scoreFeatures(m, x) : null;
}

/** The learned path to "same fact": gate open and score at or above the model's threshold. */
export function scoredAlign(a: ClaimFrame, b: ClaimFrame): boolean {
  const s = alignScore(a, b);
  return s !== null && s >= model!.threshold;
}

/** Learned paraphrase event pairs of the current model (for the training script and tests). */
export function relatedEvents(): ReadonlySet<string> {
  alignModel();
  return related;
}
