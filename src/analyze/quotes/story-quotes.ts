import { annotationsOf } from '../../model/article.js';
import type { StoryEntity, StoryQuote } from '../../model/dossier.js';
import { wordingOf } from './quote-match.js';
import { describedSource, quoteWordingDiscrepancies } from '../discrepancies/quote-wording.js';
import { matchingQuotes } from './quote-pairs.js';
import { storyStep } from '../story-step.js';

/**
 * Output cap for very large stories. A quote repeated word for word is one entry whatever the
 * number of articles (its other places are `repeats`), but differently worded copies are entries
 * of their own, and each lists at most ALSO_IN_LIMIT other articles (the earliest: docs are oldest
 * first), so the dossier stays linear in the story's size.
 */
export const ALSO_IN_LIMIT = 100;

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

/** What groups a quote's places into one entry: the same words and the same speaker (or description, when unnamed). */
const entryKey = (q: StoryQuote) => `${wordingOf(q.text)}\u0000${q.speaker ?? ''}\u0000${q.speaker === null ? (q.speakerDescription ?? '') : ''}`;

/**
 * Story step: the story's quotes with canonical speakers. Articles carrying the same words from
 * the same speaker make one entry at the earliest place, with every other place in `repeats` (a
 * wire quote in 400 rewrites is one entry, not 400). `alsoIn` lists the other articles carrying
 * the quote in any wording, and differing wordings of one quote become a `quote-wording`
 * discrepancy (discrepancies/quote-wording.ts).
 */
export const quotesStoryStep = storyStep({
  name: 'quotes',
  needs: [],
  reads: ['entities'],
  provides: ['quotes', 'quoteWording'],
  run({ docs }, story) {
    const quotes: StoryQuote[] = [];
    const described: (string | null)[] = [];
    const byKey = new Map<string, StoryQuote>();
    const speakerOf = speakerResolver(story.entities);
    for (const doc of docs) {
      for (const q of annotationsOf(doc, 'quote')) {
        const entry: StoryQuote = {
          text: q.text,
          speaker: q.speaker === null ? null : speakerOf(q.speaker),
          speakerDescription: q.speakerDescription,
          cue: q.cue,
          article: doc.id,
          start: q.start,
          end: q.end,
          alsoIn: [],
          repeats: [],
        };
        const key = entryKey(entry);
        const first = byKey.get(key);
        if (first) first.repeats.push({ article: doc.id, start: q.start, end: q.end });
        else {
          byKey.set(key, entry);
          quotes.push(entry);
          described.push(q.speaker === null && q.speakerDescription === null ? describedSource(doc.text, q.speakerSpan) : null);
        }
      }
    }
    // Pairs come from a token index (quote-pairs.ts), not from comparing every quote with every other.
    const matches = matchingQuotes(quotes.map((q) => q.text));
    // Articles carrying each entry, marked by doc index and read back in story order (docs are oldest first).
    const order = new Map(docs.map((d, k) => [d.id, k]));
    const mark = new Int32Array(docs.length).fill(-1);
    quotes.forEach((q, i) => {
      const carry = (article: string) => (mark[order.get(article)!] = i);
      q.repeats.forEach((r) => carry(r.article));
      for (const j of matches[i]!) {
        carry(quotes[j]!.article);
        quotes[j]!.repeats.forEach((r) => carry(r.article));
      }
      mark[order.get(q.article)!] = -1;
      for (let k = 0; k < docs.length && q.alsoIn.length < ALSO_IN_LIMIT; k++) if (mark[k] === i) q.alsoIn.push(docs[k]!.id);
    });
    return { quotes, quoteWording: quoteWordingDiscrepancies(quotes, matches, described) };
  },
});
