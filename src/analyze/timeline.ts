import type { ArticleDoc, Sentence } from '../model/article.js';
import { analysedSentences, annotationsOf } from '../model/article.js';
import type { DateMention } from '../model/annotation.js';
import type { TimelineEntry } from '../model/dossier.js';
import { spanContains } from '../model/span.js';
import { storyStep } from './story-step.js';
import { themeKey } from './claim-frame.js';

/** Entries on one day merge when their texts share this many content words (people, places, events). */
export const MIN_SHARED_WORDS = 2;

// "issued before Trump met Zelensky on Friday": the date belongs to the event after "before".
const ANCHOR = /\b(?:before|after|prior to|following|ahead of|since|until)\s+/gi;

/** The event a date belongs to: the phrase after a temporal anchor, else the claim holding the date, else the sentence. */
function eventText(doc: ArticleDoc, s: Sentence, d: DateMention): { start: number; end: number } {
  const before = doc.text.slice(s.start, d.start);
  let anchor = -1;
  for (const m of before.matchAll(ANCHOR)) anchor = s.start + m.index! + m[0].length;
  if (anchor >= 0) return { start: anchor, end: d.end };
  const claims = annotationsOf(doc, 'claim').filter((c) => spanContains(c, d)).sort((a, b) => a.end - a.start - (b.end - b.start));
  return claims[0] ?? s;
}

function keys(text: string): Set<string> {
  return new Set((text.match(/\p{L}[\p{L}-]*/gu) ?? []).map(themeKey).filter((k): k is string => k !== null));
}

interface Draft {
  entry: TimelineEntry;
  keys: Set<string>;
}

/** Story step `timeline`: dated events (relative dates resolved by the `dates` step), merged across articles, sorted. */
export const timelineStoryStep = storyStep({
  name: 'timeline',
  needs: [],
  provides: ['timeline'],
  run({ docs }) {
    const drafts: Draft[] = [];
    for (const doc of docs) {
      const sentences = analysedSentences(doc);
      for (const d of annotationsOf(doc, 'date')) {
        const s = sentences.find((x) => spanContains(x, d));
        if (!s) continue;
        const span = eventText(doc, s, d);
        const text = doc.text.slice(span.start, span.end).replace(/[\s,;:.]+$/, '');
        const k = keys(text);
        const evidence = { article: doc.id, text: doc.text.slice(s.start, s.end), start: s.start, end: s.end };
        const same = drafts.find((x) => x.entry.date === d.value && [...k].filter((w) => x.keys.has(w)).length >= MIN_SHARED_WORDS);
        if (same) {
          if (!same.entry.articles.includes(doc.id)) same.entry.articles.push(doc.id);
          if (!same.entry.evidence.some((e) => e.article === doc.id && e.start === s.start)) same.entry.evidence.push(evidence);
          for (const w of k) same.keys.add(w);
        } else drafts.push({ entry: { date: d.value, text: text.charAt(0).toUpperCase() + text.slice(1), articles: [doc.id], evidence: [evidence] }, keys: k });
      }
    }
    return { timeline: drafts.map((x) => x.entry).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.articles.length - a.articles.length)) };
  },
});
