import { docFromLines } from '../lines-doc.js';
import { analyseDoc } from '../../nlp/pipeline.js';
import { alignText, type AlignText } from '../../analyze/align/align-text.js';
import { isolatedPairFeatures, type WordFrequencies } from '../../analyze/align/features.js';
import type { SentencePair } from './sentence-pairs.js';

/** A sentence analysed by the document pipeline (entities, numbers, dates), as alignment sees it. */
export function sentenceText(s: string, id = 's'): AlignText {
  const doc = analyseDoc(docFromLines(id, s));
  return alignText(doc, { start: 0, end: s.length });
}

/** Features of every pair (each distinct sentence analysed once). */
export function sentencePairFeatures(freq: WordFrequencies, pairs: readonly SentencePair[]): number[][] {
  const memo = new Map<string, AlignText>();
  const view = (s: string) => {
    let t = memo.get(s);
    if (!t) memo.set(s, (t = sentenceText(s)));
    return t;
  };
  return pairs.map((p) => isolatedPairFeatures(freq, view(p.a), view(p.b)));
}
