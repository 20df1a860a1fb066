import { analysedSentences, type ArticleDoc } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import { insideAny, quotedRanges } from '../quotes/quoted-ranges.js';

/**
 * Words by which an article passes on reporting it does not name: "according to the reports",
 * "media reports", "amid reports that", "it was reported", "reportedly", "news outlets confirmed".
 * A named source ("the authority reports that") is not one: bare "reports that" needs a
 * preposition before it.
 */
const UNNAMED_REPORTS = new RegExp(
  [
    '\\baccording to (?:the |some |several |multiple |unconfirmed |recent |earlier |initial |local |international |media |news |press |published )*(?:reports?|media|press|news outlets)\\b',
    '\\b(?:media|news|press|unconfirmed) reports?\\b',
    '\\b(?:over|amid|after|following|despite|given|about|on) (?:the |recent |earlier |initial |several |multiple )?reports? (?:that|of)\\b',
    '^(?:\\p{Lu}\\p{Ll}+, )?reports (?:say|said|suggest|suggested|indicate|indicated|claim|claimed)\\b',
    '\\bit (?:is|was|has been|had been) (?:widely |also |earlier |previously |first )?reported\\b',
    '\\breportedly\\b',
    '\\b(?:news|media) outlets\\b',
    '\\bthe media (?:reported|says|said|has reported)\\b',
  ].join('|'),
  'giu',
);

const quotedByDoc = new WeakMap<ArticleDoc, Span[]>();

/** The words in `span` (outside quotes) by which the article relays unnamed reports, or null. */
export function unnamedReportCue(doc: ArticleDoc, span: Span): string | null {
  const text = doc.text.slice(span.start, span.end);
  let quoted = quotedByDoc.get(doc);
  if (!quoted) quotedByDoc.set(doc, (quoted = quotedRanges(doc)));
  for (const m of text.matchAll(UNNAMED_REPORTS)) {
    const at = { start: span.start + m.index!, end: span.start + m.index! + m[0].length };
    if (!insideAny(quoted, at)) return m[0];
  }
  return null;
}

/**
 * A sentence that confirms or credits the one before it by referring back to it: "According to
 * the reports, one current and one former official confirmed this decision", "The move was first
 * reported by The Record". The nouns are the generic ones news writing uses for a reported fact.
 */
const REFERS_BACK = new RegExp(
  [
    '\\b(?:confirmed|reported|revealed|disclosed|verified|broke)\\s+(?:this|that|these|the)\\s+(?:news|decision|order|move|report|plan|directive|step|account|information|story|development|change|pause|halt|finding|findings)\\b',
    '\\b(?:this|that|it|the (?:news|decision|order|move|report|plan|directive|step|story|development|change|pause|halt|finding|findings))\\s+(?:was|were|has been|had been)\\s+(?:first\\s+|also\\s+|later\\s+|originally\\s+)?(?:reported|confirmed|revealed|disclosed|verified)\\b',
  ].join('|'),
  'iu',
);

/** The next sentence of the same paragraph when it refers back to `sentence` (REFERS_BACK), or null. */
export function followUp(doc: ArticleDoc, sentence: Span): Span | null {
  const sentences = analysedSentences(doc);
  const i = sentences.findIndex((s) => s.start <= sentence.start && sentence.start < s.end);
  const cur = sentences[i];
  const next = sentences[i + 1];
  if (!cur || !next || next.block !== cur.block) return null;
  return REFERS_BACK.test(doc.text.slice(next.start, next.end)) ? next : null;
}
