import { analysedSentences, type ArticleDoc } from '../model/article.js';
import type { Story } from '../model/dossier.js';

/**
 * Originality of each article (ids in story order, oldest first): the share of its claims that no
 * earlier article already made. Uses the aligned story claims; an article with no claim in them
 * (or a story without claims) falls back to sentence overlap with the earlier articles.
 */
export function originality(story: Story, docs: readonly ArticleDoc[]): Map<string, number> {
  const order = new Map(story.articles.map((a, i) => [a.id, i]));
  const out = new Map<string, number>();
  docs.forEach((doc) => {
    const rank = order.get(doc.id) ?? 0;
    const mine = story.claims.filter((c) => c.support.some((s) => s.article === doc.id));
    if (mine.length > 0) {
      const repeated = mine.filter((c) => c.support.some((s) => (order.get(s.article) ?? Infinity) < rank)).length;
      out.set(doc.id, 1 - repeated / mine.length);
    } else {
      const earlier = docs.filter((d) => (order.get(d.id) ?? Infinity) < rank);
      out.set(doc.id, sentenceOriginality(doc, earlier));
    }
  });
  return out;
}

/** Content words: four letters or more, which drops nearly all function words without a list. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
}

// A sentence whose content words are at least this much contained in one earlier sentence repeats it.
const REPEAT_CONTAINMENT = 0.6;

/** Share of analysed sentences that no earlier article's sentence already contains. */
export function sentenceOriginality(doc: ArticleDoc, earlier: readonly ArticleDoc[]): number {
  const mine = analysedSentences(doc).map((s) => contentWords(doc.text.slice(s.start, s.end))).filter((w) => w.size > 0);
  if (mine.length === 0 || earlier.length === 0) return 1;
  const before = earlier.flatMap((d) => analysedSentences(d).map((s) => contentWords(d.text.slice(s.start, s.end))));
  const repeated = mine.filter((words) =>
    before.some((other) => {
      let shared = 0;
      for (const w of words) if (other.has(w)) shared++;
      return shared / words.size >= REPEAT_CONTAINMENT;
    }),
  ).length;
  return 1 - repeated / mine.length;
}
