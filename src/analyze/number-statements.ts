import type { ArticleDoc, Sentence } from '../model/article.js';
import { analysedSentences, annotationsOf } from '../model/article.js';
import type { NumberMention } from '../model/annotation.js';
import { spanContains } from '../model/span.js';
import { eventNounClass, guessLemma, verbClass, verbLemma } from '../nlp/verb-lexicon.js';
import { LIGHT_EVENTS } from './claims/claim-features.js';
import { themeKey } from './claims/claim-frame.js';
import { quantityOf, sameQuantity, type Quantity } from './quantities.js';
import { differentDays, sameOutletUpdate } from './later-report.js';

/**
 * A count stated in an article with what it counts and what happened: "about 2,100 residents …
 * were evacuated" = (resident, evacuate). Two articles stating the same (unit, event) about the same
 * named thing with different values disagree, even when their clauses are worded too differently to align.
 */
export interface NumberStatement {
  doc: ArticleDoc;
  sentence: Sentence;
  number: NumberMention;
  quantity: Quantity;
  /** Event classes of the clause holding the number (verbs and event nouns), without light or speech verbs. */
  events: Set<string>;
  /** Capitalised words and entity keys of the sentence: what the count is about. */
  names: Set<string>;
  /** Content keys of the sentence. */
  keys: Set<string>;
  /** Days the sentence names (YYYY-MM-DD): when the counted thing happened. */
  days: Set<string>;
}

// Events that say nothing about what was counted: speech, being, having, continuing.
const NOT_AN_EVENT = new Set([...LIGHT_EVENTS, 'say', 'claim', 'warn', 'become', 'live', 'see', 'show', 'expect', 'ask', 'finish', 'start']);
// "forced to leave their homes" is an evacuation, whatever the verb before it.
const LEFT_HOMES = /\b(?:leave|leaving|left|flee|fleeing|fled|abandon(?:ed|ing)?)\s+(?:their|his|her|its|the)\s+homes?\b/i;

const VAGUE_WORD = /^(?:dozens|scores|hundreds|thousands|millions|billions)$/i;

function eventsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.match(/\p{Ll}[\p{Ll}-]*/gu) ?? []) {
    const lemma = verbLemma(w) ?? (/ed$/.test(w) && w.length > 4 ? guessLemma(w) : null);
    const c = lemma ? verbClass(lemma) : eventNounClass(w);
    if (c && !NOT_AN_EVENT.has(c)) out.add(c);
  }
  if (LEFT_HOMES.test(text)) out.add('evacuate');
  return out;
}

/** The clause a number belongs to: the smallest claim holding it, else its sentence. */
function clauseOf(doc: ArticleDoc, s: Sentence, n: NumberMention): { start: number; end: number } {
  const claims = annotationsOf(doc, 'claim').filter((c) => spanContains(c, n)).sort((a, b) => a.end - a.start - (b.end - b.start));
  return claims[0] ?? s;
}

function namesOf(doc: ArticleDoc, s: Sentence): Set<string> {
  const words = doc.text.slice(s.start, s.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // The sentence's first word is capitalised anyway; later capitalised words are names.
  const out = new Set(words.slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, '')));
  // A name opening the sentence ("Lindqvist said …") is known from the entities step.
  for (const e of annotationsOf(doc, 'entity')) if (spanContains(s, e)) for (const w of e.name.split(/\s+/)) out.add(w.toLowerCase());
  return out;
}

/** Sentences carrying speculation or opinion state no count as fact. */
function speculative(doc: ArticleDoc, s: Sentence): boolean {
  return annotationsOf(doc, 'hedge').some((h) => spanContains(s, h) && (h.category === 'speculation' || h.category === 'opinion' || h.category === 'sweeping'));
}

/** Counts of one article with a unit and at least one event. */
export function numberStatements(doc: ArticleDoc): NumberStatement[] {
  const out: NumberStatement[] = [];
  const sentences = analysedSentences(doc);
  for (const n of annotationsOf(doc, 'number')) {
    const quantity = quantityOf(doc, n);
    const sentence = sentences.find((s) => spanContains(s, n));
    // "hundreds", "thousands": an order of magnitude, never a figure to contradict.
    if (!quantity || !sentence || VAGUE_WORD.test(doc.text.slice(n.start, n.end)) || speculative(doc, sentence)) continue;
    const clause = clauseOf(doc, sentence, n);
    const events = eventsOf(doc.text.slice(clause.start, clause.end));
    if (events.size === 0) continue;
    const keys = new Set((doc.text.slice(sentence.start, sentence.end).match(/\p{L}[\p{L}'’-]*/gu) ?? []).map(themeKey).filter((k): k is string => k !== null && !k.startsWith('ev:')));
    const days = new Set(annotationsOf(doc, 'date').filter((d) => spanContains(sentence, d)).map((d) => d.value));
    out.push({ doc, sentence, number: n, quantity, events, names: namesOf(doc, sentence), keys, days });
  }
  return out;
}

/** Minimum content keys two sentences share (besides the counted noun) to be about the same thing. */
export const MIN_SHARED_KEYS = 2;

function shares<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * Do two statements from different articles count the same thing differently? Same unit, a shared
 * event, a shared name and two shared content words, no two different days named and not one
 * outlet's later update; different values (beyond the estimate tolerance);
 * and neither article also gives the other's value for that unit (then it is an update, not a conflict).
 */
const SPAN = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|century|centuries)';
const TIME_UNIT = new RegExp(`^${SPAN}$`, 'i');

/**
 * What a span of time measures, from how it is written: "a 17-year war" (the war's length) is not
 * "the first in 40 years" (time since) nor "40 years ago" (a date): the noun after a hyphenated
 * span, else the preposition before it, else the word after it.
 */
export function timeFrame(s: NumberStatement): string {
  const tail = s.doc.text.slice(s.number.start, s.sentence.end);
  const before = s.doc.text.slice(s.sentence.start, s.number.start);
  const compound = new RegExp(`^[\\p{N}\\p{L},.]*\\s*[-‐]\\s*${SPAN}(?:[-‐]old)?\\s+(\\p{L}+)`, 'iu').exec(tail);
  if (compound) return `of ${compound[1]!.toLowerCase()}`;
  const prep = /\b(for|in|after|since|within|over|than)\s+(?:(?:the\s+)?(?:past|last|next|nearly|almost|about|more than)\s+)*$/i.exec(before);
  if (prep) return prep[1]!.toLowerCase();
  const next = new RegExp(`^[\\p{N}\\p{L},.\\s]*?\\b${SPAN}\\s+(ago|old|later|earlier)\\b`, 'iu').exec(tail);
  return next ? next[1]!.toLowerCase() : '';
}

/** What a share is of: "73 percent of 223 votes" → "votes", "55 percent of the remaining delegates" → "remaining"; "" when not written. */
export function shareOf(s: Pick<NumberStatement, 'doc' | 'number' | 'sentence'>): string {
  const after = s.doc.text.slice(s.number.end, s.sentence.end);
  const m = /^\s*(?:%|percent|per\s?cent)?\s+of\s+(?:the|all|its|their|his|her|[\d,.]+)?\s*(\p{L}+)/iu.exec(after);
  return m ? m[1]!.toLowerCase() : '';
}

export function statementsConflict(a: NumberStatement, b: NumberStatement, all: readonly NumberStatement[]): boolean {
  if (a.doc === b.doc || a.quantity.unit !== b.quantity.unit || sameQuantity(a.quantity, b.quantity)) return false;
  // Counts of different days, or an outlet's later update of its own figure, measure different things.
  if (differentDays(a.days, b.days) || sameOutletUpdate(a.doc, b.doc)) return false;
  // Spans of time measure different things when written differently ("17-year war" / "in 40 years").
  if (TIME_UNIT.test(a.number.unit ?? '') && timeFrame(a) !== timeFrame(b)) return false;
  // Shares of different wholes ("of the vote" / "of eligible voters") are different quantities.
  if (a.quantity.unit === 'percent' && shareOf(a) !== shareOf(b)) return false;
  if (shares(a.events, b.events) === 0 || shares(a.names, b.names) === 0) return false;
  const unitKey = a.quantity.unit;
  const keysA = new Set([...a.keys].filter((k) => k !== unitKey && !/^\d/.test(k)));
  const keysB = new Set([...b.keys].filter((k) => k !== unitKey && !/^\d/.test(k)));
  if (shares(keysA, keysB) < MIN_SHARED_KEYS) return false;
  const states = (doc: ArticleDoc, q: Quantity) => all.some((s) => s.doc === doc && sameQuantity(s.quantity, q));
  return !states(a.doc, b.quantity) && !states(b.doc, a.quantity);
}
