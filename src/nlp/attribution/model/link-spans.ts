import type { ArticleDoc } from '../../../model/article.js';
import type { Span } from '../../../model/span.js';
import type { Relation } from '../attribution-relations.js';
import { cueBase, cueStrength } from '../speech-cues.js';
import { documentPassages } from '../../quotes/quote-marks.js';
import type { TaggedSpan } from './tagger.js';

/** Characters between a leftover content and the fallback cue that carries it (chosen on train: 15–400 differ by ±0.002). */
const MAX_FALLBACK_GAP = 40;

/** Characters between two spans (0 when they touch or overlap). */
const gap = (a: Span, b: Span) => Math.max(0, a.start - b.end, b.start - a.end);
/** A source further from its cue than this is more likely another relation's (measured on dev). */
const MAX_SOURCE_GAP = 120;

/**
 * The nearest candidate in the cue's paragraph: same sentence first, then by distance. Ties go to
 * the earlier span, so linking is deterministic.
 */
function nearest(cue: TaggedSpan, candidates: readonly TaggedSpan[], maxGap: number): TaggedSpan | null {
  let best: TaggedSpan | null = null;
  let bestKey = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c.paragraph !== cue.paragraph || (c.start < cue.end && cue.start < c.end && c.role === 'source')) continue;
    // content spans may hold their cue only when the cue interrupts them ("“…,” he said, “…”")
    const d = gap(c, cue);
    if (d > maxGap) continue;
    const key = (c.sentence === cue.sentence ? 0 : 1e6) + d;
    if (key < bestKey) {
      bestKey = key;
      best = c;
    }
  }
  return best;
}

/**
 * A tagged source that ends in its only comma ("Mike Murphy,") ends before it. PolNeAR keeps a
 * source's final comma only after an appositive ("Murphy, the head of Right to Rise USA,"): on 300
 * train texts, 49 such sources, none exact as tagged and 15 exact without the comma.
 */
function trimSource(doc: ArticleDoc, s: Span): Span {
  const text = doc.text.slice(s.start, s.end);
  const m = /\s*,$/.exec(text);
  return m && text.indexOf(',') === m.index + m[0].length - 1 && m.index > 0 ? { start: s.start, end: s.start + m.index } : s;
}

/** What kind of cue the words are: the lexicon's strength of the first reporting word, else speech (colons, nouns). */
function describeCue(doc: ArticleDoc, cue: Span): { base: string; strength: Relation['strength'] } {
  const words = doc.text.slice(cue.start, cue.end).toLowerCase().split(/[^\p{L}:]+/u).filter(Boolean);
  for (const w of words) {
    const base = cueBase(w);
    if (base) return { base, strength: cueStrength(w) ?? 'speech' };
  }
  if (words[0] === 'according') return { base: 'according to', strength: 'speech' };
  return { base: words.join(' ') || ':', strength: 'speech' };
}

/**
 * Relations from tagged spans: every cue takes the nearest source and the nearest content of its
 * paragraph (PolNeAR's relations are local; a cue far from any source has none).
 */
export function linkSpans(doc: ArticleDoc, spans: readonly TaggedSpan[]): Relation[] {
  const sources = spans.filter((s) => s.role === 'source');
  // fallback contents are reported passages only (tagger.ts)
  const contents = spans.filter((s) => s.role === 'content' && !s.fallback);
  const out: Relation[] = [];
  for (const cue of spans.filter((s) => s.role === 'cue' && !s.fallback)) {
    const source = nearest(cue, sources, MAX_SOURCE_GAP);
    const content = nearest(cue, contents, Number.POSITIVE_INFINITY);
    const { base, strength } = describeCue(doc, cue);
    const sentence = doc.sentences.findIndex((s) => s.start <= cue.start && cue.start < s.end);
    out.push({
      source: source ? trimSource(doc, source) : null,
      cue: { start: cue.start, end: cue.end },
      cueBase: base,
      content: content ? { start: content.start, end: content.end } : null,
      strength,
      sentence,
    });
  }
  return out;
}

/**
 * Relations for tagged contents that no relation holds yet: each takes the nearest fallback cue
 * of its paragraph within MAX_FALLBACK_GAP characters (a cue the regular decoding missed, usually
 * a multi-word one without a reporting verb: "is seizing on"). The source stays null: these
 * cues are weaker, and a null source keeps them out of the attributions step. A content that
 * touches a quote some relation already holds, or a quote that opens its paragraph, is left alone:
 * the quotes step would take the speaker from this source-less relation instead.
 */
export function linkLeftoverContents(doc: ArticleDoc, spans: readonly TaggedSpan[], relations: readonly Relation[]): Relation[] {
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  // a fallback cue may coincide with a rule relation's cue, which is no longer missing
  const fallbacks = spans.filter((s) => s.role === 'cue' && s.fallback && !relations.some((r) => overlaps(r.cue, s)));
  const out: Relation[] = [];
  const held = (c: Span) => [...relations, ...out].some((r) => r.content && overlaps(r.content, c));
  // Quotes this must not claim: those a relation holds, and paragraph-opening quotes, which the
  // quotes step gives to the previous paragraph's speaker when no relation holds them.
  const opensParagraph = (q: Span) => doc.blocks.some((b) => b.start === q.start);
  const heldQuotes = documentPassages(doc)
    .map((p) => p.outer)
    .filter((q) => held(q) || opensParagraph(q));
  for (const content of spans) {
    if (content.role !== 'content' || content.fallback || held(content) || heldQuotes.some((q) => overlaps(q, content))) continue;
    const cue = nearest(content, fallbacks, MAX_FALLBACK_GAP);
    if (!cue || out.some((r) => r.cue.start === cue.start)) continue;
    const { base, strength } = describeCue(doc, cue);
    out.push({
      source: null,
      cue: { start: cue.start, end: cue.end },
      cueBase: base,
      content: { start: content.start, end: content.end },
      strength,
      sentence: doc.sentences.findIndex((s) => s.start <= cue.start && cue.start < s.end),
    });
  }
  return out;
}

/**
 * Tagged contents that no relation holds, even after the fallback linking: the tagger says the
 * words are somebody's report but found no cue for them. They are reported passages without a
 * cue (relations.ts `reportedPassages`), never relations, so they start no quote speaker and no
 * attribution. Fallback contents (tagger.ts) end up here too. The tagger's contents never overlap
 * one another, so neither do the passages.
 */
export function unheldContents(spans: readonly TaggedSpan[], relations: readonly Relation[]): Span[] {
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  return spans
    .filter((s) => s.role === 'content' && !relations.some((r) => r.content && overlaps(r.content, s)))
    .map((s) => ({ start: s.start, end: s.end }));
}
