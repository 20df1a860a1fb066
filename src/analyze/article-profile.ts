import { analysedSentences, annotationsOf, type ArticleDoc } from '../model/article.js';
import { spanContains, spansOverlap } from '../model/span.js';
import { opinionFeatures, type OpinionFeatures } from './flags/features.js';
import { hasGenericPhrase } from '../nlp/claims/generic-phrases.js';
import { insideAny, quotedRanges } from './quotes/quoted-ranges.js';

/** Counts behind one article's scores and flags; every field is from the document's annotations. */
export interface ArticleProfile {
  /** Analysed (paragraph) sentences. */
  sentences: number;
  /** Sentences with a speculation, opinion or sweeping cue in the article's own voice. */
  hedged: number;
  /** … with a speculation or sweeping cue, in a sentence that credits nobody (no attribution in it). */
  speculative: number;
  /** … with an opinion or sweeping cue. */
  opinionated: number;
  /** Distinct entity names + numbers + dates + quotes + attributions. */
  specificItems: number;
  /** Sentences with a stock filler phrase. */
  generic: number;
  /** Credited sources, weighted: named 1, anonymous 0.5, each source once. */
  sourceWeight: number;
  /** What the learned opinion model reads (shares of sentences, section metadata). */
  opinion: OpinionFeatures;
}

/**
 * A statement credited to someone in the article's own words ("said in a statement", "a statement
 * from Sen. Warner's office", "a spokesman for the senator"): a source even when no attribution
 * or quote annotation names it.
 */
const STATEMENT = /\b(?:in an? (?:written |joint |brief |emailed |e-mailed |prepared )?statement|(?:a|the|his|her|their|its) statement (?:from|by|released|issued|sent|posted)|statement from|(?:'s|’s) office (?:said|says|told|confirmed|released|issued|noted|added|declined|did not)|spokes(?:man|woman|person) for)\b/i;

/** Sources the article credits: attribution annotations and quote speakers, each counted once. */
function sourceWeight(doc: ArticleDoc): number {
  const weights = new Map<string, number>();
  const add = (key: string, w: number) => weights.set(key, Math.max(weights.get(key) ?? 0, w));
  for (const a of annotationsOf(doc, 'attribution')) {
    const kind = a.citedKind;
    switch (kind) {
      case 'outlet':
      case 'organization':
      case 'person':
        add(a.cited.toLowerCase(), 1);
        break;
      case 'anonymous':
        add(a.cited.toLowerCase(), 0.5);
        break;
      default: {
        const never: never = kind;
        void never;
      }
    }
  }
  for (const q of annotationsOf(doc, 'quote')) {
    if (q.speaker !== null) add(q.speaker.toLowerCase(), 1);
    else if (q.speakerDescription !== null) add(q.speakerDescription.toLowerCase(), 0.5);
  }
  if (weights.size === 0) {
    const quoted = quotedRanges(doc);
    // a statement cue in the article's own words (not inside a quote) counts as one half-named source
    const credited = analysedSentences(doc).some((s) => {
      const m = STATEMENT.exec(doc.text.slice(s.start, s.end));
      return m !== null && !insideAny(quoted, { start: s.start + m.index, end: s.start + m.index + m[0].length });
    });
    if (credited) add('statement', 0.5);
  }
  return [...weights.values()].reduce((a, b) => a + b, 0);
}

export function articleProfile(doc: ArticleDoc): ArticleProfile {
  const sentences = analysedSentences(doc);
  const quoted = quotedRanges(doc);
  const ownVoice = annotationsOf(doc, 'hedge').filter((h) => !insideAny(quoted, h));
  const attributions = annotationsOf(doc, 'attribution');
  let hedged = 0;
  let speculative = 0;
  let opinionated = 0;
  let generic = 0;
  for (const s of sentences) {
    const cats = new Set(ownVoice.filter((h) => spanContains(s, h)).map((h) => h.category));
    if (cats.has('speculation') || cats.has('opinion') || cats.has('sweeping')) hedged++;
    // "X said the plan could fail" reports someone's uncertainty; only uncredited speculation counts.
    const credited = attributions.some((a) => spansOverlap(a, s));
    if (!credited && (cats.has('speculation') || cats.has('sweeping'))) speculative++;
    if (cats.has('opinion') || cats.has('sweeping')) opinionated++;
    if (hasGenericPhrase(doc.text.slice(s.start, s.end))) generic++;
  }
  const entityNames = new Set(annotationsOf(doc, 'entity').map((e) => e.name.toLowerCase()));
  const specificItems =
    entityNames.size +
    annotationsOf(doc, 'number').length +
    annotationsOf(doc, 'date').length +
    annotationsOf(doc, 'quote').length +
    annotationsOf(doc, 'attribution').length;
  return {
    sentences: sentences.length,
    hedged,
    speculative,
    opinionated,
    specificItems,
    generic,
    sourceWeight: sourceWeight(doc),
    opinion: opinionFeatures(doc, { opinionated, speculative }),
  };
}
