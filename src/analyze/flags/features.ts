import { analysedSentences, annotationsOf, type ArticleDoc } from '../../model/article.js';
import { spanContains, spansOverlap } from '../../model/span.js';
import { quotedRanges } from '../quotes/quoted-ranges.js';

/**
 * What the opinion model reads of one article, each a share of its analysed sentences (or 0/1 for
 * metadata): the voice of a column or analysis piece, as against a report. Text inside quotation
 * marks is the speakers' voice and is not counted.
 */
export interface OpinionFeatures {
  /** Sentences with a first-person singular word ("I", "my") outside quotes: reporters seldom write it, columnists do. */
  firstSingular: number;
  /** Sentences with a first-person plural word ("we", "our") outside quotes: editorials, op-eds. */
  firstPlural: number;
  /** Sentences ending in a question mark outside quotes (rhetorical questions). */
  questions: number;
  /** Sentences with an opinion or sweeping cue in the article's own voice. */
  opinionated: number;
  /** Sentences with a speculation cue in a sentence that credits nobody. */
  speculative: number;
  /** Sentences that credit a source (an attribution or a quote overlaps them). */
  sourced: number;
  /** Sentences addressing the reader or using an evaluative stance adverb ("frankly", "surely", "you"). */
  stance: number;
  /** 1 when the title, byline or URL names an opinion or analysis section ("Opinion:", "columnist", /opinion/). */
  section: number;
}

export const FEATURE_NAMES = ['firstSingular', 'firstPlural', 'questions', 'opinionated', 'speculative', 'sourced', 'stance', 'section'] as const satisfies readonly (keyof OpinionFeatures)[];

const FIRST_SINGULAR = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself)\b/;
const FIRST_PLURAL = /\b(?:we|We|we're|we’re|We're|We’re|we've|we’ve|us|our|Our|ours|ourselves)\b/;
const STANCE = /\b(?:you|your|frankly|surely|of course|obviously|clearly|undoubtedly|arguably|sadly|unfortunately|thankfully|let's|let’s|imagine)\b/i;
/** Section, column and analysis labels (a page's section, a title's column tag "…; News Analysis", a label line "LETTERS."). */
const SECTION_LABEL = String.raw`(?:opinion|op-ed|editorials?|columns?|commentary|analysis|news analysis|perspective|letters?(?: to the editor)?|editor['’]s note|the upshot|dealbook|economic scene|common sense|letter from [\p{L} ]+|your money|the mediator|the fix)`;
const SECTION_TITLE = new RegExp(String.raw`^${SECTION_LABEL}\b|[;|:–—-]\s*${SECTION_LABEL}\s*$`, 'iu');
/** A short line that is only a section label ("LETTERS.", "DealBook.", "Opinion:"). */
const SECTION_LINE = new RegExp(String.raw`^${SECTION_LABEL}\s*[.:]?$`, 'iu');
const SECTION_BYLINE = /\b(?:columnist|contributor|opinion (?:writer|editor)|editorial board|op-ed|guest (?:writer|column))\b/i;
const SECTION_URL = /\/(?:opinions?|commentary|editorials?|columns?|columnists?|blogs?|analysis|op-?ed|views?)(?:\/|$)/i;
/** How many opening sentences may hold a section label line (after a title line and a subtitle). */
const LABEL_LINES = 3;

/** Does the metadata, or a label line at the top of the body, place the article in an opinion or analysis section? */
export function opinionSection(doc: ArticleDoc): boolean {
  const lines = analysedSentences(doc).slice(0, LABEL_LINES).map((s) => doc.text.slice(s.start, s.end).trim());
  return (
    (doc.title !== null && SECTION_TITLE.test(doc.title.trim())) ||
    (doc.author !== null && SECTION_BYLINE.test(doc.author)) ||
    (doc.url !== null && SECTION_URL.test(doc.url)) ||
    lines.some((l) => SECTION_LINE.test(l))
  );
}

/** `p`: the article's own-voice opinion and uncredited speculation sentence counts (article-profile.ts). */
export function opinionFeatures(doc: ArticleDoc, p: { opinionated: number; speculative: number }): OpinionFeatures {
  const sentences = analysedSentences(doc);
  const quoted = quotedRanges(doc);
  const credits = [...annotationsOf(doc, 'attribution'), ...annotationsOf(doc, 'quote')];
  let firstSingular = 0;
  let firstPlural = 0;
  let questions = 0;
  let sourced = 0;
  let stance = 0;
  for (const s of sentences) {
    // the sentence with its quoted passages blanked out: the article's own words
    let own = doc.text.slice(s.start, s.end);
    for (const q of quoted) {
      if (!spansOverlap(q, s)) continue;
      const a = Math.max(q.start, s.start) - s.start;
      const b = Math.min(q.end, s.end) - s.start;
      own = own.slice(0, a) + ' '.repeat(b - a) + own.slice(b);
    }
    if (FIRST_SINGULAR.test(own)) firstSingular++;
    if (FIRST_PLURAL.test(own)) firstPlural++;
    if (/\?\s*$/.test(own)) questions++;
    if (STANCE.test(own)) stance++;
    if (credits.some((c) => spansOverlap(c, s) || spanContains(s, c))) sourced++;
  }
  const n = Math.max(1, sentences.length);
  return {
    firstSingular: firstSingular / n,
    firstPlural: firstPlural / n,
    questions: questions / n,
    opinionated: p.opinionated / n,
    speculative: p.speculative / n,
    sourced: sourced / n,
    stance: stance / n,
    section: opinionSection(doc) ? 1 : 0,
  };
}

/**
 * Does the article speak in a voice of its own at all (first person, a question, an opinion or
 * stance word, a section label)? Without any, lack of sourcing alone makes a thin rewrite, not an
 * opinion piece: that is `low-information`'s business.
 */
export function hasOwnVoice(f: OpinionFeatures): boolean {
  return f.firstSingular + f.firstPlural + f.questions + f.opinionated + f.stance + f.section > 0;
}
