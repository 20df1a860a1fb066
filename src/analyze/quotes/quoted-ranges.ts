import { annotationsOf, type ArticleDoc } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import { spanContains } from '../../model/span.js';
import { quotedPassages } from '../../nlp/quotes/quote-marks.js';

/**
 * Quoted text of a document: quote annotations when the quotes step ran, plus every passage
 * between quote marks in the analysed paragraphs (scare quotes, quotes without a speaker).
 * A cue there is someone else's words, not the article's own voice.
 */
export function quotedRanges(doc: ArticleDoc): Span[] {
  const ranges: Span[] = annotationsOf(doc, 'quote').map((q) => ({ start: q.start, end: q.end }));
  doc.blocks.forEach((b) => {
    if (b.kind === 'paragraph') for (const p of quotedPassages(doc.text, b.start, b.end)) ranges.push(p.inner);
  });
  return ranges;
}

export function insideAny(ranges: readonly Span[], span: Span): boolean {
  return ranges.some((r) => spanContains(r, span));
}
