import type { ArticleDoc, Sentence } from '../../model/article.js';
import { analysedSentences, annotationsOf } from '../../model/article.js';
import type { DateMention } from '../../model/annotation.js';
import type { TimelineEntry } from '../../model/dossier.js';
import { spanContains } from '../../model/span.js';
import { themeKey } from '../claims/claim-frame.js';
import { announcesFuture } from './announced.js';
import { backgroundReason } from './background.js';

/** Entries on one day merge when their texts share this many content words (people, places, events). */
export const MIN_SHARED_WORDS = 2;

// "issued before Trump met Zelensky on Friday": the date belongs to the event after "before".
const ANCHOR = /\b(?:before|after|prior to|following|ahead of|since|until)\s+/gi;

/** The event a date belongs to: the phrase after a temporal anchor, else the claim holding the date, else the sentence. */
function eventText(doc: ArticleDoc, s: Sentence, d: DateMention): { start: number; end: number } {
  const before = doc.text.slice(s.start, d.start);
  let anchor = -1;
  for (const m of before.matchAll(ANCHOR)) anchor = s.start + m.index + m[0].length;
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

const day = (published: string | null): string | null => (published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null);

/**
 * Where a date mention stands against publication: 'past' (on or before its article's day, or
 * the article is undated), 'announced' (after it, in a clause that states the future), or 'drop'
 * (after the story's latest article without saying it is ahead: a misread date, not an event).
 */
export function datePlacement(value: string, sentence: string, start: number, end: number, published: string | null, latest: string | null): 'past' | 'announced' | 'drop' {
  const own = day(published);
  const afterOwn = own !== null && value > own;
  const afterLatest = latest !== null && value > latest;
  if (!afterOwn && !afterLatest) return 'past';
  if (announcesFuture(sentence, start, end)) return 'announced';
  return afterLatest ? 'drop' : 'past';
}

/**
 * The story's timeline: dated events (relative dates resolved by the `dates` step), merged across
 * articles on one day when their texts share words, sorted by date. Nothing lands after the
 * story's latest article unless the article announces it as ahead (`announced: true`), and
 * nothing that is background: named past events and dates a month before the story (background.ts).
 */
export function buildTimeline(docs: readonly ArticleDoc[]): TimelineEntry[] {
  const days = docs.map((d) => day(d.published)).filter((p): p is string => p !== null).sort();
  const latest = days.at(-1) ?? null;
  const first = days[0] ?? null;
  const drafts: Draft[] = [];
  for (const doc of docs) {
    const sentences = analysedSentences(doc);
    for (const d of annotationsOf(doc, 'date')) {
      const s = sentences.find((x) => spanContains(x, d));
      if (!s) continue;
      const sentenceText = doc.text.slice(s.start, s.end);
      const placement = datePlacement(d.value, sentenceText, d.start - s.start, d.end - s.start, doc.published, latest);
      // Misread dates after the story, and dates of past events named for context, are not its events.
      if (placement === 'drop' || backgroundReason(doc, d, first) !== null) continue;
      const span = eventText(doc, s, d);
      const text = doc.text.slice(span.start, span.end).replace(/[\s,;:.]+$/, '');
      const k = keys(text);
      const evidence = { article: doc.id, text: sentenceText, start: s.start, end: s.end };
      const same = drafts.find((x) => x.entry.date === d.value && [...k].filter((w) => x.keys.has(w)).length >= MIN_SHARED_WORDS);
      if (same) {
        if (!same.entry.articles.includes(doc.id)) same.entry.articles.push(doc.id);
        if (!same.entry.evidence.some((e) => e.article === doc.id && e.start === s.start)) same.entry.evidence.push(evidence);
        if (placement === 'announced') same.entry.announced = true;
        for (const w of k) same.keys.add(w);
      } else {
        const entry: TimelineEntry = { date: d.value, text: text.charAt(0).toUpperCase() + text.slice(1), articles: [doc.id], evidence: [evidence] };
        if (placement === 'announced') entry.announced = true;
        drafts.push({ entry, keys: k });
      }
    }
  }
  return drafts.map((x) => x.entry).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.articles.length - a.articles.length));
}
