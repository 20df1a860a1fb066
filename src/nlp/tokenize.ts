import type { ArticleDoc, Token } from '../model/article.js';
import { ABBREVIATIONS } from './abbreviations.js';

// Order matters: dotted acronyms (U.S.), words with inner apostrophes/hyphens, numbers, then any other symbol.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-&][\p{L}\p{N}]+)*|\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|s)?%?|['’](?:s|t|re|ve|ll|d|m)\b|\S/gu;

/** Split text into tokens with exact offsets. Possessive and contraction suffixes are their own tokens (CoNLL style). */
export function tokenizeText(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  // Only the block itself: slicing the whole text up to `to` made segmenting quadratic in the
  // number of blocks. The pattern has no look-behind, so matches do not depend on earlier text.
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    let end = m.index + m[0].length;
    // Keep the period on known abbreviations and single-letter initials ("Lt.", "A.").
    if (slice[end] === '.' && /^\p{L}/u.test(m[0])) {
      const w = m[0].toLowerCase();
      if (ABBREVIATIONS.has(w) || (m[0].length === 1 && /\p{Lu}/u.test(m[0]))) end += 1;
    }
    tokens.push({ start: from + m.index, end: from + end });
    re.lastIndex = end;
  }
  return tokens;
}

export function tokenTexts(doc: Pick<ArticleDoc, 'text'>, tokens: readonly Token[]): string[] {
  return tokens.map((t) => doc.text.slice(t.start, t.end));
}
