import { existsSync } from 'node:fs';
import type { TokenEntity } from './conll.js';
import { sentenceFeatures } from './features.js';
import { fnv1a } from './hash.js';
import { documentConsistency } from './document.js';
import { decodeLabels } from './labels.js';
import { loadModel, type NerModelData } from './model-io.js';
import { externalBit, typeBit, type Lexicons } from './lexicons.js';
import { dropSentenceStartNouns } from './sentence-start-nouns.js';
import { decodeScores } from './viterbi.js';
import { compactEmission, compactEmissionScores, type CompactEmission } from '../sequence/compact-emission.js';
import { bucketMask } from './weights.js';
import { wordEmissionScores } from './word-emission.js';

/** The shipped model, relative to this file in both src/ and dist/src/ layouts. */
const MODEL_CANDIDATES = [new URL('../../../models/ner.bin', import.meta.url), new URL('../../../../models/ner.bin', import.meta.url)];

/** A loaded named-entity tagger: words of one sentence in, entity token ranges out. */
export class NerTagger {
  /**
   * The weights packed for decoding. The model's dense table (~36 MB, for training and saving) is
   * not kept: every worker thread holds a tagger, and only the packed table is read.
   */
  private readonly emission: CompactEmission;
  private readonly transition: Float32Array;
  private readonly mask: number;
  readonly lexicons: Lexicons;

  constructor(model: NerModelData) {
    this.emission = compactEmission(model.weights);
    this.transition = model.weights.transition;
    this.mask = bucketMask(model.weights);
    this.lexicons = model.lexicons;
  }

  tag(words: readonly string[]): TokenEntity[] {
    if (words.length === 0) return [];
    const lex = this.lexicons;
    const mask = this.mask;
    // Integer weights sum exactly in any order, so per-word partial sums give identical scores;
    // float weights (a model fresh from training) take the per-feature path.
    const em =
      this.emission.rows instanceof Int16Array
        ? wordEmissionScores(words, lex, mask, this.emission)
        : compactEmissionScores(sentenceFeatures(words, lex, mask), this.emission);
    const labels = decodeScores(em, words.length, this.transition);
    // A capitalised first word that news text nearly always writes in lower case ("Moreover")
    // is capitalised for the sentence start, not because it is a name.
    return decodeLabels(labels).filter((e) => !(e.start === 0 && e.end === 1 && this.usuallyLowerCase(words[0]!)));
  }

  /**
   * The sentences of one article, tagged one by one and then made consistent across the article
   * (document.ts: one type per name, surnames of full names, repeats the first pass missed).
   */
  tagDocument(sentences: readonly (readonly string[])[]): TokenEntity[][] {
    const tagged = documentConsistency(sentences.map((words) => ({ words, entities: this.tag(words) })));
    return dropSentenceStartNouns(sentences, tagged, (w) => this.knownPerson(w));
  }

  /** Whether the gazetteer lists the word as a person's name (training names or WordNet). */
  knownPerson(word: string): boolean {
    return ((this.lexicons.gazetteer.get(fnv1a(word.toLowerCase())) ?? 0) & (typeBit('person') | externalBit('person'))) !== 0;
  }

  /** Whether unlabeled news text writes the word in lower case away from sentence starts (casing class 1). */
  usuallyLowerCase(word: string): boolean {
    const classes = this.lexicons.clusters.get(fnv1a(word.toLowerCase()));
    return classes !== undefined && classes[classes.length - 1] === 1;
  }
}

let shared: NerTagger | null | undefined;

/** The default tagger, loaded once; null when models/ner.bin is missing (run `npm run train:ner`). */
export function defaultTagger(): NerTagger | null {
  if (shared !== undefined) return shared;
  const path = shippedNerModel();
  shared = path ? new NerTagger(loadModel(path)) : null;
  return shared;
}

/** The shipped model file (to load its full weights, as the tagger keeps only packed ones), or null. */
export function shippedNerModel(): URL | null {
  return MODEL_CANDIDATES.find((u) => existsSync(u)) ?? null;
}
