import { annotationsOf } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import { isReporting, verbLemma } from '../../nlp/verb-lexicon.js';
import { isTitleWord } from '../../nlp/titles.js';
import type { ClaimFrame } from '../claims/claim-frame.js';

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

/** Longest source sentence a brief line repeats whole; a longer one is left for another member. */
export const MAX_BRIEF_WORDS = 45;

/** The claim as a brief sentence body: its attributed span, first letter capitalised, no final punctuation. */
export function briefClause(f: ClaimFrame): string {
  const span = attributedSpan(f);
  const t = f.doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim().replace(/[\s,;:.–—-]+$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * Can the claim's whole source sentence be a brief line? The brief never cuts a sentence: a cut
 * clause loses the object of its verb ("the families requested") or the quote its speaker
 * introduced ("President Trump said on Saturday"); the whole sentence keeps both, and the quote
 * stays with its speaker. A sentence too long to repeat is left for another member.
 */
export function sentenceFits(f: ClaimFrame): boolean {
  return (f.doc.text.slice(f.sentence.start, f.sentence.end).match(WORD) ?? []).length <= MAX_BRIEF_WORDS;
}

// Prepositions and conjunctions that open a sentence ("On Thursday night, …", "After the vote …"):
// lower-cased after "According to …," even when a capitalised word follows.
const OPENING_FUNCTION_WORD = /^(?:on|in|at|after|before|during|since|until|by|for|with|from|as|when|while|if|although|though|but|and|yet|so|once|despite|amid|under|over|earlier|later)$/i;

/**
 * "The directive was issued" → "the directive was issued" after "According to …,"; `start` is where
 * the body begins in the article (the claim's attributed span unless told). Names keep
 * their capital, and so do titles and abbreviations before a name ("Ms. Pelosi", "Senator Brandt",
 * "Chief executive Marta Lindqvist"), acronyms, and a word followed by a capitalised one.
 */
export function lowerFirst(f: ClaimFrame, t: string, start = attributedSpan(f).start): string {
  if (annotationsOf(f.doc, 'entity').some((e) => e.start === start)) return t;
  const [first = '', ...rest] = t.split(/\s+/);
  const bare = first.replace(/[.,]$/, '');
  if (/^(?:the|a|an)$/i.test(bare) || OPENING_FUNCTION_WORD.test(bare)) return t.charAt(0).toLowerCase() + t.slice(1);
  const nameFollows = rest.slice(0, 2).some((w) => /^\p{Lu}/u.test(w));
  const keep = /^(?:I|U\.S\.|US|UK|EU|UN)$/.test(bare) || /^\p{Lu}{2,}$/u.test(bare) || /^\p{Lu}\p{Ll}{0,3}\.$/u.test(first) || (isTitleWord(bare) && nameFollows) || /^\p{Lu}/u.test(rest[0] ?? '');
  return keep ? t : t.charAt(0).toLowerCase() + t.slice(1);
}

// A clause left hanging where a quote or its object was cut off: it ends on a function word
// ("…subscribed to a") or on its reporting verb ("President Trump said on Saturday").
const FUNCTION_END = /\b(?:a|an|the|of|to|in|on|at|for|with|by|from|as|into|and|or|but|nor|that|than|whose|his|her|its|their|our|my|your|this|these|those|is|are|was|were|be|been|has|have|had|will|would|can|could)$/i;
const REPORTING_END = /\b(?:said|says|told|added|wrote|tweeted|stated|declared|announced|explained|asked|confirmed)(?:\s+(?:reporters|(?:(?:late |early )?on\s+)?\p{Lu}\p{Ll}+day|today|yesterday|in a statement))?$/u;

/** Does a brief clause read as a whole sentence, or was something it needs cut off? */
export function isWholeClause(t: string): boolean {
  const bare = t.replace(/[\s,;:.–—-]+$/, '');
  return (bare.match(WORD) ?? []).length >= 3 && !FUNCTION_END.test(bare) && !REPORTING_END.test(bare);
}
