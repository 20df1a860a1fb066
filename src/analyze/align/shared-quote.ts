import { annotationsOf } from '../../model/article.js';
import { spansOverlap } from '../../model/span.js';
import type { ClaimFrame } from '../claims/claim-frame.js';
import { sameQuote } from '../quotes/quote-match.js';

/** The quotes a claim's sentence holds. */
function quotesOf(f: ClaimFrame): string[] {
  return annotationsOf(f.doc, 'quote')
    .filter((q) => spansOverlap(q, f.sentence))
    .map((q) => q.text);
}

/**
 * Two outlets quoting the same words in mostly-quoted sentences report one statement: that its
 * speaker said them. Verbatim quotes are the most exact evidence of a shared source, whatever the
 * framing words around them.
 */
export function sameStatement(a: ClaimFrame, b: ClaimFrame): boolean {
  if (!a.quoted || !b.quoted || a.doc.id === b.doc.id) return false;
  const qb = quotesOf(b);
  return quotesOf(a).some((x) => qb.some((y) => sameQuote(x, y)));
}

/** A group of mostly-quoted sentences from one article is the quotes section's, not a claim. */
export function isQuoteOnly(members: readonly ClaimFrame[]): boolean {
  return members.every((f) => f.quoted) && new Set(members.map((f) => f.doc.id)).size < 2;
}

/**
 * A mostly-quoted sentence is aligned only with another outlet's report of the same words: the
 * model, trained on statements of fact, reads "We are thrilled to have her host" as "she will host".
 */
export function quotedPairAllowed(a: ClaimFrame, b: ClaimFrame): boolean {
  return a.quoted === b.quoted || sameStatement(a, b);
}
