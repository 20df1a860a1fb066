import { annotationsOf } from '../model/article.js';
import type { Span } from '../model/span.js';
import { isReporting, verbLemma } from '../nlp/verb-lexicon.js';
import type { ClaimFrame } from './claim-frame.js';

/** Longest speaker-and-verb lead ("Union secretary Ilse Marchetti told the Metro Bulletin that") kept in a brief line. */
export const MAX_LEAD_WORDS = 14;
/** Longest trailing attribution (", the authority's chief executive said") kept. */
export const MAX_TAIL_WORDS = 10;

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const isReportingWord = (w: string): boolean => {
  const l = verbLemma(w);
  return l !== null && isReporting(l) && !/ing$/i.test(w);
};

/**
 * The words that make a reported claim someone's statement, so the brief never states it bare and
 * never starts at the listener: "X told reporters that Z" → from X to the end of Z; "Z, X said" → Z to
 * the end of the attribution. Claims not reported by anyone keep their own span.
 */
export function attributedSpan(f: ClaimFrame): Span {
  const { doc, claim, sentence } = f;
  let start = claim.start;
  let end = claim.end;
  const lead = doc.text.slice(sentence.start, claim.start);
  const leadWords = lead.match(WORD) ?? [];
  // A lead is a statement frame when it holds a reporting verb and no clause boundary after it.
  if (leadWords.length > 0 && leadWords.length <= MAX_LEAD_WORDS && leadWords.some(isReportingWord) && !/[;]/.test(lead)) start = sentence.start;
  const tail = doc.text.slice(claim.end, sentence.end);
  const tailWords = tail.match(WORD) ?? [];
  if (/^\s*,/.test(tail) && tailWords.length <= MAX_TAIL_WORDS && (tailWords.some(isReportingWord) || /^\s*,\s*according to\b/i.test(tail))) end = sentence.end;
  return { start, end };
}

/** The claim as a brief sentence body: its attributed span, first letter capitalised, no final punctuation. */
export function briefClause(f: ClaimFrame): string {
  const span = attributedSpan(f);
  const t = f.doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim().replace(/[\s,;:.–—-]+$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** "The directive was issued" → "the directive was issued" after "According to …,"; names keep their capital. */
export function lowerFirst(f: ClaimFrame, t: string): string {
  const start = attributedSpan(f).start;
  const name = annotationsOf(f.doc, 'entity').some((e) => e.start === start);
  return name || /^(I|U\.S\.|US|UK|EU|UN)\b/.test(t) ? t : t.charAt(0).toLowerCase() + t.slice(1);
}
