import { annotationsOf } from '../model/article.js';
import type { StoryEntity, StoryQuote } from '../model/dossier.js';
import { sameQuote, sameWording } from './quote-match.js';
import type { StoryStep } from './story-step.js';

const lastWord = (s: string) => s.split(/\s+/).pop() ?? s;

/** The story's canonical person name for a speaker: by name, alias or surname. */
export function canonicalSpeaker(speaker: string, entities: readonly StoryEntity[]): string {
  const persons = entities.filter((e) => e.type === 'person');
  const lower = speaker.toLowerCase();
  const exact = persons.find((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower));
  if (exact) return exact.name;
  const surname = lastWord(lower);
  const bySurname = persons.filter((e) => lastWord(e.name.toLowerCase()) === surname || e.aliases.some((a) => lastWord(a.toLowerCase()) === surname));
  return bySurname.length === 1 ? bySurname[0]!.name : speaker;
}

/**
 * Story step: every article's quotes with canonical speakers; `alsoIn` lists the other articles
 * carrying the same quote, and differing wordings of one quote become `quote-wording` discrepancies.
 */
export const quotesStoryStep: StoryStep = {
  name: 'quotes',
  run({ docs }, story) {
    const quotes: StoryQuote[] = [];
    for (const doc of docs) {
      for (const q of annotationsOf(doc, 'quote')) {
        quotes.push({
          text: q.text,
          speaker: q.speaker === null ? null : canonicalSpeaker(q.speaker, story.entities),
          speakerDescription: q.speakerDescription,
          cue: q.cue,
          article: doc.id,
          start: q.start,
          end: q.end,
          alsoIn: [],
        });
      }
    }
    const reported = new Set<string>();
    quotes.forEach((q, i) => {
      quotes.forEach((o, j) => {
        if (i === j || o.article === q.article || !sameQuote(q.text, o.text)) return;
        if (!q.alsoIn.includes(o.article)) q.alsoIn.push(o.article);
        const key = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (i < j && !sameWording(q.text, o.text) && !reported.has(key)) {
          reported.add(key);
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
      });
    });
    story.quotes = quotes;
  },
};
