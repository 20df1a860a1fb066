import { annotationsOf } from '../model/article.js';
import type { StoryEntity, StoryQuote } from '../model/dossier.js';
import { sameWordingOf, wordingOf } from './quote-match.js';
import { matchingQuotes } from './quote-pairs.js';
import type { StoryStep } from './story-step.js';

/**
 * Output caps for very large stories. Without them a quote carried by N articles lists N - 1 of them
 * and yields up to N²/2 wording pairs, so the dossier grows with the square of the story (a
 * 100-article replica story: 19,000 quote-wording discrepancies, 16 MB). Below the caps
 * the output is unchanged; above them the earliest articles and pairs are kept (docs are oldest first).
 */
export const ALSO_IN_LIMIT = 100;
export const WORDING_PAIRS_PER_QUOTE = 10;

const lastWord = (s: string) => s.split(/\s+/).pop() ?? s;

/** The story's canonical person name for a speaker: by name, alias or surname. */
export function canonicalSpeaker(speaker: string, entities: readonly StoryEntity[]): string {
  return speakerResolver(entities)(speaker);
}

/**
 * `canonicalSpeaker` for many speakers of one story: the persons' names, aliases and surnames are
 * indexed once, so resolving a quote's speaker does not scan every entity of a large story.
 */
export function speakerResolver(entities: readonly StoryEntity[]): (speaker: string) => string {
  const exact = new Map<string, string>();
  const bySurname = new Map<string, Set<StoryEntity>>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const written of [e.name, ...e.aliases]) {
      const lower = written.toLowerCase();
      // The first person (in entity order) written this way wins, as a front-to-back search would.
      if (!exact.has(lower)) exact.set(lower, e.name);
      const surname = lastWord(lower);
      // Persons, not names: two entities of one name are as ambiguous as two different surnamesakes.
      const persons = bySurname.get(surname) ?? new Set<StoryEntity>();
      bySurname.set(surname, persons.add(e));
    }
  }
  return (speaker) => {
    const lower = speaker.toLowerCase();
    const named = exact.get(lower);
    if (named !== undefined) return named;
    const persons = bySurname.get(lastWord(lower));
    return persons?.size === 1 ? [...persons][0]!.name : speaker;
  };
}

/**
 * Story step: every article's quotes with canonical speakers; `alsoIn` lists the other articles
 * carrying the same quote, and differing wordings of one quote become `quote-wording` discrepancies.
 */
export const quotesStoryStep: StoryStep = {
  name: 'quotes',
  run({ docs }, story) {
    const quotes: StoryQuote[] = [];
    const speakerOf = speakerResolver(story.entities);
    for (const doc of docs) {
      for (const q of annotationsOf(doc, 'quote')) {
        quotes.push({
          text: q.text,
          speaker: q.speaker === null ? null : speakerOf(q.speaker),
          speakerDescription: q.speakerDescription,
          cue: q.cue,
          article: doc.id,
          start: q.start,
          end: q.end,
          alsoIn: [],
        });
      }
    }
    // Pairs come from a token index (quote-pairs.ts), not from comparing every quote with every other.
    const matches = matchingQuotes(quotes.map((q) => q.text));
    const wordings = quotes.map((q) => wordingOf(q.text));
    quotes.forEach((q, i) => {
      const listed = new Set<string>();
      let reported = 0;
      for (const j of matches[i]!) {
        const o = quotes[j]!;
        if (o.article === q.article) continue;
        if (!listed.has(o.article) && listed.size < ALSO_IN_LIMIT) {
          listed.add(o.article);
          q.alsoIn.push(o.article);
        }
        if (i < j && reported < WORDING_PAIRS_PER_QUOTE && !sameWordingOf(wordings[i]!, wordings[j]!)) {
          reported++;
          story.discrepancies.push({
            kind: 'quote-wording',
            summary: `${q.speaker ?? q.speakerDescription ?? 'A speaker'} is quoted with different wording`,
            articles: [q.article, o.article],
            evidence: [
              { article: q.article, text: q.text, start: q.start, end: q.end },
              { article: o.article, text: o.text, start: o.start, end: o.end },
            ],
          });
        }
      }
    });
    story.quotes = quotes;
  },
};
