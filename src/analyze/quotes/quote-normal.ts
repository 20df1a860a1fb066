/**
 * A quote's text as the speaker said it, before words are compared: what outlets change without
 * changing the words. Curly apostrophes become straight ones; a contraction or possessive split by
 * tokenised copy ("I ’ m", "HP ’ s", "don ’ t") is joined again; editorial insertions in brackets
 * or parentheses ("altered (its direction) towards", "not Bill [Clinton]") are left out, since they
 * are the outlet's words, not the speaker's.
 */
export function normalQuoteText(text: string): string {
  return text
    .replace(/[’‘`]/g, "'")
    .replace(/(\p{L})\s+'\s*(s|m|t|d|re|ve|ll)(?![\p{L}])/giu, "$1'$2")
    .replace(/\s*(?:\[[^\]]*\]|\([^)]*\))/g, '');
}

/** "isis's" and "isis'" are one word: a possessive ending is spelling, not wording. */
export const withoutPossessive = (token: string): string => token.replace(/'s$/, '');
