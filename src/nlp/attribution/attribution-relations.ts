import type { ArticleDoc, Sentence } from '../../model/article.js';
import { analysedSentences } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import { documentPassages, type QuotedPassage } from '../quotes/quote-marks.js';
import { AMBIGUOUS_CUES, cueBase, cueStrength, isBaseCue, LISTENER_VERBS, PARTICLE_VERBS, type CueStrength } from './speech-cues.js';
import { isAdverb, isCapitalised, isDeterminer, isWord, phraseEndingAt, phraseStartingAt, PRONOUNS, skipBetween, type TokenRange } from './source-phrase.js';

/**
 * One attribution relation in PolNeAR's sense: a source (who), a cue (the reporting words) and
 * the content (what is attributed). Source and content may be missing ("It was reported …").
 */
export interface Relation {
  source: Span | null;
  cue: Span;
  /** Base form of the cue ("say"), or the cue phrase ("according to"). */
  cueBase: string;
  content: Span | null;
  strength: CueStrength;
  /** Index into doc.sentences of the sentence holding the cue. */
  sentence: number;
}

const NOT_AFTER_AMBIGUOUS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'new',
  'recent', 'media', 'news', 'such', 'any', 'no', 'some', 'many', 'several', 'initial', 'early', 'earlier', 'first',
  'to', 'be', 'been', 'being', 'was', 'were', 'is', 'are', 'and', 'or', 'widely', 'well', 'previously',
]);
const PLURAL_SUBJECT = /^(we|they|i|you|people|officials|experts|analysts|critics|sources|democrats|republicans|observers|polls|studies|reports|data|voters|americans|leaders|supporters|residents|economists|scientists|researchers|lawmakers|aides|advocates|opponents|documents|records|others|many|some|both)$/;
/** Could this word end a plural or first/second-person subject ("who say", "4 in 10 say", "voters say")? */
function pluralSubjectWord(word: string, lower: string): boolean {
  if (PLURAL_SUBJECT.test(lower) || lower === 'who' || /^\p{N}+$/u.test(word) || /^(five|six|seven|eight|nine|ten|two|three|four|dozens|hundreds|thousands|majorities|half)$/.test(lower)) return true;
  return /^\p{Ll}+s$/u.test(word) && !/(ss|us|is)$/.test(lower) && !NOT_AFTER_AMBIGUOUS.has(lower);
}

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);
/** Words that may open a reported clause without "that" ("said the plan would fail"). */
const CLAUSE_SKIP = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'after', 'before', 'last', 'this', 'earlier', 'later', 'late', 'early']);

interface SentenceView {
  index: number;
  sentence: Sentence;
  starts: number[];
  ends: number[];
  words: string[];
  lower: string[];
}

function view(doc: ArticleDoc, sentence: Sentence, index: number): SentenceView {
  const toks = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const words = toks.map((t) => doc.text.slice(t.start, t.end));
  return { index, sentence, starts: toks.map((t) => t.start), ends: toks.map((t) => t.end), words, lower: words.map((w) => w.toLowerCase()) };
}

const isOpenMark = (w: string) => w === '“' || w === '"' || w === '‘' || w === '«' || w === "'";
const isCloseMark = (w: string) => w === '”' || w === '"' || w === '’' || w === '»' || w === "'";
const isEnd = (w: string | undefined) => w === undefined || w === '.' || w === '!' || w === '?' || w === ';' || w === '…';

export function findRelations(doc: ArticleDoc): Relation[] {
  const passages = documentPassages(doc);
  const out: Relation[] = [];
  const sentences = analysedSentences(doc);
  for (const s of sentences) {
    const index = doc.sentences.indexOf(s);
    out.push(...sentenceRelations(doc, view(doc, s, index), passages));
  }
  return out;
}

function passageAt(passages: readonly QuotedPassage[], pos: number): QuotedPassage | null {
  for (const p of passages) if (p.inner.start <= pos && pos < p.inner.end) return p;
  return null;
}

function rangeSpan(v: SentenceView, r: TokenRange): Span {
  return { start: v.starts[r.first]!, end: v.ends[r.last]! };
}

function sentenceRelations(doc: ArticleDoc, v: SentenceView, passages: readonly QuotedPassage[]): Relation[] {
  const out: Relation[] = [];
  const n = v.words.length;
  for (let i = 0; i < n; i++) {
    if (passageAt(passages, v.starts[i]!)) continue; // words inside a quote are the quoted person's, not the article's
    const lw = v.lower[i]!;
    if (lw === 'according' && v.lower[i + 1] === 'to') {
      const rel = accordingTo(v, i, passages);
      if (rel) out.push(rel);
      i++;
      continue;
    }
    if (lw === ':') {
      const rel = colonRelation(v, i, passages);
      if (rel) out.push(rel);
      continue;
    }
    if (i === 0 && lw === 'asked') {
      const rel = askedOpening(v);
      if (rel) out.push(rel);
      continue;
    }
    const strength = verbCue(v, i);
    if (!strength) continue;
    const base = cueBase(lw) ?? lw;
    let cueLast = i;
    const particle = PARTICLE_VERBS[base];
    if (particle) {
      if (v.lower[i + 1] !== particle) continue;
      cueLast = i + 1;
    }
    const rel = verbRelation(doc, v, i, cueLast, base, strength, passages, out);
    if (rel) out.push(rel);
  }
  return out;
}

const MEDIUM = /^(statement|interview|email|e-mail|letter|op-ed|tweet|post|speech|memo|release|video|radio|television|podcast)$/;
const PARTICLE_AFTER: Record<string, RegExp> = { call: /^(on|for)$/, warn: /^(of|against)$/, say: /^(of)$/, ask: /^(for|about)$/, talk: /^(about)$/ };

/** The last token of the cue phrase: "said:", "said Tuesday", "called on", "said in a statement". */
function cueExtent(v: SentenceView, last: number, base: string): number {
  const next = v.lower[last + 1];
  if (next === undefined) return last;
  if (next === ':') return last + 1;
  if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(next)) return last + 1;
  if (PARTICLE_AFTER[base]?.test(next)) return last + 1;
  if (next === 'in' && /^(a|an|the|his|her|their|its)$/.test(v.lower[last + 2] ?? '')) {
    for (let j = last + 3; j < Math.min(v.words.length, last + 6); j++) if (MEDIUM.test(v.lower[j]!)) return j;
  }
  return last;
}

/**
 * A colon after a name: a headline "Graham: Trump’s rhetoric destroying GOP" or "pollster Daron
 * Shaw: “Historically, …”". Other colons (lists, "it gets better:") are not attributions.
 */
function colonRelation(v: SentenceView, i: number, passages: readonly QuotedPassage[]): Relation | null {
  const cue = { start: v.starts[i]!, end: v.ends[i]! };
  const rel = (src: TokenRange, content: Span | null): Relation => ({ source: rangeSpan(v, src), cue, cueBase: ':', content, strength: 'speech', sentence: v.index });
  const headline = i >= 1 && i <= 5 && !LABELS.test(v.words[0]!) && v.words.slice(0, i).every((w) => isCapitalised(w) || w === '.' || /^['’]s$/.test(w));
  if (headline) return rel({ first: 0, last: i - 1 }, contentAfter(v, i + 1, passages));
  if (isOpenMark(v.words[i + 1] ?? '') && i >= 1 && isCapitalised(v.words[i - 1]!)) {
    const src = phraseEndingAt(v.words, v.lower, i - 1, 0);
    if (src) return rel(src, contentAfter(v, i + 1, passages));
  }
  return null;
}

/** "Asked whether …, Ryan said": the question is the content, the main subject the source. */
function askedOpening(v: SentenceView): Relation | null {
  const comma = v.words.indexOf(',');
  if (comma < 2) return null;
  const src = phraseStartingAt(v.words, v.lower, comma + 1, v.words.length - 1);
  const content = { start: v.starts[1]!, end: v.ends[comma - 1]! };
  return { source: src ? rangeSpan(v, src) : null, cue: { start: v.starts[0]!, end: v.ends[0]! }, cueBase: 'ask', content, strength: 'speech', sentence: v.index };
}

/** Is token i a reporting verb used as a verb here? */
function verbCue(v: SentenceView, i: number): CueStrength | null {
  const lw = v.lower[i]!;
  const prev = v.lower[i - 1];
  let strength = cueStrength(lw);
  if (!strength && isBaseCue(lw) && prev !== undefined && pluralSubjectWord(v.words[i - 1]!, prev)) strength = 'speech';
  if (!strength) return null;
  // "when asked", "if asked": a passive without its speaker; "271 pledged delegates": an adjective
  if (/ed$/.test(lw) && prev !== undefined && (/^(when|if|as|once|unless)$/.test(prev) || /^\p{N}/u.test(v.words[i - 1]!))) return null;
  if (prev === 'to' && !(lw === 'according')) return null;
  if (AMBIGUOUS_CUES.has(lw)) {
    if (prev === undefined || NOT_AFTER_AMBIGUOUS.has(prev) || /^['’]s$/.test(v.words[i - 1]!)) return null;
    if (v.lower[i + 1] === 'of' || v.lower[i + 1] === 'for') return null;
  }
  // "was told", "were asked": passive without an agent names no source of its own
  if (prev !== undefined && PASSIVE_AUX.has(prev) && /ed$|^told$|^written$|^shown$|^known$|^found$/.test(lw) && v.lower[i + 1] !== 'by') return null;
  if (isCapitalised(v.words[i]!) && i > 0) return null; // "Said Ahmed", headline case
  return strength;
}

function accordingTo(v: SentenceView, i: number, passages: readonly QuotedPassage[]): Relation | null {
  const src = phraseStartingAt(v.words, v.lower, i + 2, v.words.length - 1);
  if (!src) return null;
  const cue = { start: v.starts[i]!, end: v.ends[i + 1]! };
  const afterSrc = src.last + 1;
  let content: Span | null = null;
  if (i > 0 && v.words[i - 1] === ',') content = contentBefore(v, i - 1, passages);
  else if (v.words[afterSrc] === ',') content = contentAfter(v, afterSrc + 1, passages);
  else if (i > 0) content = contentBefore(v, i, passages);
  return { source: rangeSpan(v, src), cue, cueBase: 'according to', content, strength: 'speech', sentence: v.index };
}

function verbRelation(
  doc: ArticleDoc,
  v: SentenceView,
  i: number,
  cueLast: number,
  base: string,
  strength: CueStrength,
  passages: readonly QuotedPassage[],
  earlier: readonly Relation[],
): Relation | null {
  const n = v.words.length;
  const cue = { start: v.starts[i]!, end: v.ends[cueExtent(v, cueLast, base)]! };
  const rel = (source: Span | null, content: Span | null): Relation => {
    // the cue phrase takes in the auxiliaries and adverbs between the subject and the verb ("has also said")
    if (source && source.end <= cue.start) {
      const gapTok = v.starts.findIndex((st) => st >= source.end);
      if (gapTok >= 0 && gapTok < i && v.words.slice(gapTok, i).every((w) => isWord(w))) cue.start = v.starts[gapTok]!;
    }
    return { source, cue, cueBase: base, content, strength, sentence: v.index };
  };
  // Passive with an agent: "as first reported by The Record"
  if (v.lower[cueLast + 1] === 'by') {
    const agent = phraseStartingAt(v.words, v.lower, cueLast + 2, n - 1);
    if (agent) return rel(rangeSpan(v, agent), contentBefore(v, i, passages));
  }
  const k = skipBetween(v.lower, i - 1, 0);
  if (k >= 0 && /^(having|being)$/.test(v.lower[k]!)) return null;
  // "…, saying that …": a participle reports what the main clause's subject said
  if (v.lower[i]!.endsWith('ing') && (k < 0 || v.words[k] === ',' || PARTICIPLE_PREPS.has(v.lower[k]!))) {
    const prior = earlier[earlier.length - 1];
    const subject = prior?.source ? null : sentenceSubject(v);
    const src = prior?.source ?? (subject ? rangeSpan(v, subject) : null);
    if (k < 0) return null;
    return rel(src, contentAfter(v, afterObject(v, cueLast, base), passages));
  }
  let source: TokenRange | null = null;
  if (k >= 0 && v.words[k] === ',') source = appositiveSubject(v, k);
  else if (k >= 0) source = phraseEndingAt(v.words, v.lower, k, 0);
  if (source && !atClauseStart(v, source.first)) source = null;
  if (source && !PRONOUNS.has(v.lower[source.first]!) && isDeterminer(v.lower[source.last]!)) source = null;
  // "…, but emphasized": a verb conjoined to an earlier cue shares its subject
  if (!source && k >= 0 && (v.lower[k] === 'but' || v.lower[k] === 'and')) {
    const prior = earlier[earlier.length - 1];
    const subject = prior?.source ? null : sentenceSubject(v);
    const shared = prior?.source ?? (subject && subject.last < k ? rangeSpan(v, subject) : null);
    if (shared) return rel(shared, contentAfter(v, afterObject(v, cueLast, base), passages));
  }
  if (source) {
    const after = afterObject(v, cueLast, base);
    const quoteFollows = v.words[after] === ',' && isOpenMark(v.words[after + 1] ?? '');
    // "“…,” he said on Thursday during a speech": after a quote, trailing words are circumstances
    const f = source.first;
    const afterQuote = f >= 1 && (isCloseMark(v.words[f - 1]!) || (f >= 2 && v.words[f - 1] === ',' && isCloseMark(v.words[f - 2]!)));
    const circumstance = TRAILING_STARTERS.has(v.lower[after] ?? '') || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(v.lower[after] ?? '');
    const trailing =
      (afterQuote && !/^(that|:)$/.test(v.lower[after] ?? '') && !isOpenMark(v.words[after] ?? '') && !quoteFollows) ||
      (hasContentBefore(v, f) && circumstance);
    // "“Judge,” Brafman said, “I have never …”": one statement split around its cue
    if (afterQuote && quoteFollows) {
      const before = contentBefore(v, source.first, passages);
      const rest = contentAfter(v, after, passages);
      if (before && rest) return rel(rangeSpan(v, source), { start: before.start, end: rest.end });
    }
    if (trailing || isEnd(v.words[after]) || (v.words[after] === ',' && !quoteFollows && hasContentBefore(v, source.first))) {
      return rel(rangeSpan(v, source), contentBefore(v, source.first, passages));
    }
    return rel(rangeSpan(v, source), contentAfter(v, after, passages));
  }
  // Inverted order after the content: "“…,” said Thompson, who …"
  const before = v.words[k];
  if (k < 0 || before === ',' || isCloseMark(before ?? '')) {
    const inv = phraseStartingAt(v.words, v.lower, cueExtent(v, cueLast, base) + 1, n - 1);
    if (inv) {
      let last = inv.last;
      // "said Flynn, a top Trump surrogate": the appositive up to the next comma belongs to the source
      if (v.words[last + 1] === ',' && /^(a|an|the|one)$/.test(v.lower[last + 2] ?? '')) {
        last = last + 2;
        while (last + 1 < n && v.words[last + 1] !== ',' && !isEnd(v.words[last + 1])) last++;
      } else if (v.words[last + 1] === ',' && /^(who|whose)$/.test(v.lower[last + 2] ?? '')) {
        // "said Thompson, who serves on …": PolNeAR keeps the relative clause with the source
        last = n - 1;
        while (last > inv.last && isEnd(v.words[last])) last--;
      }
      return rel(rangeSpan(v, { first: inv.first, last }), contentBefore(v, i, passages));
    }
  }
  void doc;
  // a speech verb with a subject this finder cannot delimit still reports the content that follows
  if (strength === 'speech' && !NAMING.has(base) && k >= 0 && isWord(v.words[k]!)) {
    const content = contentAfter(v, afterObject(v, cueLast, base), passages);
    if (content) return rel(null, content);
  }
  return null;
}

/** Without a subject these name or describe rather than report ("a group called Lashkar-e-Taiba"). */
const NAMING = new Set(['call', 'describe', 'post', 'cite', 'question']);

/** Headline labels that are not speakers ("Correction: …", "The Latest: …"). */
const LABELS = /^(the|a|an|correction|update|updated|note|editor|watch|read|video|photos|analysis|opinion|editorial|exclusive|breaking|live|related|more|see|also)$/i;

/** Words that open circumstances after a cue ("said in an interview", "said on Friday"), not reported content. */
const TRAILING_STARTERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'via', 'through', 'from', 'last', 'earlier', 'later', 'this', 'yesterday', 'today', 'tonight', 'recently', 'afterward', 'afterwards', 'then']);

/** "by saying", "after telling": a participle after these reports the main subject's words. */
const PARTICIPLE_PREPS = new Set(['by', 'in', 'after', 'before', 'while', 'when', 'without', 'since']);
const CLAUSE_OPENERS = new Set(['which', 'what', 'who', 'whom', 'where', 'how', 'why', 'and', 'but', 'that', 'because', 'when', 'while', 'as', 'if', 'so', 'although', 'though', 'since', 'where', 'after', 'before', 'whether', 'yet', 'or', 'until', 'once', 'than']);

/** A subject starts a clause: at the sentence start, after punctuation or after a conjunction. */
function atClauseStart(v: SentenceView, first: number): boolean {
  if (first === 0) return true;
  const prev = v.words[first - 1]!;
  return !isWord(prev) || CLAUSE_OPENERS.has(v.lower[first - 1]!) || isCloseMark(prev);
}

/** The subject at the start of the sentence, after any fronted adverbial ("In Iowa, Trump …"). */
function sentenceSubject(v: SentenceView): TokenRange | null {
  let j = 0;
  if (!isCapitalised(v.words[0] ?? '') || CLAUSE_SKIP.has(v.lower[0] ?? '') || isAdverb(v.lower[0] ?? '') || v.words[1] === ',' || /ing$/.test(v.lower[0] ?? '')) {
    const comma = v.words.indexOf(',');
    if (comma < 0 || comma > 8) return null;
    j = comma + 1;
  }
  const np = phraseStartingAt(v.words, v.lower, j, v.words.length - 1);
  return np && (isCapitalised(v.words[np.first]!) || /^\p{N}/u.test(v.words[np.first]!) || PRONOUNS.has(v.lower[np.first]!) || isDeterminer(v.lower[np.first]!)) ? np : null;
}

/** "James A. Lewis, a former diplomat, warned": the subject with its appositive, ending at the comma k. */
function appositiveSubject(v: SentenceView, k: number): TokenRange | null {
  let c = k - 1;
  while (c >= 0 && v.words[c] !== ',') {
    if (cueStrength(v.lower[c]!)) return null;
    if (!isWord(v.words[c]!) && !/^['’]s$|^[.\-&’']$/.test(v.words[c]!)) return null;
    c--;
  }
  if (c < 1) return null;
  const head = phraseEndingAt(v.words, v.lower, c - 1, 0);
  if (!head || !isCapitalised(v.words[head.last]!) && !PRONOUNS.has(v.lower[head.last]!)) return null;
  // "Lewandowski, in a statement released on Thursday, said": a fronted adverbial is no appositive
  if (/^(in|on|at|during|after|before|according|speaking|while|when|asked|for|with|by|through|as)$/.test(v.lower[c + 1] ?? '')) {
    return atClauseStart(v, head.first) ? head : null;
  }
  const opener = head.first === 0 ? ',' : v.words[head.first - 1]!;
  if (!(head.first === 0 || opener === ',' || v.lower[head.first - 1] === 'that' || v.lower[head.first - 1] === 'and' || v.lower[head.first - 1] === 'but')) return null;
  return { first: head.first, last: k };
}

/** Is there material before the subject that could be its content ("…, officials said")? */
function hasContentBefore(v: SentenceView, first: number): boolean {
  return first >= 2 && (v.words[first - 1] === ',' || isCloseMark(v.words[first - 1]!));
}

/** Skip the listener and adverbials after the cue: "told reporters on Monday that" → the index of "that". */
function afterObject(v: SentenceView, cueLast: number, base: string): number {
  const n = v.words.length;
  let j = cueLast + 1;
  if (LISTENER_VERBS.has(base) && j < n && !isOpenMark(v.words[j]!) && v.lower[j] !== 'that' && v.words[j] !== ',' && v.words[j] !== ':') {
    const obj = phraseStartingAt(v.words, v.lower, j, n - 1);
    if (obj) j = obj.last + 1;
  }
  // "said in a statement that", "said on Monday that": skip an adverbial only when a clause marker follows it
  if (j < n && CLAUSE_SKIP.has(v.lower[j]!)) {
    let m = j + 1;
    while (m < n && m - j < 8 && isWord(v.words[m]!) && v.lower[m] !== 'that') m++;
    if (m < n && (v.lower[m] === 'that' || v.words[m] === ',' || v.words[m] === ':' || isOpenMark(v.words[m]!))) j = m;
  }
  return j;
}

/** Content that follows the cue: from j to the end of the sentence, or to the end of a quote opened there. */
function contentAfter(v: SentenceView, j: number, passages: readonly QuotedPassage[]): Span | null {
  const n = v.words.length;
  while (j < n && (v.words[j] === ',' || v.words[j] === ':' || v.words[j] === '—' || v.words[j] === '-')) j++;
  // "… said:" closing a paragraph introduces the quote that opens the next one
  if (j >= n || (v.words[n - 1] === ':' && j >= n - 1)) {
    const next = passages.find((q) => q.outer.start >= v.sentence.end && q.outer.start - v.sentence.end <= 3);
    return next ? { start: next.outer.start, end: next.outer.end } : null;
  }
  const start = v.starts[j]!;
  let last = n - 1;
  while (last > j && isEnd(v.words[last])) last--;
  let end = v.ends[last]!;
  if (isOpenMark(v.words[j]!)) {
    const p = passages.find((q) => q.outer.start === start);
    if (p) end = Math.max(p.outer.end, p.closed ? p.outer.end : end);
    if (p && p.outer.end > v.sentence.end) end = p.outer.end;
  } else {
    // a quote that opens inside the content and closes in a later sentence extends it
    const spill = passages.find((q) => q.outer.start >= start && q.outer.start < end && q.outer.end > end);
    if (spill) end = spill.outer.end;
  }
  if (end <= start) return null;
  return { start, end };
}

/** Content that precedes the source: from the clause start (or the opening mark of a quote) to the comma at `upto - 1`. */
function contentBefore(v: SentenceView, upto: number, passages: readonly QuotedPassage[]): Span | null {
  let last = upto - 1;
  while (last >= 0 && (v.words[last] === ',' || v.words[last] === '—' || v.words[last] === ':')) last--;
  if (last < 0) return null;
  const w = v.words[last]!;
  if (isCloseMark(w)) {
    const closeEnd = v.ends[last]!;
    const p = passages.find((q) => q.outer.end === closeEnd);
    if (p) return { start: Math.min(p.outer.start, v.starts[0]! <= p.outer.start ? p.outer.start : p.outer.start), end: closeEnd };
  }
  const first = 0;
  // a quote that began in an earlier sentence: start at its opening mark
  const firstPassage = passages.find((q) => q.outer.start < v.starts[0]! && q.outer.end > v.starts[0]!);
  const start = firstPassage ? firstPassage.outer.start : v.starts[first]!;
  const end = v.ends[last]!;
  return end > start ? { start, end } : null;
}
