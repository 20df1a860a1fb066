import type { Claim } from '../../model/annotation.js';
import { annotationsOf, type ArticleDoc, type Sentence } from '../../model/article.js';
import { spanContains, type Span } from '../../model/span.js';
import { hasGenericPhrase } from './generic-phrases.js';
import { wordSet } from './claim-lexicon.js';
import { isTitleHead } from '../titles.js';
import { guessLemma, isReporting, verbLemma } from '../verb-lexicon.js';

/**
 * Is a claim a checkable statement of fact? A clause that only says a reaction happened ("has raised
 * eyebrows"), that unnamed commentators watch or weigh in, that something is seen as or is a notable
 * development, that relates abstractions ("reinforces the perception"), or that speculates ("will
 * likely shape") states nothing a reader could check. Decided per clause from features: the frame
 * (subject head, verb chain, object head), concrete anchors (named entities, numbers, dates), the
 * `hedges` step's cues and stock filler phrases. docs/claims.md, "Document steps", lists the rules.
 */
export type CheckRule = 'claim-filler' | 'claim-opinion';

export interface Uncheckable {
  rule: CheckRule;
  /** Which feature decided, for the positioned message ("reaction only: raised … eyebrows"). */
  reason: string;
}

const FILE = 'claim-checkability.txt';
let lists: Record<string, ReadonlySet<string>> | null = null;
function lex(section: string): ReadonlySet<string> {
  lists ??= {};
  return (lists[section] ??= wordSet(FILE, section));
}

interface Word {
  lw: string;
  start: number;
  end: number;
}

/** A word's base form for list look-ups: known verb lemma, else the -s/-ed/-ing guess. */
function base(w: string): string {
  const known = verbLemma(w);
  if (known) return known;
  if (/^\p{L}+ies$/u.test(w)) return w.slice(0, -3) + 'y';
  if (/^\p{L}{3,}(ch|sh|x)es$/u.test(w)) return w.slice(0, -2);
  if (/^\p{L}{3,}[^su]s$/u.test(w)) return w.slice(0, -1);
  return guessLemma(w);
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const MODAL = new Set(['will', 'would', 'may', 'might', 'could', 'should', 'must', "'ll", 'shall']);
// "must" is left out: in news it mostly reports a rule ("companies must file by May"), not the writer's view.
const DEONTIC = new Set(['should', 'ought']);
const POSSIBILITY = new Set(['could', 'may', 'might']);
const DETERMINER = /^(the|a|an|this|that|these|those|its|his|her|their|our|any|some|such|more|most|less|far|very|so|quite|rather|truly|deeply|increasingly|particularly|especially|not|just|only|also|both|all|no|even|real|true|rather|much|a lot)$/;
/** Words that end the head phrase of a subject or object ("the nature of …", "questions about …"). */
const PHRASE_END = /^(of|from|to|in|on|about|for|with|by|over|against|behind|surrounding|regarding|concerning|between|among|within|across|that|which|who|whose|where|as|at|after|before|amid|,|;|:|–|—)$/;

/** Words of a span: the document's tokens inside it, lower-cased, typographic apostrophes folded. */
function wordsIn(doc: ArticleDoc, s: Span): Word[] {
  const out: Word[] = [];
  // tokens are in text order: start at the first one that can lie inside the span
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.start >= s.end) break;
    if (t.start >= s.start && t.end <= s.end) out.push({ lw: doc.text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'"), start: t.start, end: t.end });
  }
  return out;
}

/** Words up to the first preposition, comma or relative word: "eyebrows and questions" of "eyebrows and questions about …". */
function headPhrase(ws: readonly (Word | string)[]): string[] {
  const out: string[] = [];
  for (const [i, w] of ws.entries()) {
    const lw = typeof w === 'string' ? w : w.lw;
    if (i > 0 && PHRASE_END.test(lw)) break;
    out.push(lw);
  }
  return out;
}

/** Content words of a head phrase, without determiners and degree adverbs. */
const content = (phrase: readonly string[]): string[] => phrase.filter((w) => !DETERMINER.test(w) && !/^(and|or|'s|,)$/.test(w));

/** Does the word sequence contain a (multi-word) entry of the list? */
function containsEntry(ws: readonly string[], list: ReadonlySet<string>): string | null {
  for (const entry of list) {
    const parts = entry.split(' ');
    for (let i = 0; i + parts.length <= ws.length; i++) if (parts.every((p, k) => ws[i + k] === p)) return entry;
  }
  return null;
}

interface Parts {
  all: Word[];
  subject: Word[];
  chain: Word[];
  object: Word[];
  /** Last content word of the subject's head phrase ("nature" of "The exclusive nature of X's order"). */
  subjectHead: string;
  /** The subject is a single commentator word or phrase ("Observers", "Some", "Experts"). */
  bareCommentator: boolean;
}

function parts(doc: ArticleDoc, c: Claim): Parts {
  const all = wordsIn(doc, c);
  const subjectEnd = c.subject ? c.start + c.subject.length : c.start;
  const objectStart = c.object ? c.end - c.object.length : c.end;
  const subject = all.filter((w) => w.end <= subjectEnd);
  const chain = all.filter((w) => w.start >= subjectEnd && w.end <= objectStart);
  const object = all.filter((w) => w.start >= objectStart);
  const subjectContent = content(headPhrase(subject));
  const subjectHead = subjectContent[subjectContent.length - 1] ?? '';
  const words = subject.map((w) => w.lw).filter((w) => !/^(the|a|an)$/.test(w));
  const unnamed = lex('commentator-heads').has(subjectHead) || lex('unnamed-people').has(subjectHead);
  const bareCommentator = words.length > 0 && words.length <= 3 && unnamed && headPhrase(subject).length === subject.length;
  return { all, subject, chain, object, subjectHead, bareCommentator };
}

const within = <T extends Span>(xs: readonly T[], s: Span): T[] => xs.filter((x) => spanContains(s, x));
const spanOf = (ws: readonly Word[]): Span | null => (ws.length > 0 ? { start: ws[0]!.start, end: ws[ws.length - 1]!.end } : null);

interface Anchors {
  /** Named entities, numbers and dates anywhere in the clause. */
  any: number;
  subjectEntities: number;
  /** Named persons in the subject. */
  subjectPersons: number;
  objectEntities: number;
  /** Numbers and dates: the strongest anchors; they veto the interpretive and evaluative rules. */
  quantities: number;
}

function anchors(doc: ArticleDoc, p: Parts): Anchors {
  const whole = spanOf(p.all);
  if (!whole) return { any: 0, subjectEntities: 0, subjectPersons: 0, objectEntities: 0, quantities: 0 };
  const entities = annotationsOf(doc, 'entity');
  // "the two nations", "both sides": a definite numeral refers back to something named before; it quantifies nothing.
  const referring = (n: Span) => /\b(the|both|these|those)\s+$/i.test(doc.text.slice(Math.max(0, n.start - 8), n.start));
  const quantities = [...annotationsOf(doc, 'number').filter((n) => !referring(n)), ...annotationsOf(doc, 'date')];
  const subj = spanOf(p.subject);
  const obj = spanOf(p.object);
  const q = within(quantities, whole).length;
  return {
    any: within(entities, whole).length + q,
    subjectEntities: subj ? within(entities, subj).length : 0,
    subjectPersons: subj ? within(entities, subj).filter((e) => e.type === 'person').length : 0,
    objectEntities: obj ? within(entities, obj).length : 0,
    quantities: q,
  };
}

const isReportingWord = (w: string): boolean => {
  const l = verbLemma(w);
  return l !== null && isReporting(l) && !/ing$/.test(w);
};

/** Who reports the claim in its sentence: a lead ("Experts warn that …") or a tail (", Bordelon said"). */
interface Report {
  reported: boolean;
  /** A named person or organisation reports it. */
  named: boolean;
  /** Unnamed commentators report it ("However, experts warn that"). */
  commentators: boolean;
}

function reportOf(doc: ArticleDoc, s: Sentence, c: Claim): Report {
  const leadSpan = { start: s.start, end: c.start };
  const lead = wordsIn(doc, leadSpan).map((w) => w.lw);
  const tailSpan = { start: c.end, end: s.end };
  const tail = wordsIn(doc, tailSpan).map((w) => w.lw);
  const byLead = lead.some(isReportingWord);
  const byTail = tail[0] === ',' && tail.slice(0, 9).some(isReportingWord);
  if (!byLead && !byTail) return { reported: false, named: false, commentators: false };
  const entities = annotationsOf(doc, 'entity').filter((e) => e.type === 'person' || e.type === 'organization');
  const named = within(entities, byLead ? leadSpan : tailSpan).length > 0;
  const frame = byLead ? lead.slice(lead.indexOf(',') + 1) : tail.slice(1, 9);
  const commentators = !named && frame.length <= 5 && frame.some((w) => lex('commentator-heads').has(w));
  return { reported: true, named, commentators };
}

/** The verb of the clause: the last word of the verb chain, or the first object word when the chain is empty. */
function verbBase(p: Parts, c: Claim): string {
  const last = p.chain.filter((w) => !BE.has(w.lw) && !MODAL.has(w.lw) && !/^(has|have|had|not|n't|never|also|further|closely|now|still)$/.test(w.lw)).pop();
  return last ? base(last.lw) : (c.predicate ?? '').split(' ')[0]!;
}

/** Is the subject someone who acts (a named person or organisation, "business groups", "lawmakers")? */
function agentSubject(doc: ArticleDoc, p: Parts): boolean {
  if (/^(he|she|they|we|i|you)$/.test(p.subjectHead) || isTitleHead(p.subjectHead) || lex('agent-heads').has(p.subjectHead) || lex('commentator-heads').has(p.subjectHead) || lex('unnamed-people').has(p.subjectHead)) return true;
  const head = p.subject.find((w) => w.lw === p.subjectHead);
  return head !== undefined && annotationsOf(doc, 'entity').some((e) => (e.type === 'person' || e.type === 'organization') && e.start <= head.start && head.end <= e.end);
}

/**
 * Why a claim is not a checkable statement of fact, or null when it is one. `s` is the claim's
 * sentence (for the reporting lead or tail, hedges and stock phrases).
 */
export function uncheckable(doc: ArticleDoc, s: Sentence, c: Claim): Uncheckable | null {
  const p = parts(doc, c);
  if (p.all.length === 0) return null;
  const a = anchors(doc, p);
  const verb = verbBase(p, c);
  const chainWords = p.chain.map((w) => w.lw);
  const allWords = p.all.map((w) => w.lw);
  const objectWords = p.object.map((w) => w.lw);
  const objHead = content(headPhrase(p.object));
  const passive = chainWords.some((w) => BE.has(w)) && p.chain.length > 0 && /(ed|en|wn|ght)$/.test(p.chain[p.chain.length - 1]!.lw);
  const report = reportOf(doc, s, c);
  const personSubject = a.subjectPersons > 0;
  // The predicate's own words: subject start, verb chain and the first object word ("are likely to", "is seen as").
  const scopeEnd = p.subject.length + p.chain.length + 2;

  // Perception instead of fact: "is seen as a retreat", "is framed not as a mystery".
  for (let i = 0; i + 1 < Math.min(allWords.length, scopeEnd); i++) {
    if (!BE.has(allWords[i]!)) continue;
    let j = i + 1;
    while (j < allWords.length && /(ly|^not|^also|^further|^now)$/.test(allWords[j]!)) j++;
    if (lex('perception-participles').has(allWords[j] ?? '')) {
      let k = j + 1;
      if (allWords[k] === 'not') k++;
      if (allWords[k] === 'as' || (allWords[k] === 'to' && allWords[k + 1] === 'be')) return { rule: 'claim-opinion', reason: `perception, not fact: "${allWords[j]} ${allWords[k]}"` };
    }
  }

  // Epistemic adverbs that scope over the predicate: "perhaps the cracks could have been found", "will likely
  // shape", "are likely to". One deeper in the object ("for 2002, 2001 and perhaps 2000") leaves the fact
  // standing, and so does a named source's own forecast ("Bolten cautioned that the deficit was likely to …").
  if (!report.named) {
    for (let i = 0; i < allWords.length; i++) {
      // the clause's first word, its verb chain, or right after a form of "be" or a modal ("are likely to", "will
      // likely"), wherever the clause rules put the verb ("Operations aimed at … are likely to be …")
      // (not inside a subordinate or relative part: "…, in what is likely to be the final word")
      const afterAux = (BE.has(allWords[i - 1] ?? '') || MODAL.has(allWords[i - 1] ?? '')) && !allWords.slice(0, i).some((w) => /^(,|which|who|what|that|where|when|whether)$/.test(w));
      if (!afterAux && (i >= scopeEnd - 1 || (i > 0 && i < p.subject.length))) continue;
      const w = allWords[i]!;
      const two = i + 1 < allWords.length ? `${w} ${allWords[i + 1]}` : '';
      const hit = lex('speculative-adverbs').has(two) ? two : lex('speculative-adverbs').has(w) ? w : null;
      if (hit && !/^(the|a|an|most|more|less)$/.test(allWords[i - 1] ?? '')) return { rule: 'claim-opinion', reason: `speculation: "${hit}"` };
    }
  }

  // A reaction and nothing else: "has raised eyebrows and questions", "sparked debate" (an event or thing as the
  // subject; "business groups have raised concerns that …" is someone voicing them).
  const reactionInObject = objHead.find((w) => lex('reaction-nouns').has(w));
  if (reactionInObject && lex('causative-verbs').has(verb) && !agentSubject(doc, p)) return { rule: 'claim-filler', reason: `reaction only: "${verb} … ${reactionInObject}"` };
  // "There are concerns about …" (not "there is no question that …"), "questions remain".
  const negatedReaction = c.negated || (reactionInObject !== undefined && /^(no|little|any)$/.test(objectWords[objectWords.indexOf(reactionInObject) - 1] ?? ''));
  if (reactionInObject && p.subjectHead === 'there' && !negatedReaction) return { rule: 'claim-filler', reason: `reaction only: "there … ${reactionInObject}"` };
  if (lex('reaction-nouns').has(p.subjectHead) && a.objectEntities === 0 && /^(remain|linger|grow|mount|persist|swirl|abound|continue)$/.test(verb)) return { rule: 'claim-filler', reason: `reaction only: "${p.subjectHead} ${verb}"` };

  // Unnamed commentators watching, weighing in or voicing concern.
  if (p.bareCommentator && a.subjectEntities === 0 && lex('commentary-verbs').has(verb)) return { rule: 'claim-filler', reason: `commentary of unnamed "${p.subjectHead}": "${verb}"` };
  // "will be closely watched", "remains to be seen".
  const closely = chainWords.includes('closely');
  if ((lex('monitoring-verbs').has(verb) || (closely && /^(follow|observe|track)$/.test(verb))) && (passive || p.bareCommentator)) return { rule: 'claim-filler', reason: `watching, no fact: "${verb}"` };
  if (/\bremains? to be seen\b/.test(allWords.join(' '))) return { rule: 'claim-filler', reason: 'watching, no fact: "remains to be seen"' };
  // Content reported from unnamed commentators that only speculates: "experts warn that this decision could …".
  if (report.commentators && a.quantities === 0 && chainWords.some((w) => POSSIBILITY.has(w))) return { rule: 'claim-opinion', reason: 'speculation reported from unnamed commentators' };

  // "X comes amid escalating tensions": a backdrop that names nothing.
  if (/^(come|arrive|happen|occur|unfold)$/.test(verb) && a.objectEntities === 0 && a.quantities === 0) {
    const backdrop = [...lex('backdrop-prepositions')].find((b) => objectWords.slice(0, b.split(' ').length).join(' ') === b);
    if (backdrop) return { rule: 'claim-filler', reason: `backdrop only: "${verb} ${backdrop}"` };
  }

  // Evaluation of something unnamed: "is a notable development", "the implications … are significant", "the real scandal is …".
  if (c.predicate === 'be' && a.quantities === 0 && a.subjectEntities === 0 && p.subjectHead !== 'there') {
    const complementHead = objHead.find((w) => !/^(a|an|the)$/.test(w));
    const twoWords = objHead.slice(0, 2).join(' ');
    if (complementHead && (lex('evaluative').has(complementHead) || lex('evaluative').has(twoWords))) return { rule: 'claim-opinion', reason: `evaluation: "is ${complementHead}"` };
    if (lex('evaluative').has(p.subjectHead) && !/^(step|case|development|sign|shift)$/.test(p.subjectHead)) return { rule: 'claim-opinion', reason: `evaluation: "the ${p.subjectHead} is"` };
  }

  const hedges = within(annotationsOf(doc, 'hedge'), c);
  // "higher than expected" compares with a forecast; it hedges nothing.
  const comparison = (h: Span) => /\b(than|as)\s+$/i.test(doc.text.slice(Math.max(0, h.start - 6), h.start));
  const evaluative = hedges.filter((h) => !comparison(h) && (h.category === 'opinion' || h.category === 'sweeping'));
  const abstractSubject = lex('abstract-heads').has(p.subjectHead);
  const abstractObject = objHead.some((w) => lex('abstract-heads').has(w));

  // Abstractions related to abstractions: "the lack of pushback reinforces the perception …", "this perspective explains …".
  if (lex('interpretive-verbs').has(verb) && a.quantities === 0 && !report.reported && !personSubject && (abstractSubject || abstractObject)) {
    return { rule: 'claim-opinion', reason: `interpretation: "${verb}" ${abstractSubject ? `with "${p.subjectHead}"` : 'of an abstraction'}` };
  }
  // Obligation stated by the writer: "nobody … should feel safe".
  // ("should it be necessary" is a condition, not an obligation)
  const obligation = p.chain.some((w, i) => DEONTIC.has(w.lw) && !/^(it|he|she|they|we|i|you|there|this|that)$/.test(p.chain[i + 1]?.lw ?? objectWords[0] ?? ''));
  if (!report.reported && obligation) return { rule: 'claim-opinion', reason: 'obligation, not fact: "should"' };

  // Weak evidence adds up: nothing concrete, an abstract or unnamed subject, a stock phrase, a vague predicate, an evaluative cue.
  const evidence: string[] = [];
  if (a.any === 0) evidence.push('no name, number or date');
  if (abstractSubject) evidence.push(`abstract subject "${p.subjectHead}"`);
  if (p.bareCommentator) evidence.push(`unnamed "${p.subjectHead}"`);
  if (hasGenericPhrase(doc.text.slice(s.start, s.end))) evidence.push('stock phrase');
  const vague = containsEntry(allWords.map(base), lex('vague-predicates'));
  if (vague) evidence.push(`vague "${vague}"`);
  if (evaluative.length > 0) evidence.push(`"${evaluative[0]!.cue}"`);
  if (evidence.length >= WEAK_EVIDENCE) return { rule: evaluative.length > 0 ? 'claim-opinion' : 'claim-filler', reason: evidence.join(', ') };
  return null;
}

/** How many weak signals make a clause filler (docs/claims.md: chosen on written examples and MRPC). */
export const WEAK_EVIDENCE = 3;
