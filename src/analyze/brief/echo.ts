import { analysedSentences, type ArticleDoc } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import { alignText, type AlignText } from '../align/align-text.js';
import { isolatedPairFeatures, textCosine } from '../align/features.js';
import { factAlignModel, type FactAlignModel } from '../align/model.js';
import { ensembleScore } from '../align/trees.js';

/**
 * Fact-alignment pair score at or above which another article's sentence "echoes" a claim's
 * sentence: alignment did not join them (its pair threshold is 0.54, its story threshold 0.8), but
 * the brief will not call the claim one outlet's. Tuned on the dev stories of eval-gold/align
 * (docs/dossier.md, brief): of the single-source lines scoring below 0.2, 1 of 6 states a fact the
 * gold finds in two articles, against 45 of 57 for all single-source lines.
 */
export const ECHO_SCORE = 0.2;

/**
 * Of each other article, only the sentences with the highest idf-weighted cosine (the model's first
 * feature, cheap) are scored by the model: it saves time and, on the dev gold, changes no label
 * (5 or 8 per article would: 17 and 14 "one outlet" lines instead of 13).
 */
const SCORED_PER_ARTICLE = 12;

const sentenceViews = new WeakMap<ArticleDoc, AlignText[]>();

function viewsOf(doc: ArticleDoc): AlignText[] {
  let v = sentenceViews.get(doc);
  if (!v) sentenceViews.set(doc, (v = analysedSentences(doc).map((s) => alignText(doc, s))));
  return v;
}

/** The model's score of two sentences seen on their own (no story context), as on sentence pairs. */
function pairScore(model: FactAlignModel, a: AlignText, b: AlignText): number {
  return ensembleScore(model.ensemble, isolatedPairFeatures(model.freq, a, b));
}

/** How many other articles hold a sentence close to this one (pair score at `min` or above); 0 without a model. */
export function echoCount(doc: ArticleDoc, sentence: Span, others: readonly ArticleDoc[], min = ECHO_SCORE): number {
  const model = factAlignModel();
  if (!model) return 0;
  const own = alignText(doc, sentence);
  const closest = (o: ArticleDoc) =>
    viewsOf(o)
      .map((v) => ({ v, c: textCosine(model.freq, own, v) }))
      .sort((a, b) => b.c - a.c)
      .slice(0, SCORED_PER_ARTICLE);
  return others.filter((o) => o.id !== doc.id && closest(o).some(({ v }) => pairScore(model, own, v) >= min)).length;
}
