import { analysedSentences, type ArticleDoc } from '../model/article.js';
import type { Story } from '../model/dossier.js';

/**
 * Originality of each article (ids in story order, oldest first): the share of its claims that no
 * earlier article already made. Uses the aligned story claims; an article with no claim in them
 * (or a story without claims) falls back to sentence overlap with the earlier articles.
 */
export function originality(story: Story, docs: readonly ArticleDoc[]): Map<string, number> {
  const order = new Map(story.articles.map((a, i) => [a.id, i]));
  const rankOf = (id: string) => order.get(id) ?? 0;
  // One pass over the claims, not one per article: for each article, how many claims it supports
  // and how many of those an earlier article (lower rank) also supports.
  const mine = new Map<string, number>();
  const repeated = new Map<string, number>();
  for (const c of story.claims) {
    const articles = new Set(c.support.map((s) => s.article));
    const first = Math.min(...[...articles].map((a) => order.get(a) ?? Number.POSITIVE_INFINITY));
    for (const a of articles) {
      mine.set(a, (mine.get(a) ?? 0) + 1);
      if (first < rankOf(a)) repeated.set(a, (repeated.get(a) ?? 0) + 1);
    }
  }
  const out = new Map<string, number>();
  docs.forEach((doc) => {
    const rank = rankOf(doc.id);
    const n = mine.get(doc.id) ?? 0;
    if (n > 0) out.set(doc.id, 1 - (repeated.get(doc.id) ?? 0) / n);
    else {
      const earlier = docs.filter((d) => (order.get(d.id) ?? Number.POSITIVE_INFINITY) < rank);
      out.set(doc.id, sentenceOriginality(doc, earlier));
    }
  });
  return out;
}

/** Content words: four letters or more, which drops nearly all function words without a list. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
}

// Each article's sentence words are read once, not once per later article that compares with it.
const wordsCache = new WeakMap<ArticleDoc, Set<string>[]>();
function sentenceWords(doc: ArticleDoc): Set<string>[] {
  let ws = wordsCache.get(doc);
  if (!ws) wordsCache.set(doc, (ws = analysedSentences(doc).map((s) => contentWords(doc.text.slice(s.start, s.end)))));
  return ws;
}

// A sentence whose content words are at least this much contained in one earlier sentence repeats it.
const REPEAT_CONTAINMENT = 0.6;

/** Share of analysed sentences that no earlier article's sentence already contains. */
export function sentenceOriginality(doc: ArticleDoc, earlier: readonly ArticleDoc[]): number {
  const mine = sentenceWords(doc).filter((w) => w.size > 0);
  if (mine.length === 0 || earlier.length === 0) return 1;
  const before = earlier.flatMap(sentenceWords);
  const repeated = mine.filter((words) =>
    before.some((other) => {
      let shared = 0;
      for (const w of words) if (other.has(w)) shared++;
      return shared / words.size >= REPEAT_CONTAINMENT;
    }),
  ).length;
  return 1 - repeated / mine.length;
}
