import type { Quote } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import { message, type ArticleDoc } from '../../model/article.js';
import type { Relation } from '../attribution/attribution-relations.js';
import { attributionRelations } from '../relations.js';
import { personMentions, type PersonMention } from '../person-names.js';
import { namedAfterClose, namedAtSentenceEnd } from '../named-after-quote.js';
import { documentPassages, trimQuoted, type QuotedPassage } from './quote-marks.js';
import { sourceResolver, type ResolvedSource } from '../attribution/speaker-resolution.js';

/** Quoted fragments this short are titles or scare quotes unless a speech cue stands right next to them. */
export const SHORT_QUOTE_WORDS = 4;
/** How near (characters) a cue must be to a short fragment: "called the move “…”", "“…,” he said". */
const CUE_NEAR_BEFORE = 40;
const CUE_NEAR_AFTER = 30;

/**
 * A content that starts in the reporter's own words and crosses a sentence end before running
 * into the quote ("Democratic sources said [Clinton could retain Lynch. “That's like a bribe”]"):
 * the tagger let an indirect report spill over; the quote belongs to its own cue or to the
 * quote before it, not to that source.
 */
export function spillsInto(text: string, content: Span, p: QuotedPassage): boolean {
  return content.start < p.outer.start && /[.!?]["”'’)]?\s/u.test(text.slice(content.start, p.outer.start));
}

/** The relation whose content holds the passage, the tightest one first; `spilled` picks among the contents that spill into it. */
function relationFor(text: string, p: QuotedPassage, relations: readonly Relation[], spilled = false): Relation | null {
  let best: Relation | null = null;
  for (const r of relations) {
    const c = r.content;
    if (!c || !(c.start < p.outer.end && p.outer.start < c.end) || spillsInto(text, c, p) !== spilled) continue;
    if (!best || c.end - c.start < best.content!.end - best.content!.start) best = r;
  }
  return best;
}

export const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** Only marks of a join between a quote and its attribution: "“…,” Trump said", "said Sanders, “…”". */
const JOIN = /^[^\S\n]*(?:[,:—–-][^\S\n]*)?$/u;
/** How far (characters) a listener or adverbial may stand between a cue and the quote it opens ("told reporters on Monday, “…”"). */
const LEAD_IN = 40;

/**
 * A relation with a source written right after the passage ("“…,” Trump said of Apple") or
 * right before it ("Trump said, “…”", "telling the crowd, “…”"), when no relation's content
 * holds the passage: the tagger linked that cue to other words, but by the news convention the
 * quote is the words of the source next to it. The nearest one wins.
 */
function adjacentRelation(text: string, p: QuotedPassage, relations: readonly Relation[]): Relation | null {
  let best: Relation | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const r of relations) {
    if (!r.source) continue;
    const first = Math.min(r.source.start, r.cue.start);
    const last = Math.max(r.source.end, r.cue.end);
    let gap = Number.POSITIVE_INFINITY;
    if (first >= p.outer.end && JOIN.test(text.slice(p.outer.end, first))) gap = first - p.outer.end;
    else if (last <= p.outer.start && p.outer.start - last <= LEAD_IN) {
      const between = text.slice(last, p.outer.start);
      if (JOIN.test(between) || (/[,:][^\S\n]*$/u.test(between) && !/[.!?;\n]/u.test(between))) gap = between.length;
    }
    if (gap < bestGap) [best, bestGap] = [r, gap];
  }
  return best;
}

/** A person named right after the passage's close and followed by a verb: "“…” Trump went on". */
function personAfter(text: string, p: QuotedPassage, persons: readonly PersonMention[]): PersonMention | null {
  for (const m of persons) {
    if (m.start < p.outer.end || !JOIN.test(text.slice(p.outer.end, m.start))) continue;
    return /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)) ? m : null;
  }
  return null;
}

const possessive = (text: string, m: Span) => /^['’]/u.test(text.slice(m.end, m.end + 1));

/** A person next to a cue that has no source: "replied Sanders", "Hillary shot back, “…”". */
function personAtCue(text: string, cue: Span, persons: readonly PersonMention[], side: 'before' | 'either' = 'either'): PersonMention | null {
  for (const m of persons) {
    if (possessive(text, m)) continue;
    if (side === 'either' && m.start >= cue.end && /^[^\S\n]+$/u.test(text.slice(cue.end, m.start))) return m;
    // "Hillary shot back", "Mr. Guerrero, who is an actor, said of": an adverb or a comma-closed appositive may stand between
    if (m.end <= cue.start && /^(?:,[^,\n]{1,80},)?[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?$/u.test(text.slice(m.end, cue.start))) return m;
  }
  return null;
}

/** The person a sentence opens with (titles allowed), not a possessive: its subject. */
function sentenceSubject(doc: ArticleDoc, sentence: Span, persons: readonly PersonMention[], leadIn = false): PersonMention | null {
  const m = persons.find((x) => x.start >= sentence.start && x.end <= sentence.end);
  const opening = leadIn ? LEAD_IN_SUBJECT : SUBJECT;
  if (!m || !opening.test(doc.text.slice(sentence.start, m.start))) return null;
  return possessive(doc.text, m) ? null : m;
}

/** Only titles before the subject ("Sen. Cruz"), or, with `leadIn`, a short adverbial first ("If anything, Ash argued"). */
const SUBJECT = /^(?:[\p{Lu}][\p{L}.-]*[^\S\n]+){0,4}$/u;
const LEAD_IN_SUBJECT = /^(?:[^,;“”"\n]{1,30},[^\S\n]+)?(?:[\p{Lu}][\p{L}.-]*[^\S\n]+){0,4}$/u;

/**
 * The subject of the last sentence of the paragraph before: a quote-only paragraph after
 * "Cruz called them on it:" or "Viguerie is upbeat about Cruz's chances." is that person's.
 */
function previousSubject(doc: ArticleDoc, block: number, persons: readonly PersonMention[]): PersonMention | null {
  const prev = doc.blocks[block - 1];
  if (!prev || prev.kind !== 'paragraph') return null;
  const last = doc.sentences.filter((s) => s.start >= prev.start && s.end <= prev.end).pop();
  return last ? sentenceSubject(doc, last, persons, true) : null;
}

function isNear(p: QuotedPassage, r: Relation): boolean {
  const before = p.outer.start - r.cue.end;
  const after = r.cue.start - p.outer.end;
  return (before >= 0 && before <= CUE_NEAR_BEFORE) || (after >= 0 && after <= CUE_NEAR_AFTER);
}

/**
 * Document step: direct quotes with speaker, description and cue. Speakers come from the
 * attribution relation whose content holds the quote; pronouns and "the same official" are
 * resolved to the nearest earlier person or description (see speaker-resolution.ts).
 */
export function annotateQuotes(doc: ArticleDoc): void {
  const relations = attributionRelations(doc);
  const resolve = sourceResolver(doc);
  const blockOf = (pos: number) => doc.blocks.findIndex((b) => b.start <= pos && pos < b.end);
  const persons = personMentions(doc);
  let previous = null as { quote: Quote; block: number } | null;
  for (const p of documentPassages(doc)) {
    const span = trimQuoted(doc.text, p.inner);
    const text = doc.text.slice(span.start, span.end);
    if (wordCount(text) === 0) continue;
    // a content that holds the quote, then a source next to it, then a content spilling over from an
    // earlier sentence, unless a quote before it in the paragraph has a speaker to continue
    const block = blockOf(p.outer.start);
    const carried = previous?.quote.speaker || previous?.quote.speakerDescription ? previous : null;
    let rel = relationFor(doc.text, p, relations);
    const spilled = relationFor(doc.text, p, relations, true);
    if (!rel?.source) rel = adjacentRelation(doc.text, p, relations) ?? rel ?? (carried?.block === block ? null : spilled);
    // the cue of a spilled content still marks a short fragment as spoken ("“…,” Teller said, as … “Then we stopped.”")
    const cueRelation = rel ?? spilled;
    let who: ResolvedSource | null = rel?.source ? resolve(rel.source) : null;
    let speakerSpan: Span | null = rel?.source ?? null;
    // "said of Mr. Trump": a name after "of" is whom the words are about; the speaker stands before the cue
    if (rel?.source && rel.source.start >= rel.cue.start && /\bof\s*$/u.test(doc.text.slice(rel.cue.start, rel.source.start))) {
      const before = personAtCue(doc.text, { start: rel.cue.start, end: rel.cue.start }, persons, 'before');
      [who, speakerSpan] = before ? [resolve(before), before] : [null, null];
    }
    // "“…,” Jeb Bush, the former Florida governor, told CNN": the name after the quote and before its cue is the speaker
    const closing = doc.sentences.find((x) => x.start < p.outer.end && p.outer.end <= x.end);
    const after =
      namedAfterClose(doc.text, p, persons) ??
      (closing ? namedAtSentenceEnd(doc.text, p, closing.end, persons) : null) ??
      (rel?.source ? null : (rel && personAtCue(doc.text, rel.cue, persons)) || personAfter(doc.text, p, persons));
    if (after) [who, speakerSpan] = [resolve(after), after];
    const opens = block >= 0 && doc.blocks[block]!.start === p.outer.start;
    if (!rel?.source && !after) {
      // News convention: a paragraph that opens with a quote continues the quote of the paragraph
      // before, and a later quote of the same paragraph with no cue of its own continues its speaker;
      // with no quote before, a quote-only paragraph is the words of the person the paragraph before ends on.
      // In the same paragraph, another person named between the quotes is the new speaker
      // ("“…?” Kelly asked. Trump laughed it off, interjecting, “…”"): the interviewer is not the interviewee.
      const sentence = doc.sentences.find((x) => x.start <= p.outer.start && p.outer.start < x.end);
      const subject = sentence && carried?.block === block && !opens ? sentenceSubject(doc, { start: sentence.start, end: p.outer.start }, persons) : null;
      if (subject && resolve(subject)?.name !== carried?.quote.speaker) [who, speakerSpan] = [resolve(subject), subject];
      else if (carried && ((opens && carried.block === block - 1) || carried.block === block)) {
        who = { kind: carried.quote.speaker ? 'person' : 'anonymous', name: carried.quote.speaker, description: carried.quote.speakerDescription };
      } else if (opens && carried?.block !== block - 1) {
        const subject = previousSubject(doc, block, persons);
        if (subject) [who, speakerSpan] = [resolve(subject), subject];
      } else if (!who && sentence && sentence.start < p.outer.start) {
        // a quote inside a sentence that opens with a person and has no attributed source is theirs:
        // "Ted Nordhaus, co-founder of …, welcomed “…”", "Kasich boasted to reporters of his organization - “…”"
        const opener = sentenceSubject(doc, { start: sentence.start, end: p.outer.start }, persons, true);
        if (opener) [who, speakerSpan] = [resolve(opener), opener];
      }
    }
    // a publication is a source, not a speaker: its words are the article it published ("Time wrote")
    if (who?.kind === 'outlet') who = { kind: 'outlet', name: null, description: who.name ?? who.description };
    if (wordCount(text) <= SHORT_QUOTE_WORDS) {
      const personLike = who !== null && (who.kind === 'person' || who.kind === 'anonymous');
      if (!cueRelation || cueRelation.strength !== 'speech' || !personLike || !isNear(p, cueRelation)) continue;
    }
    const quote: Quote = {
      kind: 'quote',
      start: span.start,
      end: span.end,
      text,
      speaker: who?.name ?? null,
      speakerDescription: who && who.name === null ? who.description : null,
      cue: cueRelation ? doc.text.slice(cueRelation.cue.start, cueRelation.cue.end) : null,
      speakerSpan,
    };
    doc.annotations.push(quote);
    previous = { quote, block };
    if (quote.speaker === null && quote.speakerDescription === null) {
      message(doc, span, 'quote-no-speaker', 'quote has no identifiable speaker or description');
    }
  }
}

export const quotesStep = { name: 'quotes', run: annotateQuotes } as const;
