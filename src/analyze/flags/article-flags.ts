import type { ArticleFlag, Scores } from '../../model/dossier.js';
import type { ArticleProfile } from '../article-profile.js';
import { flagModel, opinionDecision, type FlagModel } from './model.js';

/**
 * Rule thresholds used when models/flags.json is missing (the learned model's own thresholds
 * replace the opinion rule, the speculative share and the low-information bounds); docs/scores-and-flags.md.
 */
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

/** Is the article an opinion or analysis piece? The learned model when present, else the cue-share rule. */
export function isOpinion(p: ArticleProfile, m: FlagModel | null = flagModel(), t = FLAG_THRESHOLDS): boolean {
  // a short note (a caption, a two-line brief) gives the model too little voice to read
  if (p.sentences < t.minSentences) return false;
  if (m) return opinionDecision(m, p.opinion);
  return p.opinionated >= t.minSentences && p.opinionated / p.sentences >= t.opinionShare;
}

/** The flags this step owns, from one article's profile and scores. */
export function articleFlags(p: ArticleProfile, s: Scores, t = FLAG_THRESHOLDS, m: FlagModel | null = flagModel()): ArticleFlag[] {
  const flags: ArticleFlag[] = [];
  const share = (n: number) => (p.sentences === 0 ? 0 : n / p.sentences);
  const speculativeShare = m?.speculativeShare ?? t.speculativeShare;
  const lowSpecificity = m?.lowSpecificity ?? t.lowSpecificity;
  const lowSourcing = m?.lowSourcing ?? t.lowSourcing;
  if (isOpinion(p, m, t)) flags.push('opinion');
  if (p.speculative >= t.minSentences && share(p.speculative) >= speculativeShare) flags.push('speculative');
  if (p.sentences > 0 && s.specificity < lowSpecificity && s.sourcing < lowSourcing) flags.push('low-information');
  if (p.sourceWeight === 0) flags.push('no-sources');
  return flags;
}
