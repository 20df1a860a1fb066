import type { Discrepancy, Evidence, StoryQuote } from '../../model/dossier.js';
import { sameWordingOf, wordingOf } from '../quotes/quote-match.js';

/**
 * The source of a quote as the article writes it, when the resolver names no one and no
 * description was kept ("“…,” the company said in a statement" → "the company"): what the item
 * calls the speaker. A bare pronoun is no description. The quote itself keeps no speaker, so the
 * reader is still told its speaker is not identified (docs/quotes-and-attributions.md).
 */
export function describedSource(text: string, span: { start: number; end: number } | null): string | null {
  const written = span ? text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : '';
  return /^(?:the|a|an)\s+\p{L}{3,}/iu.test(written) ? written : null;
}

/** At most this many wordings are shown per quote: the earliest ones, each once. */
export const WORDINGS_PER_DISCREPANCY = 10;

const placeOf = (q: StoryQuote): Evidence => ({ article: q.article, text: q.text, start: q.start, end: q.end });

/**
 * One `quote-wording` discrepancy per quoted utterance that the story carries in different words.
 * `quotes` are the story's entries in story order (one per wording and speaker, quotes.ts) and
 * `matches[i]` the entries that are the same utterance as entry i (quote-pairs.ts). The earliest
 * unclaimed entry leads a group with the entries it matches directly (not a chain of matches,
 * which could link two different utterances through a short common fragment). Its evidence is
 * each wording once, the earliest place first, leaving out clean truncations (sameWordingOf);
 * reported when at least two wordings come from two different articles. One item per utterance
 * however many articles reword it: a pair per two articles grows with the square of the story.
 * `described[i]` is entry i's source as written when it has no speaker (describedSource).
 */
export function quoteWordingDiscrepancies(quotes: readonly StoryQuote[], matches: readonly (readonly number[])[], described: readonly (string | null)[] = []): Discrepancy[] {
  const out: Discrepancy[] = [];
  const claimed = new Uint8Array(quotes.length);
  const wordings = quotes.map((q) => wordingOf(q.text));
  quotes.forEach((lead, i) => {
    if (claimed[i]) return;
    claimed[i] = 1;
    const kept = [i];
    const group = [i];
    for (const j of matches[i]!) {
      if (j < i || claimed[j]) continue;
      claimed[j] = 1;
      group.push(j);
      if (kept.length < WORDINGS_PER_DISCREPANCY && !kept.some((k) => sameWordingOf(wordings[k]!, wordings[j]!))) kept.push(j);
    }
    const articles = [...new Set(kept.map((k) => quotes[k]!.article))];
    if (kept.length < 2 || articles.length < 2) return;
    // Name the speaker any outlet gives, for any wording of the utterance; else how outlets
    // describe them ("a senior engineer", "the company").
    const members = kept.map((k) => quotes[k]!);
    const all = group.map((k) => quotes[k]!);
    const named = all.find((q) => q.speaker)?.speaker ?? all.find((q) => q.speakerDescription)?.speakerDescription ?? group.map((k) => described[k]).find((d) => d) ?? 'an unidentified speaker';
    const who = named.charAt(0).toUpperCase() + named.slice(1);
    out.push({
      kind: 'quote-wording',
      summary: kept.length === 2 ? `${who} is quoted with different wording` : `${who} is quoted in ${kept.length} different wordings`,
      articles,
      evidence: kept.map((k) => placeOf(quotes[k]!)),
      sides: members.map((q) => ({ value: q.text, articles: [q.article] })),
    });
  });
  return out;
}
