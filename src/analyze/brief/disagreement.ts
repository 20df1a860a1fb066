import { articleLabels } from '../article-label.js';
import type { ArticleDoc } from '../../model/article.js';
import type { BriefSentence, Discrepancy } from '../../model/dossier.js';

/** Longest side value repeated in a disagreement line; a longer quote ends on "…" (it is quoted as a wording, not stated). */
export const MAX_SIDE_WORDS = 20;

function shortValue(v: string): string {
  const words = v.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= MAX_SIDE_WORDS ? words.join(' ') : `${words.slice(0, MAX_SIDE_WORDS).join(' ')} …`;
}

/**
 * "Reports differ — …": the discrepancy's summary, and both values with their outlets when the
 * summary does not already name an outlet of each side (only the outlets when it quotes both values) ("Alex Conant is quoted with different
 * wording" → … : "We will win Iowa" (huff-post) vs "We are going to win Iowa" (usa-today)).
 */
export function disagreementLine(d: Discrepancy, docs: readonly ArticleDoc[]): BriefSentence {
  const byId = new Map(docs.map((x) => [x.id, x]));
  const labelsOf = (ids: readonly string[]) => articleLabels(ids.flatMap((id) => byId.get(id) ?? []));
  const summary = d.summary.replace(/\.$/, '');
  const sides = d.sides.slice(0, 2);
  const named = sides.length >= 2 && sides.every((s) => s.articles.some((id) => { const l = labelsOf([id]); return l !== '' && summary.includes(l); }));
  // Values the summary already quotes get only their outlets: "… in 1 other (A vs B)".
  const quoted = sides.every((s) => summary.includes(`"${s.value}"`));
  const both =
    sides.length < 2 || named ? '' : quoted ? ` (${sides.map((s) => labelsOf(s.articles)).join(' vs ')})` : `: ${sides.map((s) => `"${shortValue(s.value)}" (${labelsOf(s.articles)})`).join(' vs ')}`;
  return { text: `Reports differ — ${summary}${both}.`, citations: [...d.articles], evidence: d.evidence };
}
