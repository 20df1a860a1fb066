import type { Claim } from '../../model/annotation.js';
import { annotationsOf, type ArticleDoc, type Sentence } from '../../model/article.js';
import { spanContains, spansOverlap, type Span } from '../../model/span.js';
import { wordSet } from '../../nlp/claims/claim-lexicon.js';
import { fullestName, personMentions, type PersonMention } from '../../nlp/person-names.js';
import { documentPassages } from '../../nlp/quotes/quote-marks.js';
import { sourceResolver, type ResolvedSource } from '../../nlp/attribution/speaker-resolution.js';
import { attributedSpan } from '../brief/wording.js';
import { claimFrame } from './claim-frame.js';

/**
 * The text to show for a claim, readable on its own: the claim with its reporting frame ("X said
 * that …", ", X said"), discourse openers stripped ("Moreover,", "As expected,"), the first letter
 * capitalised, and a pronoun or anaphoric subject ("he", "the same official", "the authority")
 * replaced by the person, source or organisation it stands for when the document makes that clear.
 * When the antecedent is uncertain the words stay as written. The claim's span is not changed.
 */
export function standaloneText(doc: ArticleDoc, claim: Claim): string {
  const sentence = doc.sentences.find((s) => spanContains(s, claim));
  return readableSpan(doc, sentence ? framedSpan(doc, claim, sentence) : claim).text;
}

/**
 * Any span (a whole sentence, in the brief) made readable on its own as standaloneText makes a
 * claim; `start` is where the kept words begin in the document (after any stripped opener).
 */
export function readableSpan(doc: ArticleDoc, span: Span): { text: string; start: number } {
  const raw = doc.text.slice(span.start, span.end).trimStart();
  const opened = stripDiscourseOpeners(raw);
  const pos = span.start + (span.end - span.start - raw.length) + (raw.length - opened.length);
  const text = resolveOpening(doc, opened, pos);
  return { text: capitalise(text.replace(/\s+/g, ' ').trim().replace(/[\s,;:.–—-]+$/, '')), start: pos };
}

/** The claim with its reporting lead or tail (brief-wording's rule), but never reaching into another claim. */
function framedSpan(doc: ArticleDoc, claim: Claim, sentence: Sentence): Span {
  const framed = attributedSpan(claimFrame(doc, claim, sentence));
  const others = annotationsOf(doc, 'claim').filter((c) => c !== claim && spanContains(sentence, c));
  const start = others.some((c) => spansOverlap({ start: framed.start, end: claim.start }, c)) ? claim.start : framed.start;
  const end = others.some((c) => spansOverlap({ start: claim.end, end: framed.end }, c)) ? claim.end : framed.end;
  return { start, end };
}

let openers: string[] | null = null;
/** Discourse openers, longest first (src/nlp/lexicon/discourse-openers.txt). */
function discourseOpeners(): string[] {
  openers ??= [...wordSet('discourse-openers.txt')].sort((a, b) => b.length - a.length);
  return openers;
}

/** The discourse opener the text starts with ("Moreover", "As expected", "In addition"), or null. */
export function discourseOpener(text: string): string | null {
  const lower = text.toLowerCase().replace(/’/g, "'");
  for (const o of discourseOpeners()) {
    if (!lower.startsWith(o)) continue;
    const rest = text.slice(o.length);
    // a word of its own: "Still," and "Still the …" but not "Stillwater"; "So far" is no opener
    if (/^,/.test(rest) || (/^\s/.test(rest) && !/^\s+(far|much|many|long|that|to|of)\b/i.test(rest))) return text.slice(0, o.length);
  }
  return null;
}

/** Does the text open with a discourse marker ("Additionally, …", "However …")? */
export function opensWithDiscourseMarker(text: string): boolean {
  return discourseOpener(text.trimStart()) !== null;
}

/** The text without the discourse openers it starts with ("Meanwhile, however, the …" → "the …"). */
export function stripDiscourseOpeners(text: string): string {
  let t = text.trimStart();
  for (let guard = 0; guard < 4; guard++) {
    const o = discourseOpener(t);
    if (o === null) break;
    const rest = t.slice(o.length).replace(/^\s*,?\s*/, '');
    if (!/\p{L}/u.test(rest)) break; // nothing left: keep the text
    t = rest;
  }
  return t;
}

const capitalise = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

const resolvers = new WeakMap<ArticleDoc, (span: Span) => ResolvedSource | null>();
function resolverOf(doc: ArticleDoc): (span: Span) => ResolvedSource | null {
  let r = resolvers.get(doc);
  if (!r) {
    r = sourceResolver(doc);
    resolvers.set(doc, r);
  }
  return r;
}

const ANAPHOR = /^[Tt]he\s+(?:same\s+)?((?:[\p{Ll}-]+\s+){0,2}?)([\p{Ll}]+)(?=\s+(?!of\b|'s\b|’s\b)[\p{Ll}])/u;

/**
 * Replace the pronoun or anaphoric description that opens `text` (at `pos` in the document) by its
 * antecedent, or return `text` unchanged when there is none or it is not certain.
 */
function resolveOpening(doc: ArticleDoc, text: string, pos: number): string {
  const pronoun = /^(he|she|they|it)\b(?!['’])/i.exec(text);
  if (pronoun) {
    const word = pronoun[1]!.toLowerCase();
    const span = { start: pos, end: pos + word.length };
    const name = word === 'it' ? resolveIt(doc, text, span) : word === 'they' ? resolveThey(doc, span) : resolvePerson(doc, span, word);
    return name ? name + text.slice(word.length) : text;
  }
  const m = ANAPHOR.exec(text);
  if (m) {
    const head = m[2]!;
    const span = { start: pos, end: pos + m[0].length };
    const name = resolveDescription(doc, span, head, /^the\s+same\s/i.test(m[0]));
    if (!name) return text;
    // "The water authority" matched as "the water" + verb "authority": the words after it that the
    // name also holds are still the description ("Harlow Bay Regional Water Authority"), not the rest.
    let rest = text.slice(m[0].length);
    const inName = new Set(name.toLowerCase().split(/\s+/));
    for (let w = /^\s+([\p{L}-]+)/u.exec(rest); w && inName.has(w[1]!.toLowerCase()); w = /^\s+([\p{L}-]+)/u.exec(rest)) rest = rest.slice(w[0].length);
    return name + rest;
  }
  return text;
}

interface Persons {
  mentions: PersonMention[];
  outsideQuotes: PersonMention[];
}
const personCache = new WeakMap<ArticleDoc, Persons>();
function persons(doc: ArticleDoc): Persons {
  let p = personCache.get(doc);
  if (!p) {
    const mentions = personMentions(doc);
    const passages = documentPassages(doc);
    const outsideQuotes = mentions.filter((m) => !passages.some((q) => q.inner.start <= m.start && m.end <= q.inner.end));
    p = { mentions, outsideQuotes };
    personCache.set(doc, p);
  }
  return p;
}

/** Index of the analysed sentence holding `pos`. */
const sentenceAt = (doc: ArticleDoc, pos: number): number => doc.sentences.findIndex((s) => s.start <= pos && pos < s.end);

/**
 * "he"/"she": the speaker resolver's antecedent (the most recent subject-like person or singular
 * anonymous source), kept only when no other person is named between it and the pronoun, it lies
 * at most two sentences back, and no title of the other gender contradicts the pronoun.
 */
function resolvePerson(doc: ArticleDoc, span: Span, pronoun: string): string | null {
  const r = resolverOf(doc)(span);
  if (!r) return null;
  const { mentions, outsideQuotes } = persons(doc);
  const here = sentenceAt(doc, span.start);
  if (r.kind === 'person' && r.name) {
    const full = r.name;
    const same = (m: PersonMention) => fullestName(m.name, mentions) === full;
    const last = [...outsideQuotes].reverse().find((m) => m.end <= span.start && same(m));
    if (!last || here - sentenceAt(doc, last.start) > 2) return null;
    if (outsideQuotes.some((m) => m.start >= last.end && m.end <= span.start && !same(m))) return null;
    if (!genderAgrees(doc, mentions.filter(same), pronoun)) return null;
    return full;
  }
  if (r.kind === 'anonymous' && r.description) {
    const at = lastIndexBefore(doc.text, r.description, span.start);
    if (at < 0 || here - sentenceAt(doc, at) > 2) return null;
    if (outsideQuotes.some((m) => m.start >= at && m.end <= span.start)) return null;
    return r.description;
  }
  return null;
}

/** Gender words written with the person's mentions ("Mr. Lewis", "Ms. Doe") must not contradict the pronoun. */
function genderAgrees(doc: ArticleDoc, ms: readonly PersonMention[], pronoun: string): boolean {
  const before = ms.map((m) => doc.text.slice(Math.max(0, m.start - 12), m.start).toLowerCase());
  const male = before.some((b) => /\b(mr|sir|king|prince|father|brother|lord)\.?\s+$/.test(b));
  const female = before.some((b) => /\b(mrs|ms|miss|madam|dame|lady|queen|princess|sister)\.?\s+$/.test(b));
  return pronoun === 'he' ? !female : !male;
}

const lastIndexBefore = (text: string, needle: string, before: number): number => {
  const i = text.lastIndexOf(needle, before - needle.length);
  return i >= 0 && i + needle.length <= before ? i : -1;
};

/** "they": a plural anonymous source (or an outlet or organisation) named in this or the previous sentence, else the one plural subject of the previous sentence. */
function resolveThey(doc: ArticleDoc, span: Span): string | null {
  const r = resolverOf(doc)(span);
  const name = r ? r.name ?? r.description : null;
  if (r && name && r.kind !== 'person') {
    const at = lastIndexBefore(doc.text, name, span.start);
    if (at >= 0 && sentenceAt(doc, span.start) - sentenceAt(doc, at) <= 1) return name;
  }
  return previousSubject(doc, span, true);
}

const EXPLETIVE_IT =
  /^it\s+(?:is|was|'s|’s|has been|had been|will be|would be|may be|might be|remains|seems|appears)\s+(?:(?:\p{Ll}+ly|also|not|now|still|yet)\s+)*(?:\p{Ll}+(?:ed|en)\s+(?:that|to|by|as)\b|that\b|to\b|how\b|whether\b|why\b|what\b|when\b|unclear\b|clear\b|likely\b|unlikely\b|possible\b|impossible\b|time\b|important\b|necessary\b|difficult\b|hard\b|easy\b|true\b|false\b|not\b)/iu;

/**
 * "it": the one singular, non-person subject of the previous sentence's claims ("the halt is
 * temporary. It will last …" → "The halt will last …"). Expletive "it" ("it is unclear how …",
 * "it was reported that …") is never replaced.
 */
function resolveIt(doc: ArticleDoc, text: string, span: Span): string | null {
  return EXPLETIVE_IT.test(text) ? null : previousSubject(doc, span, false);
}

/**
 * The one claim subject of the previous sentence of that number (a definite singular or plural noun
 * phrase, no person, no pronoun, no coordination), or null when there is none, more than one, or the
 * sentence already refers to another referent of that number with a pronoun.
 */
function previousSubject(doc: ArticleDoc, span: Span, plural: boolean): string | null {
  const here = sentenceAt(doc, span.start);
  const prev = doc.sentences[here - 1];
  if (!prev || doc.blocks[prev.block]?.kind !== 'paragraph') return null;
  // another referent of that number already picked up by a pronoun ("The drivers joined them."): unsure
  if ((plural ? /\b(they|them|their)\b/i : /\b(it|its)\b/i).test(doc.text.slice(prev.start, prev.end))) return null;
  const people = persons(doc).mentions;
  const subjects = new Set<string>();
  for (const c of annotationsOf(doc, 'claim')) {
    if (!spanContains(prev, c) || !c.subject) continue;
    const subj = c.subject.trim();
    // only a definite description ("the halt", "the union leaders"), not "many of these operations"
    if (!/^the\s/i.test(subj) || /\bof\s+(these|those|them)\b/i.test(subj)) return null;
    if (/^(it|he|she|they|this|that|these|those|there|we|i|you)$/i.test(subj)) return null; // a chain of pronouns: unsure
    if (people.some((m) => m.start >= c.start && m.end <= c.start + subj.length)) return null;
    if (/\band\b|,/.test(subj) || subj.split(/\s+/).length > 6) return null;
    const head = subj.split(/\s+/).pop()!;
    const isPlural = (/^\p{Ll}+s$/u.test(head) && !/(ss|us|is)$/.test(head)) || /^(people|police|staff|children|men|women)$/.test(head);
    if (isPlural !== plural) return null;
    subjects.add(subj);
  }
  return subjects.size === 1 ? [...subjects][0]! : null;
}

/**
 * "the same official", "the engineer": the anonymous source of that head noun (speaker resolver);
 * "the authority", "the company": the most recent organisation whose name has that head word;
 * "the minister": the most recent person with that role word. Two different candidates: unresolved.
 */
function resolveDescription(doc: ArticleDoc, span: Span, head: string, same: boolean): string | null {
  const r = resolverOf(doc)(span);
  if (r && r.kind === 'anonymous' && r.description && !/^the\s/i.test(r.description)) return r.description;
  const introduced = indefiniteDescriptions(doc, head, span.start);
  if (introduced.size === 1) return [...introduced][0]!;
  if (same || introduced.size > 1) return null;
  const before = (e: Span) => e.end <= span.start;
  const Head = capitalise(head);
  const orgs = annotationsOf(doc, 'entity').filter((e) => e.type === 'organization' && before(e) && e.name.split(/\s+/).includes(Head));
  const orgNames = new Set(orgs.map((e) => e.name));
  if (orgNames.size === 1) {
    const e = orgs[orgs.length - 1]!;
    return /\bthe\s+$/i.test(doc.text.slice(Math.max(0, e.start - 4), e.start)) ? `the ${e.name}` : e.name;
  }
  if (orgNames.size > 1) return null;
  const { mentions } = persons(doc);
  const roled = annotationsOf(doc, 'entity').filter((e) => e.type === 'person' && before(e) && e.roles.some((role) => role.toLowerCase().split(/\s+/).includes(head)));
  const names = new Set(roled.map((e) => fullestName(e.name, mentions)));
  return names.size === 1 ? [...names][0]! : null;
}

/**
 * Indefinite descriptions with this head noun written before `before`, outside quotes: "a senior
 * engineer at the authority" for "the same engineer" (with a short "at/of/from …" phrase up to a comma); the
 * head is the phrase's own noun, never one inside a preposition phrase ("a … attack by pirates" is no "the pirates").
 */
function indefiniteDescriptions(doc: ArticleDoc, head: string, before: number): Set<string> {
  const re = new RegExp(`(?<![\\p{L}])(?:[Aa]n?|[Oo]ne)\\s+(?:(?!(?:by|of|in|at|for|with|from|on|to|and|or)\\s)[\\p{Ll}-]+\\s+){0,3}?${head}(?![\\p{L}])(?:\\s+(?:at|of|from|with|in)\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?(?=\\s*[,.;]|\\s+(?:said|says|told|added|who|which|has|had|was|is|warned|confirmed)\\b))?`, 'gu');
  const passages = documentPassages(doc);
  const out = new Set<string>();
  for (const m of doc.text.slice(0, before).matchAll(re)) {
    const at = m.index!;
    if (passages.some((q) => q.inner.start <= at && at < q.inner.end)) continue;
    if (doc.blocks[doc.sentences[sentenceAt(doc, at)]?.block ?? -1]?.kind !== 'paragraph') continue;
    out.add(m[0]);
  }
  return out;
}
