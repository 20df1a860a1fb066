import type { ArticleDoc, Sentence } from '../../model/article.js';
import { analysedSentences, annotationsOf } from '../../model/article.js';
import type { Claim, DateMention, NumberMention } from '../../model/annotation.js';
import { spanContains, spansOverlap } from '../../model/span.js';
import { eventNounClass, verbClass, verbLemma } from '../../nlp/verb-lexicon.js';
import { groupKey, initialisms, normalKey } from '../entities/entity-keys.js';
import { ownString } from '../../util/own-string.js';

/**
 * A claim normalised for comparison across articles: who (agent keys), what (event class),
 * to what (theme words), with its numbers, dates and polarity.
 */
export interface ClaimFrame {
  doc: ArticleDoc;
  claim: Claim;
  sentence: Sentence;
  /** Surnames, institution keys and event-noun classes ("ev:order") of the subject. */
  agents: Set<string>;
  event: string;
  theme: Set<string>;
  /** Numbers and dates of the clause's own fact (before any relative or subordinate clause). */
  numbers: NumberMention[];
  dates: DateMention[];
  /** Every date in the claim span: a day the other claim gives anywhere in it rules out a date conflict. */
  spanDates: DateMention[];
  negated: boolean;
  /** The sentence carries a speculation, opinion or sweeping cue. */
  hedged: boolean;
  /**
   * The sentence is mostly a quote: it states that its speaker said those words, which the quotes
   * section shows already. It is a claim only when another outlet reports the same statement.
   */
  quoted: boolean;
}

const STOP = new Set(
  ('a an the this that these those its his her their our my your of to in on at for from by with about against over into onto as and or but ' +
    'is are was were be been being has have had will would could may might must should can do does did not no also just now then than ' +
    'it he she they we you i who which whose what when where while after amid during all any some such other more most very only even ' +
    'new one two own said says say told according reportedly including there here so up out off per via around among between within without ' +
    'same many much several last first us u.s').split(' '),
);
// Words that describe a person's office rather than name them; never agent keys.
const ROLE = new Set('president secretary minister foreign defense defence state representative senator senior former deputy chief general gen lt adviser advisor spokesperson spokesman spokeswoman official officials leader director head mr mrs ms dr sir lord'.split(' '));
// "Sunday's crash": a day or month is when, never who.
const TIME_NAME = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const SYNONYM: Record<string, string> = { prior: 'before', ahead: 'before', earlier: 'before', following: 'after', later: 'after', cyberoperations: 'cyber', cyberattacks: 'cyberattack', defence: 'defense', programme: 'program' };

// themeKey depends only on the word and fixed lexicons, and a story keys the same words again and
// again: remember the answers (cleared when large, so a long-running server stays bounded).
const themeKeyCache = new Map<string, string | null>();
const THEME_CACHE_MAX = 100_000;

/** Light lemma for theme comparison: synonyms, event-noun classes, plural -s. */
export function themeKey(word: string): string | null {
  const hit = themeKeyCache.get(word);
  if (hit !== undefined) return hit;
  if (themeKeyCache.size >= THEME_CACHE_MAX) themeKeyCache.clear();
  const k = computeThemeKey(word);
  // kept across stories: own copies, not views into a document's text
  themeKeyCache.set(ownString(word), k === null ? null : ownString(k));
  return k;
}

function computeThemeKey(word: string): string | null {
  const w = word.toLowerCase().replace(/[’']s$/, '').replace(/[^\p{L}\p{N}.-]/gu, '').replace(/\.$/, '');
  if (w.length < 2 || STOP.has(w)) return null;
  if (SYNONYM[w]) return SYNONYM[w]!;
  const ev = eventNounClass(w);
  if (ev) return `ev:${ev}`;
  const verb = verbLemma(w);
  if (verb && /(ed|ing|s)$/.test(w)) return `ev:${verbClass(verb)}`;
  // Names keep their final s ("Dallas", "Texas"); common nouns lose the plural ending.
  if (/^\p{Lu}/u.test(word)) return w;
  return pluralStem(w);
}

/** Singular of a regular plural: "communities" → "community", "speeches" → "speech", "crises" → "crisis". */
function pluralStem(w: string): string {
  if (w.length <= 4 || !/s$/.test(w) || /(ss|us|is)$/.test(w)) return w;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (/(cris|thes|analys|diagnos)es$/.test(w)) return w.slice(0, -2) + 'is';
  return w.slice(0, -1);
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
}

/** Keys of a written name: a person's surname, an organisation's or place's group key. */
function entityKey(type: string, name: string): string {
  const k = normalKey(name);
  return type === 'person' ? k.split(' ').pop()! : groupKey(name);
}

/** Agent keys of a text span: entity keys, else capitalised non-role words; plus the event class of an event-noun head. */
function agentKeys(doc: ArticleDoc, start: number, end: number): Set<string> {
  const out = new Set<string>();
  const span = { start, end };
  for (const e of annotationsOf(doc, 'entity')) {
    if (!spanContains(span, e) || (e.type !== 'person' && e.type !== 'organization')) continue;
    out.add(entityKey(e.type, e.name));
    // "National Security Agency" also meets "NSA": add the initialisms of a multi-word organisation.
    if (e.type === 'organization') for (const i of initialisms(groupKey(e.name))) if (i.length >= 2) out.add(i);
  }
  const text = doc.text.slice(start, end);
  const ws = words(text);
  if (out.size === 0) {
    const caps = ws.filter((w, i) => /^\p{Lu}/u.test(w) && !ROLE.has(w.toLowerCase()) && !(i === 0 && STOP.has(w.toLowerCase())) && !STOP.has(w.toLowerCase().replace(/[’']s$/, '')) && !TIME_NAME.test(w.toLowerCase().replace(/[’']s$/, '')));
    const last = caps.pop();
    if (last) out.add(last.toLowerCase().replace(/[’']s$/, ''));
  }
  // The head noun: the last word before a preposition or the end ("the pause in …" → pause).
  const head = (/^(.*?)(?:\s(?:in|of|on|from|to|by|against|for|with|about|over)\s|$)/i.exec(text)?.[1] ?? text).trim().split(/\s+/).pop() ?? '';
  const ev = eventNounClass(head.replace(/[^\p{L}-]/gu, ''));
  if (ev) out.add(`ev:${ev}`);
  else if (/^\p{Ll}/u.test(head) && out.size === 0) {
    const k = themeKey(head);
    if (k) out.add(k);
  }
  return out;
}

function themeOf(text: string, exclude: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    const k = themeKey(w);
    if (k && !exclude.has(k)) out.add(k);
  }
  return out;
}

const LIGHT = new Set(['come', 'be', 'happen', 'occur', 'take', 'make', 'have']);

// Where a clause stops being about its own event: a comma (apposition, tail), a relative or subordinate clause.
const FACT_BOUNDARY = /,|;|\s[–—]\s|\b(?:which|who|whom|whose|that|as(?!\s+(?:many|much|few|little|well|of|part)\b)|while|when|whereas|because|although|though|after|before|until|since|so that)\b/gi;

/** End of the part of a claim that states its own fact: from after the subject up to the first boundary. */
function factEnd(doc: ArticleDoc, from: number, end: number): number {
  FACT_BOUNDARY.lastIndex = 0;
  const m = FACT_BOUNDARY.exec(doc.text.slice(from, end));
  return m ? from + m.index : end;
}

/** Frame of one claim annotation of `doc`. */
export function claimFrame(doc: ArticleDoc, claim: Claim, sentence: Sentence): ClaimFrame {
  const subjEnd = claim.subject ? doc.text.indexOf(claim.subject, claim.start) + claim.subject.length : claim.start;
  let agents = agentKeys(doc, claim.start, subjEnd);
  const pred = claim.predicate ?? '';
  let event = verbClass(pred);
  const object = claim.object ?? '';
  const objStart = claim.object ? doc.text.lastIndexOf(claim.object, claim.end) : claim.end;
  const subjectEvent = [...agents].find((k) => k.startsWith('ev:'));
  // "X ordered Y to stop Z" / "X directed a cessation of Z" ≈ "X stopped Z": the ordered event is the event.
  // "X is slated / scheduled / set / expected to meet Y" is about the meeting: the event is "meet".
  const scheduled = /^(slate|schedule|set|expect|due)$/.test(pred) ? /^to\s+(\p{Ll}+)/u.exec(object) : null;
  if (scheduled) event = verbClass(verbLemma(scheduled[1]!) ?? scheduled[1]!);
  else if (event === 'order') {
    const m = /\bto\s+(\p{L}+(?:\s(?:down|off)\b)?)/u.exec(object);
    const inner = m ? verbLemma(m[1]!.split(' ')[0]!) : null;
    const nounEv = words(object).slice(0, 4).map((w) => eventNounClass(w)).find((c) => c !== null);
    if (inner) event = verbClass(m![1]!.includes(' ') ? `${inner} ${m![1]!.split(' ')[1]}` : inner);
    else if (nounEv) event = nounEv;
  } else if (subjectEvent && LIGHT.has(event)) {
    // "The pause … came from X": the event noun is the event, X (after "from"/"by") the agent.
    const from = /^(?:from|by)\s/i.test(object);
    if (from && event === 'come') {
      event = subjectEvent.slice(3);
      agents = new Set([...agentKeys(doc, objStart, claim.end)].filter((k) => !k.startsWith('ev:')));
    }
  }
  const exclude = new Set([...agents, `ev:${event}`]);
  const theme = themeOf(`${subjectEvent && event !== subjectEvent.slice(3) ? '' : doc.text.slice(claim.start, subjEnd)} ${object}`, exclude);
  // Only numbers and dates of the fact itself: "began a strike on Wednesday, which …" keeps Wednesday, not the relative clause's day.
  const fact = { start: claim.start, end: factEnd(doc, subjEnd, claim.end) };
  const inClaim = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => spansOverlap(fact, x));
  const hedged = annotationsOf(doc, 'hedge').some((h) => spanContains(sentence, h) && h.category !== 'hedge');
  return { doc, claim, sentence, agents, event, theme, numbers: inClaim(annotationsOf(doc, 'number')), dates: inClaim(annotationsOf(doc, 'date')), spanDates: annotationsOf(doc, 'date').filter((d) => spansOverlap(claim, d)), negated: claim.negated, hedged, quoted: false };
}

// Messages of the claims step for sentences that state no checkable fact (src/nlp/claim-checkable.ts).
const NOT_CHECKABLE = new Set(['claim-filler', 'claim-opinion']);
// A sentence of fewer content words is a fragment (a split number, a byline), not a statement.
const MIN_SENTENCE_WORDS = 5;
// A quote this short ("a tragedy") is a phrase the outlets may share by chance, not one statement.
const MIN_QUOTE_WORDS = 5;
// The words of a page's time stamp ("Updated: November 11, 2011 20:09 IST", "SATURDAY, SEPTEMBER 14,
// 2013, 9:29 PM"): a line made of nothing else records when the page changed, not what happened.
const STAMP_WORD =
  /^(?:updated|published|posted|modified|last|on|at|and|by|(?:\d+)?(?:a\.?m|p\.?m)\.?|utc|ist|gmt|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/i;

/** Is a sentence only a time stamp: dates, clock times and the words that introduce them? */
export function isTimeStamp(text: string): boolean {
  const ws = text.split(/[\s,:;|()/.-]+/).filter((w) => w !== '' && !/^\d+$/.test(w));
  // Time zones in capitals: EST, EDT, PST, CEST.
  return ws.length > 0 && ws.every((w) => STAMP_WORD.test(w) || /^[A-Z]{1,3}T$/.test(w));
}

/**
 * Frames of all claims of a document, each with its sentence. An analysed sentence that gives no
 * clause but states something checkable (a headline, a construction the clause rules miss) is one
 * claim of its own, so another outlet's report of it can corroborate it;
 * questions, mostly quoted sentences, sentences with a speculation or opinion cue and
 * those the claims step judged filler or opinion stay out.
 */
export function docFrames(doc: ArticleDoc): ClaimFrame[] {
  const out: ClaimFrame[] = [];
  const claims = annotationsOf(doc, 'claim');
  for (const c of claims) {
    const s = doc.sentences.find((x) => spanContains(x, c));
    if (s) out.push(claimFrame(doc, c, s));
  }
  const flagged = doc.messages.filter((m) => NOT_CHECKABLE.has(m.ruleId));
  const quotes = annotationsOf(doc, 'quote');
  // Quoted words are a statement of their speaker's: a frame marked `quoted`, which the alignment
  // pairs only with another outlet's report of the same words (align/shared-quote.ts).
  const mostlyQuoted = (s: Sentence) => quotes.reduce((n, q) => n + Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start)), 0) > (s.end - s.start) / 2;
  const quotedFrame = (s: Sentence): ClaimFrame => ({ ...claimFrame(doc, { kind: 'claim', start: s.start, end: s.end, subject: null, predicate: null, object: null, negated: false }, s), quoted: true });
  for (const s of analysedSentences(doc)) {
    if (flagged.some((m) => spansOverlap(m, s))) continue;
    const own = claims.filter((c) => spansOverlap(c, s));
    if (own.length > 0) {
      // "Producers said in a statement: '…'": the clause rules took the framing, not the quote.
      const statement = quotes.some((q) => spansOverlap(q, s) && !own.some((c) => spansOverlap(c, q)) && words(q.text).length >= MIN_QUOTE_WORDS);
      if (statement) out.push(quotedFrame(s));
      continue;
    }
    const text = doc.text.slice(s.start, s.end).trim();
    if (mostlyQuoted(s)) {
      out.push(quotedFrame(s));
      continue;
    }
    if (/\?["”’)]*$/.test(text) || isTimeStamp(text) || words(text).filter((w) => !STOP.has(w.toLowerCase())).length < MIN_SENTENCE_WORDS) continue;
    const negated = /\b(?:not|never|no longer)\b|n['’]t\b/i.test(text);
    const frame = claimFrame(doc, { kind: 'claim', start: s.start, end: s.end, subject: null, predicate: null, object: null, negated }, s);
    // A sentence with a speculation or opinion cue that gave no clause was left out on purpose
    // ("It's posited that …"): only plain statements are taken whole.
    if (!frame.hedged) out.push(frame);
  }
  return out.sort((a, b) => (a.doc === b.doc ? a.claim.start - b.claim.start : 0));
}
