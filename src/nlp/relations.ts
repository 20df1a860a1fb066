import type { ArticleDoc } from '../model/article.js';
import type { Span } from '../model/span.js';
import { findRelations, type Relation } from './attribution/attribution-relations.js';
import { linkLeftoverContents, linkSpans, unheldContents } from './attribution/model/link-spans.js';
import { defaultAttributionTagger } from './attribution/model/tagger.js';

/** What relation finding gives one document: relations, and reported passages no cue was found for. */
interface Found {
  relations: Relation[];
  passages: Span[];
}
const cache = new WeakMap<ArticleDoc, Found>();

/**
 * Attribution relations of a segmented document: the trained tagger's spans (which see the rule
 * relations as features), plus every complete rule relation (source and content) whose cue the
 * tagger did not find — the rules keep the patterns they are precise on (quotes split around
 * their cue, "according to"), plus source-less relations for tagged contents that no relation
 * holds, carried by a fallback cue (link-spans.ts), after the others. On PolNeAR dev this trades 0.006 source/cue exact F1 for 0.015
 * content overlap F1 against the tagger alone (docs/quotes-and-attributions.md). Without
 * models/attribution.bin this is the rule-based finder alone. Cached per document, since the
 * quotes and attributions steps both read it.
 */
export function attributionRelations(doc: ArticleDoc): Relation[] {
  return found(doc).relations;
}

/**
 * Reported content without a found cue: passages the tagger marks as somebody's words that no
 * relation holds (its cue was missed). They have no source and no cue, so the quotes and
 * attributions steps ignore them; they say only that the words are reported, not the outlet's
 * own. Empty without models/attribution.bin. In document order, disjoint from every relation's content.
 */
export function reportedPassages(doc: ArticleDoc): Span[] {
  return found(doc).passages;
}

function found(doc: ArticleDoc): Found {
  const hit = cache.get(doc);
  if (hit) return hit;
  const rules = findRelations(doc);
  const tagger = defaultAttributionTagger();
  let out: Found = { relations: rules, passages: [] };
  if (tagger) {
    const spans = tagger.tag(doc, rules);
    const model = linkSpans(doc, spans);
    const missed = rules.filter((r) => r.source && r.content && !model.some((m) => m.cue.start < r.cue.end && r.cue.start < m.cue.end));
    const held = [...model, ...missed].sort((a, b) => a.cue.start - b.cue.start);
    // The weaker, source-less relations come last, so a consumer that takes the first relation
    // around a cue (attributions.ts, outlet cue phrases) still finds a regular one.
    const relations = [...held, ...linkLeftoverContents(doc, spans, held)];
    out = { relations, passages: unheldContents(spans, relations) };
  }
  cache.set(doc, out);
  return out;
}
