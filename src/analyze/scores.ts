import type { Scores } from '../model/dossier.js';
import { articleProfile, type ArticleProfile } from './article-profile.js';
import { articleFlags } from './flags/article-flags.js';
import { originality } from './originality.js';
import { storyStep, type ArticleNote } from './story-step.js';

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

/** Share of analysed sentences with a speculation, opinion or sweeping cue in the article's own voice. */
export function hedgingScore(p: ArticleProfile): number {
  return p.sentences === 0 ? 0 : p.hedged / p.sentences;
}

/**
 * Specific items per sentence, saturating (one item per sentence gives 0.5), discounted by up to
 * half for the share of sentences built on stock filler phrases.
 */
export function specificityScore(p: ArticleProfile): number {
  if (p.sentences === 0) return 0;
  const density = p.specificItems / p.sentences;
  return (density / (density + 1)) * (1 - 0.5 * (p.generic / p.sentences));
}

// Weight at which sourcing reaches 1 - 1/e ≈ 0.63: two named sources.
const SOURCE_SCALE = 2;

/** Credited sources, saturating: one named source 0.39, two 0.63, four 0.86; anonymous ones count half. */
export function sourcingScore(p: ArticleProfile): number {
  return 1 - Math.exp(-p.sourceWeight / SOURCE_SCALE);
}

/**
 * The `scores` story step: per-article scores and the opinion / speculative / low-information /
 * no-sources flags. It reads what the other steps produced (claims above all), so it runs last.
 */
export const scoresStep = storyStep({
  name: 'scores',
  needs: [],
  reads: ['claims', 'articleNotes'],
  provides: ['articleNotes'],
  run({ docs }, story) {
    const original = originality(story, docs);
    const articleNotes: ArticleNote[] = [];
    for (const doc of docs) {
      const p = articleProfile(doc);
      const scores: Scores = {
        originality: round(original.get(doc.id) ?? 1),
        specificity: round(specificityScore(p)),
        sourcing: round(sourcingScore(p)),
        hedging: round(hedgingScore(p)),
      };
      articleNotes.push({ id: doc.id, scores, flags: articleFlags(p, scores) });
    }
    return { articleNotes };
  },
});
