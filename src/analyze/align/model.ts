import { existsSync, readFileSync } from 'node:fs';
import type { TreeEnsemble } from './trees.js';
import type { WordFrequencies } from './features.js';
import { FEATURE_NAMES } from './features.js';

/**
 * The fact-alignment model (models/fact-align.json, written by scripts/train-fact-align.ts):
 * background word frequencies, a boosted-tree scorer over features.ts, and the two thresholds
 * chosen in training: `pair` for sentence-pair paraphrase decisions (MRPC), `story` for aligning
 * the claims of a story (chosen on the dev gold for pair precision).
 */
export interface FactAlignModel {
  features: string[];
  freq: WordFrequencies;
  ensemble: TreeEnsemble;
  threshold: { pair: number; story: number };
  trainedOn: string;
  figures: Record<string, number>;
}

const MODEL_URLS = [new URL('../../../../models/fact-align.json', import.meta.url), new URL('../../../../../models/fact-align.json', import.meta.url)];

function isModel(o: unknown): o is FactAlignModel {
  const m = o as Partial<FactAlignModel> | null;
  return !!m && Array.isArray(m.features) && !!m.freq && typeof m.freq.docs === 'number' && !!m.ensemble && Array.isArray(m.ensemble.trees) && !!m.threshold;
}

let model: FactAlignModel | null | undefined;

/** The committed model, read once; null when missing or made for another feature set. */
export function factAlignModel(): FactAlignModel | null {
  if (model === undefined) {
    model = null;
    for (const url of MODEL_URLS) {
      if (!existsSync(url)) continue;
      const o: unknown = JSON.parse(readFileSync(url, 'utf8'));
      // A model for another feature set would silently misweight: ignore it.
      if (isModel(o) && o.features.join() === FEATURE_NAMES.join()) model = o;
      break;
    }
  }
  return model;
}

/** Use another model (training, evaluation); null removes it. */
export function setFactAlignModel(m: FactAlignModel | null): void {
  model = m;
}
