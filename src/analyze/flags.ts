import type { ArticleFlag, Scores } from '../model/dossier.js';
import type { ArticleProfile } from './article-profile.js';

/** Flag thresholds; docs/scores-and-flags.md explains each choice. */
export const FLAG_THRESHOLDS = {
  /** Share of sentences with an opinion or sweeping cue in the article's own voice. */
  opinionShare: 0.15,
  /** Share of sentences with a speculation or sweeping cue in the article's own voice. */
  speculativeShare: 0.4,
  /** Fewest such sentences before either flag fires: one loaded word is not an opinion piece. */
  minSentences: 3,
  /** low-information: both specificity and sourcing below these. */
  lowSpecificity: 0.35,
  lowSourcing: 0.3,
} as const;

/** The flags this step owns, from one article's profile and scores. */
export function articleFlags(p: ArticleProfile, s: Scores, t = FLAG_THRESHOLDS): ArticleFlag[] {
  const flags: ArticleFlag[] = [];
  const share = (n: number) => (p.sentences === 0 ? 0 : n / p.sentences);
  if (p.opinionated >= t.minSentences && share(p.opinionated) >= t.opinionShare) flags.push('opinion');
  if (p.speculative >= t.minSentences && share(p.speculative) >= t.speculativeShare) flags.push('speculative');
  if (p.sentences > 0 && s.specificity < t.lowSpecificity && s.sourcing < t.lowSourcing) flags.push('low-information');
  if (p.sourceWeight === 0) flags.push('no-sources');
  return flags;
}
