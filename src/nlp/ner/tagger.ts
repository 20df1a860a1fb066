import { existsSync } from 'node:fs';
import type { TokenEntity } from './conll.js';
import { sentenceFeatures } from './features.js';
import { fnv1a } from './hash.js';
import { decodeLabels } from './labels.js';
import { loadModel, type NerModelData } from './model-io.js';
import { decodeScores } from './viterbi.js';
import { compactEmission, compactEmissionScores, type CompactEmission } from '../sequence/compact-emission.js';
import { bucketMask } from './weights.js';
import { wordEmissionScores } from './word-emission.js';

/** The shipped model, relative to this file in both src/ and dist/src/ layouts. */
const MODEL_CANDIDATES = [new URL('../../../models/ner.bin', import.meta.url), new URL('../../../../models/ner.bin', import.meta.url)];

/** A loaded named-entity tagger: words of one sentence in, entity token ranges out. */
export class NerTagger {
  /** The weights packed for decoding; the model's dense table stays as it is for training and saving. */
  private readonly emission: CompactEmission;

  constructor(readonly model: NerModelData) {
    this.emission = compactEmission(model.weights);
  }

  tag(words: readonly string[]): TokenEntity[] {
    if (words.length === 0) return [];
    const lex = this.model.lexicons;
    const mask = bucketMask(this.model.weights);
    // Integer weights sum exactly in any order, so per-word partial sums give identical scores;
    // float weights (a model fresh from training) take the per-feature path.
    const em =
      this.emission.rows instanceof Int16Array
        ? wordEmissionScores(words, lex, mask, this.emission)
        : compactEmissionScores(sentenceFeatures(words, lex, mask), this.emission);
    const labels = decodeScores(em, words.length, this.model.weights.transition);
    // A capitalised first word that news text nearly always writes in lower case ("Moreover")
    // is capitalised for the sentence start, not because it is a name.
    return decodeLabels(labels).filter((e) => !(e.start === 0 && e.end === 1 && this.usuallyLowerCase(words[0]!)));
  }

  /** Whether unlabeled news text writes the word in lower case away from sentence starts (casing class 1). */
  usuallyLowerCase(word: string): boolean {
    const classes = this.model.lexicons.clusters.get(fnv1a(word.toLowerCase()));
    return classes !== undefined && classes[classes.length - 1] === 1;
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
