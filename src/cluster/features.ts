import { STOPWORDS } from './stopwords.js';
import { NUMBER_MARK, textTerms, YEAR_MARK } from './terms.js';
import type { ClusterItem } from './types.js';

/**
 * Raw feature counts of one article, before weighting. Keys carry their channel so that one
 * sparse vector holds everything: plain key = stemmed word, `n:` = a word of a name, `e:` = a
 * whole multi-word name, `d:` = a calendar date mentioned in the text, `y:` = a year, `x:` = another number (a
 * toll, an age, a magnitude: they differ between look-alike events).
 */
export type Counts = Map<string, number>;

/**
 * Weights inside the TF-IDF vector. Names are not up-weighted here: they get their own
 * cosine and an equal share of the similarity (similarity.ts), which worked better on ECB+ than
 * doubling their weight in one vector (0.878 vs 0.873 BCubed F1). Years and dates count double inside that names part.
 */
export const CHANNEL_WEIGHT = { word: 1, nameWord: 1, name: 1, date: 2 } as const;

export function channelWeight(key: string): number {
  if (key.length > 2 && key[1] === ':') {
    switch (key[0]) {
      case 'n':
        return CHANNEL_WEIGHT.nameWord;
      case 'e':
        return CHANNEL_WEIGHT.name;
      case 'd':
      case 'y':
        return CHANNEL_WEIGHT.date;
    }
  }
  return CHANNEL_WEIGHT.word;
}

function bump(counts: Counts, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

function addName(counts: Counts, name: string, by: number): void {
  if (name.startsWith(YEAR_MARK)) {
    bump(counts, 'y:' + name.slice(1), by);
    return;
  }
  if (name.startsWith(NUMBER_MARK)) {
    bump(counts, 'x:' + name.slice(1), by);
    return;
  }
  addNameParts(counts, name.split(' '), by);
}

/** A NER mention as written ("Mark Felt's"): lowercased and cleaned like the clusterer's own names. */
function addMention(counts: Counts, mention: string): void {
  addNameParts(counts, mention.toLowerCase().split(/\s+/).map((p) => p.replace(/[’']s$/, '').replace(/\.$/, '')), 1);
}

function addNameParts(counts: Counts, parts: readonly string[], by: number): void {
  const kept = parts.filter((p) => p.length > 1 && !STOPWORDS.has(p));
  for (const p of kept) bump(counts, 'n:' + p, by);
  if (kept.length > 1) bump(counts, 'e:' + kept.join(' '), by);
}

/**
 * The opening of the text (about two sentences) states who did what where; it counts
 * LEAD_EXTRA more times. Measured on ECB+ over 5 stream orders: mean BCubed F1 +0.016 with
 * 400 characters counted twice more (0.875 → 0.891); 250 or 600 characters, or once more, gained less.
 */
export const LEAD_CHARS = 400;
export const LEAD_EXTRA = 2;

/** The first `max` characters of a text, cut at a whitespace so no word is split. */
export function leadOf(text: string, max = LEAD_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > 0 ? cut : max);
}

function addTerms(counts: Counts, text: string, by: number, leadEnd: number): void {
  const t = textTerms(text, leadEnd);
  for (let i = 0; i < t.words.length; i++) bump(counts, t.words[i]!, i < t.leadWords ? by + LEAD_EXTRA : by);
  for (let i = 0; i < t.names.length; i++) addName(counts, t.names[i]!, i < t.leadNames ? by + LEAD_EXTRA : by);
}

/** Count every feature of the article. The title counts twice and the lead three times: they state the event. */
export function countFeatures(item: Pick<ClusterItem, 'title' | 'text' | 'entities' | 'dates'>): Counts {
  const counts: Counts = new Map();
  if (item.title) addTerms(counts, item.title, 2, 0);
  addTerms(counts, item.text, 1, leadOf(item.text).length);
  // NER mentions, when present, add to the derived names: a name both found is surer.
  for (const e of item.entities) addMention(counts, e.name);
  for (const d of item.dates) bump(counts, 'd:' + d.slice(0, 10));
  return counts;
}

/** Names and dates (the instance of an event) as opposed to topic words (the kind of event). */
export function isNameKey(key: string): boolean {
  return key.length > 2 && key[1] === ':';
}
