import { PARTICLES, guessLemma, isKnownPhrasal, isReporting, verbClass, verbLemma } from '../verb-lexicon.js';

/** A token of one sentence; `masked` tokens (quoted speech) are never part of a claim. */
export interface ClauseToken {
  w: string;
  lw: string;
  start: number;
  end: number;
  masked: boolean;
}

/** A claim found in a sentence, by token range [from, to). */
export interface ClaimDraft {
  from: number;
  to: number;
  subject: string | null;
  predicate: string;
  object: string | null;
  negated: boolean;
}

// "'s" is left out on purpose: in news it is far more often a possessive than "is".
const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'can', 'did', 'does', 'do', "'ve", "'re", "'ll", "'d"]);
const CONTRACTING_PRONOUN = /^(it|he|she|that|there|what|who|this)$/;
// Function words that never head a verb phrase, even after "not" ("not a matter", "not the first").
const NOT_A_VERB = new Set(['this', 'that', 'these', 'those', 'only', 'just', 'merely', 'simply', 'because', 'as', 'so', 'yet', 'least', 'even', 'quite', 'very', 'too', 'enough', 'one', 'much', 'more', 'less', 'until', 'unless', 'if', 'when', 'since', 'but']);
const BE = new Set(['is', 'are', 'was', 'were', "'re", 'be', 'been']);
const HAVE = new Set(['has', 'have', 'had']);
const isAdverb = (w: string): boolean => ADVERB.has(w) || (/ly$/.test(w) && w.length > 4 && w !== 'family' && w !== 'rally' && w !== 'italy');
const NEG = new Set(['not', "n't", 'never', 'no', 'nor']);
// Adverbs that sit between the subject, auxiliaries and the verb.
const ADVERB = new Set(['also', 'reportedly', 'allegedly', 'apparently', 'just', 'already', 'still', 'recently', 'now', 'only', 'further', 'actually', 'significantly', 'sometimes', 'often', 'then', 'later', 'since', 'publicly', 'officially', 'quietly', 'formally', 'even', 'really', 'again', 'initially', 'previously', 'largely', 'ultimately', 'effectively', 'long', 'consistently', 'strongly', 'repeatedly', 'first']);
const DETERMINER = new Set(['the', 'a', 'an', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', "'s", '’s', 'of', 'to', 'any', 'all', 'some', 'no', 'each', 'every', 'such', 'reported', 'new', 'for', 'in', 'on', 'with', 'by', 'from', 'about', 'over', 'against', 'and', 'or']);
const SUBJECT_PRONOUN = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'it', 'who', 'which', 'officials', 'experts', 'critics', 'analysts', 'leaders', 'sources', 'people']);
const LEAD = new Set(['in', 'at', 'on', 'as', 'after', 'before', 'despite', 'meanwhile', 'consequently', 'however', 'moreover', 'additionally', 'nevertheless', 'nonetheless', 'similarly', 'likewise', 'also', 'still', 'yet', 'simultaneously', 'since', 'although', 'though', 'while', 'when', 'if', 'until', 'because', 'with', 'for', 'from', 'during', 'amid', 'under', 'over', 'following', 'according', 'by', 'so', 'then', 'thus', 'therefore', 'furthermore', 'earlier', 'later', 'now', 'today', 'instead', 'indeed', 'notably', 'previously', 'separately', 'speaking', 'to', 'unlike', 'like', 'once', 'besides', 'overall', 'finally', 'first', 'second', 'third', 'last', 'ultimately', 'regardless', 'even', 'given', 'within', 'without', 'through', 'throughout', 'upon', 'again']);
const CONJ = new Set(['but', 'and', 'yet', 'so', 'or']);
const CLAUSE_JOIN = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'where']);
const IRREGULAR_PAST = /^(said|told|came|went|took|gave|made|met|began|led|left|won|lost|held|saw|sent|struck|spoke|wrote|brought|thought|found|kept|became|rose|fell|grew|drew|knew|paid|sold|built|meant|stood|understood|withdrew|froze|sought|fought|spent|heard|felt|shot)$/;
/** Heads of clauses whose content the writer does not assert: "the belief that …", "it is posited that …". */
const NON_ASSERTED_HEAD = new Set(['belief', 'beliefs', 'perception', 'perceptions', 'sentiment', 'view', 'argument', 'notion', 'narrative', 'implication', 'conclusion', 'speculation', 'assumption', 'theory', 'impression', 'feeling', 'hope', 'hopes', 'fear', 'fears', 'suspicion', 'suspicions', 'sense', 'idea', 'claim', 'claims', 'allegation', 'allegations', 'rumor', 'rumors', 'rumour', 'rumours', 'posited', 'believed', 'thought', 'assumed', 'speculated', 'rumored', 'suggested', 'argued', 'alleged', 'claimed', 'feared', 'hoped', 'believe', 'believes', 'think', 'thinks', 'suspect', 'suspects', 'possible', 'likely', 'unlikely', 'whether', 'if', 'is', 'was', 'seems', 'appears']);
const DENIED_HEAD = /^(claims?|allegations?|accusations?|suggestions?|notion|idea|assertions?|charges?|rumou?rs?|reports?|speculation)$/;
const REPORT_HEAD = new Set(['reports', 'report', 'news', 'statement', 'announcement', 'confirmation', 'fact', 'indication', 'indications', 'word', 'evidence', 'reporting', 'revelation', 'disclosure', 'confirmed', 'reported', 'noted', 'announced', 'revealed', 'stated', 'learned']);

/** Is token i the next non-adverb token after an auxiliary a participle or verb (so the auxiliary is not the verb)? */
function auxiliaryOfNext(t: readonly ClauseToken[], i: number): boolean {
  let j = i + 1;
  while (j < t.length && (isAdverb(t[j]!.lw) || NEG.has(t[j]!.lw))) j++;
  const n = t[j]?.lw ?? '';
  return n === 'been' || n === 'being' || n === 'be' || /(ed|en|ing)$/.test(n) || IRREGULAR_PAST.test(n) || (verbLemma(n) !== null && !/s$/.test(n));
}

function isVerbAt(t: readonly ClauseToken[], i: number, from: number): string | null {
  const tok = t[i]!;
  if (tok.masked || !/^\p{Ll}/u.test(tok.w)) return null;
  const prev = i > from ? t[i - 1]!.lw : '';
  const w = tok.lw;
  if (AUX.has(w)) return HAVE.has(w) && i > from && !auxiliaryOfNext(t, i) ? 'have' : null;
  const prevIsAux = AUX.has(prev) || NEG.has(prev) || (isAdverb(prev) && i - 2 >= from && (AUX.has(t[i - 2]!.lw) || NEG.has(t[i - 2]!.lw)));
  // "This raises …": a demonstrative opening the clause is a pronoun subject.
  const pronounThis = i === from + 1 && /^(this|that)$/.test(prev);
  // "It's posited": after a pronoun, "'s" is "is" or "has".
  const contracted = prev === "'s" && /^(it|he|she|that|there|what|who)$/.test(t[i - 2]?.lw ?? '');
  if (prev === 'to' || (DETERMINER.has(prev) && !prevIsAux && !contracted) || ((prev === 'this' || prev === 'that') && !pronounThis)) return null;
  const lemma = verbLemma(w);
  if (IRREGULAR_PAST.test(w)) return lemma ?? guessLemma(w);
  if (/ed$/.test(w) && w.length > 4) {
    if (lemma) return lemma;
    return i > from ? guessLemma(w) : null;
  }
  if (/ing$/.test(w)) return BE.has(prev) || (isAdverb(prev) && BE.has(t[i - 2]?.lw ?? '')) ? lemma ?? guessLemma(w) : null;
  // After a modal or "do", any word is a base-form verb: "will reopen", "did not resign".
  // "it stands", "she wants": an unknown -s word right after a singular pronoun is its verb.
  if (!lemma && /^(he|she|it)$/.test(prev) && /^\p{Ll}{3,}s$/u.test(w) && !/(ss|us|is)$/.test(w) && !isAdverb(w)) return /(ch|sh|x)es$/.test(w) ? w.slice(0, -2) : /[^aeiou]ies$/.test(w) ? w.slice(0, -3) + 'y' : w.slice(0, -1);
  if (!lemma) return /^(will|would|could|can|may|might|must|should|did|does|do|not|n't|never)$/.test(prev) && /^\p{Ll}+$/u.test(w) && !isAdverb(w) && !DETERMINER.has(w) && !NOT_A_VERB.has(w) ? w : null;
  if (/s$/.test(w) && w !== lemma) return i > from && !/^[,;:]$/.test(prev) ? lemma : null;
  // A base form is a finite verb after an auxiliary, a plural or pronoun subject.
  if (w === lemma) return prevIsAux || SUBJECT_PRONOUN.has(prev) || (i - 1 > from && /^\p{Ll}+[^s]s$/u.test(t[i - 1]!.w)) ? lemma : null;
  return lemma;
}

/** A form of "be" used as the main verb: not followed by a participle or verb. */
function isCopulaAt(t: readonly ClauseToken[], i: number, from: number): boolean {
  // "It's not a matter of …": after a pronoun, "'s" is "is" (elsewhere it is a possessive).
  const contractedIs = t[i]!.lw === "'s" && i - 1 >= from && CONTRACTING_PRONOUN.test(t[i - 1]!.lw);
  return i > from && (BE.has(t[i]!.lw) || contractedIs) && !t[i]!.masked && !auxiliaryOfNext(t, i);
}

/** Index just after a relative clause or verbless apposition that starts with the comma at `i`, or -1. */
function skipInsertion(t: readonly ClauseToken[], i: number, to: number): number {
  const next = t[i + 1]?.lw ?? '';
  let j = i + 1;
  while (j < to && t[j]!.w !== ',') j++;
  if (j >= to) return -1;
  if (RELATIVE.has(next)) return j + 1;
  for (let k = i + 1; k < j; k++) if (isVerbAt(t, k, i + 1)) return -1;
  return j - i <= 12 ? j + 1 : -1;
}

/** Clause ranges of a sentence: split at ";" and at ", but/and/while …" when both halves have a verb. */
export function splitClauses(t: readonly ClauseToken[]): [number, number][] {
  const cuts: number[] = [0];
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.lw;
    if (w === ';' || (w === ',' && CLAUSE_JOIN.has(t[i + 1]?.lw ?? '') && hasMainVerb(t, i + 2, t.length) && hasVerb(t, cuts[cuts.length - 1]!, i))) cuts.push(i + 1);
  }
  cuts.push(t.length);
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < cuts.length; k++) if (cuts[k + 1]! > cuts[k]!) out.push([cuts[k]!, cuts[k + 1]!]);
  return out;
}

/** A verb of the range's own clause: not one inside a relative clause ("sabotage efforts targeting nations that have supported …"). */
function hasMainVerb(t: readonly ClauseToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (i > from && (RELATIVE.has(t[i]!.lw) || t[i]!.lw === 'that')) return false;
    if (isVerbAt(t, i, from)) return true;
  }
  return false;
}

function hasVerb(t: readonly ClauseToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isVerbAt(t, i, from)) return true;
  return false;
}

const text = (t: readonly ClauseToken[], a: number, b: number, src: string): string | null => (b > a ? src.slice(t[a]!.start, t[b - 1]!.end) : null);

/** Start of a trailing attribution (", according to X", ", officials told X") or of a participle tail, else `to`. */
function trailingCut(t: readonly ClauseToken[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (t[i]!.w !== ',' && !t[i]!.masked) continue;
    if (t[i]!.masked) return i;
    const next = t[i + 1]?.lw ?? '';
    if (next === 'according' || /ing$/.test(next)) return i;
    for (let k = i + 1; k < Math.min(to, i + 7); k++) {
      const l = verbLemma(t[k]!.lw);
      if (l && isReporting(l) && !/ing$/.test(t[k]!.lw)) return i;
    }
  }
  return to;
}

const TIME_WORD = /^(on|last|this|early|earlier|late|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night)$/;
/** "reported Tuesday that", "said on Monday that": only time words between the verb and "that". */
function onlyTimeWords(t: readonly ClauseToken[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!TIME_WORD.test(t[k]!.lw)) return false;
  return true;
}

// Reporting verbs that take a listener before the content: "told reporters that", "assured the board that".
const LISTENER_VERB = /^(tell|assure|inform|warn|remind|notify|advise|reassure|promise|brief|convince|caution)$/;
const MAX_LISTENER = 6;
/** Index of the "that" after a short verbless listener phrase ("the Metro Bulletin", "reporters on Monday"), or -1. */
function listenerEnd(t: readonly ClauseToken[], from: number, to: number): number {
  for (let i = from + 1; i < Math.min(to, from + MAX_LISTENER + 1); i++) {
    if (t[i]!.lw === 'that') return i;
    if (t[i]!.masked || /^[,;:]$/.test(t[i]!.w) || isVerbAt(t, i, from)) return -1;
  }
  return -1;
}

/** Claims of one clause range [a, b) of tokens. `src` is the document text. */
export function clauseClaims(t: readonly ClauseToken[], a: number, b: number, src: string, depth = 0): ClaimDraft[] {
  while (a < b && (CONJ.has(t[a]!.lw) || t[a]!.lw === 'that' || /^[,–—-]$/.test(t[a]!.w))) a++;
  // Leading adverbials end at the first comma: "In a significant move, …", "Meanwhile, …".
  for (let guard = 0; guard < 3 && a < b && LEAD.has(t[a]!.lw); guard++) {
    let c = a;
    while (c < b && t[c]!.w !== ',') c++;
    if (c >= b) break;
    a = c + 1;
    // "According to X, a publication that …, <clause>": skip the apposition too.
    if (/^(a|an)$/.test(t[a]?.lw ?? '')) {
      let d = a;
      while (d < b && d - a < 16 && t[d]!.w !== ',') d++;
      if (d < b && t[d]!.w === ',') a = d + 1;
    }
  }
  let v = -1;
  let lemma = '';
  let insertion = -1; // first relative clause or apposition inside the subject
  for (let i = a; i < b; i++) {
    if (t[i]!.masked) return [];
    if (t[i]!.w === ',' && i > a) {
      const skip = skipInsertion(t, i, b);
      if (skip > 0) {
        if (insertion < 0) insertion = i;
        i = skip - 1;
        continue;
      }
    }
    if (BE.has(t[i]!.lw) && t[i + 1]?.lw === 'that') return []; // "the view is that …": not asserted
    if (isCopulaAt(t, i, a)) return copulaClaim(t, a, i, b, src, insertion);
    const l = isVerbAt(t, i, a);
    if (l) {
      v = i;
      lemma = l;
      break;
    }
  }
  if (v < 0) return [];
  let chain = v;
  let negated = false;
  while (chain - 1 > a && (AUX.has(t[chain - 1]!.lw) || NEG.has(t[chain - 1]!.lw) || isAdverb(t[chain - 1]!.lw))) {
    chain--;
    if (NEG.has(t[chain]!.lw)) negated = true;
  }
  if (chain > a && t[chain - 1]!.lw === 'no' && t[chain]!.lw === 'longer') negated = true;
  let objFrom = v + 1;
  // "declined to comment" ≈ "did not comment": the complement is the event, negated.
  if (/^(decline|refuse|fail)$/.test(lemma) && t[v + 1]?.lw === 'to' && t[v + 2]) {
    lemma = verbLemma(t[v + 2]!.lw) ?? t[v + 2]!.lw;
    negated = true;
    objFrom = v + 3;
  }
  const particle = t[objFrom]?.lw ?? '';
  if (PARTICLES.has(particle) && isKnownPhrasal(lemma, particle)) {
    lemma = `${lemma} ${particle}`;
    objFrom++;
  }
  const subjectEnd = insertion >= 0 && insertion < chain ? insertion : chain;
  const subjectText = text(t, a, subjectEnd, src);
  const cut = trailingCut(t, objFrom, b);
  const out: ClaimDraft[] = [];
  // Reported content: "X said (that) …", "reports that …", "It is noted that …".
  let that = -1;
  const listener = LISTENER_VERB.test(lemma) ? listenerEnd(t, objFrom, cut) : -1;
  for (let i = objFrom; i < cut; i++) {
    if (t[i]!.lw !== 'that') continue;
    const head = t[i - 1]!.lw;
    if (isReporting(lemma) && (i === objFrom || i === listener || onlyTimeWords(t, objFrom, i))) that = i;
    else if (REPORT_HEAD.has(head)) that = i;
    // "X rejected the claim that Y": the content is what X says is false (Y negated below).
    else if (verbClass(lemma) === 'deny' && !negated && i - objFrom <= 3 && DENIED_HEAD.test(head)) that = i;
    else if (NON_ASSERTED_HEAD.has(head)) return out; // neither the frame nor the content is asserted
    if (that >= 0) break;
  }
  if (/^(believe|think|posit|speculate|assume|suspect|guess|imagine|hope|fear|seem|appear|wonder)$/.test(lemma)) return out;
  // "told reporters the level would fall": a one-word listener (pronoun, "reporters") before content without "that".
  const bareListener = LISTENER_VERB.test(lemma) && /^(me|him|her|us|them|reporters|journalists)$/.test(t[objFrom]?.lw ?? '') ? 1 : 0;
  if (that < 0 && isReporting(lemma) && objFrom + bareListener < cut && hasVerb(t, objFrom + bareListener, cut) && !/^(to|on|about|in|at|with|of)$/.test(t[objFrom + bareListener]!.lw)) that = objFrom + bareListener - 1;
  if (that >= 0 && verbClass(lemma) === 'claim') return out; // "X argues that …": attributed opinion, not reported fact
  if (that >= 0 && depth < 2) {
    // "X denied that Y": Y is reported with the opposite polarity.
    const flip = verbClass(lemma) === 'deny' !== negated;
    out.push(...clauseClaims(t, that + 1, cut, src, depth + 1).map((c) => (flip ? { ...c, negated: !c.negated } : c)));
    // "X told reporters that Y": the listener is no content of its own; only Y is claimed.
    const frameOnly = that <= objFrom + bareListener || that === listener || /^(it|this|there)$/i.test(subjectText ?? '');
    if (frameOnly) return out;
    const main = draft(t, a, subjectEnd, v, lemma, objFrom, that, negated, src);
    return main ? [main, ...out] : out;
  }
  if (isReporting(lemma) && objFrom >= cut) return out; // "he said," before a quote
  const main = draft(t, a, subjectEnd, v, lemma, objFrom, cut, negated, src);
  return main ? [...out, main] : out;
}

function draft(t: readonly ClauseToken[], a: number, chain: number, v: number, predicate: string, objFrom: number, objTo: number, negated: boolean, src: string): ClaimDraft | null {
  while (objTo > objFrom && /^[,.;:!–—-]$/.test(t[objTo - 1]!.w)) objTo--;
  const subject = text(t, a, chain, src);
  if (subject === null) return null; // no one does anything: a fragment, not a claim
  return { from: a, to: Math.max(objTo, v + 1), subject, predicate, object: text(t, objFrom, objTo, src), negated };
}

function copulaClaim(t: readonly ClauseToken[], a: number, be: number, b: number, src: string, insertion: number): ClaimDraft[] {
  let objFrom = be + 1;
  let negated = false;
  while (objFrom < b && (NEG.has(t[objFrom]!.lw) || isAdverb(t[objFrom]!.lw))) {
    if (NEG.has(t[objFrom]!.lw)) negated = true;
    objFrom++;
  }
  if (t[objFrom]?.lw === 'that') return []; // "the view is that …"
  if (NON_ASSERTED_HEAD.has(t[be - 1]!.lw)) return [];
  const cut = trailingCut(t, objFrom, b);
  if (cut <= objFrom) return [];
  let subjectEnd = insertion >= 0 && insertion < be ? insertion : be;
  while (subjectEnd - 1 > a && (AUX.has(t[subjectEnd - 1]!.lw) || NEG.has(t[subjectEnd - 1]!.lw) || isAdverb(t[subjectEnd - 1]!.lw))) {
    subjectEnd--;
    if (NEG.has(t[subjectEnd]!.lw)) negated = true;
  }
  const c = draft(t, a, subjectEnd, be, 'be', objFrom, cut, negated, src);
  return c ? [c] : [];
}
