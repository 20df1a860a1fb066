import { existsSync } from 'node:fs';
import type { TokenEntity } from './conll.js';
import { sentenceFeatures } from './features.js';
import { decodeLabels } from './labels.js';
import { loadModel, type NerModelData } from './model-io.js';
import { viterbi } from './viterbi.js';
import { bucketMask } from './weights.js';

/** The shipped model, relative to this file in both src/ and dist/src/ layouts. */
const MODEL_CANDIDATES = [new URL('../../../models/ner.bin', import.meta.url), new URL('../../../../models/ner.bin', import.meta.url)];

/** A loaded named-entity tagger: words of one sentence in, entity token ranges out. */
export class NerTagger {
  constructor(readonly model: NerModelData) {}

  tag(words: readonly string[]): TokenEntity[] {
    if (words.length === 0) return [];
    const f = sentenceFeatures(words, this.model.lexicons, bucketMask(this.model.weights));
    return decodeLabels(viterbi(f, this.model.weights));
  }
}

let shared: NerTagger | null | undefined;

/** The default tagger, loaded once; null when models/ner.bin is missing (run `npm run train:ner`). */
export function defaultTagger(): NerTagger | null {
  if (shared !== undefined) return shared;
  const path = MODEL_CANDIDATES.find((u) => existsSync(u));
  shared = path ? new NerTagger(loadModel(path)) : null;
  return shared;
}
