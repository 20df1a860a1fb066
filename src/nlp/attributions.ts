import type { Attribution } from '../model/annotation.js';
import { analysedSentences, type ArticleDoc } from '../model/article.js';
import type { Span } from '../model/span.js';
import type { Relation } from './attribution-relations.js';
import { attributionRelations } from './relations.js';
import { findOutlets, type OutletMatch } from './outlets.js';
import { POSITION_BASES } from './speech-cues.js';
import { sourceResolver } from './speaker-resolution.js';

/** Phrases that credit the outlet written right after them ("in an interview with CNN"). */
const OUTLET_CUE_BEFORE =
  /(?:\b(told|telling|tells|speaking to|spoke to|spoke with|speaking with|in an interview with|in an interview on|interview with|in a statement to|a statement to|said to|confirmed to|according to|reported by|first reported by|cited by|published by|quoted by|wrote in|writing in|said on|appeared on|in comments to|comments to))\s+(?:the\s+)?$/i;
/** "The Record, a cybersecurity publication that first reported the news", "as Reuters first reported". */
const FIRST_AFTER = /^(?:,[^.;]{0,80}?\b(?:that|which|who)\s+)?\s*(?:had\s+|has\s+|was\s+)?(?:first|originally)\s+(?:reported|broke|revealed|disclosed)|^(?:,[^.;]{0,80}?)?\s*(?:which|that)\s+was\s+the\s+first\s+to\s+report/i;
const FIRST_BEFORE = /(?:first|originally)\s+reported\s+by\s+(?:the\s+)?$/i;
/** "the BBC's U.S. partner, CBS News": an outlet in apposition to a cited outlet is cited too. */
const PARTNER_BETWEEN = /^['’]s\s+[^,;]{0,40},\s*$/;

function firstReport(text: string, o: OutletMatch, sentenceEnd: number, sentenceStart: number): boolean {
  return FIRST_AFTER.test(text.slice(o.end, sentenceEnd)) || FIRST_BEFORE.test(text.slice(sentenceStart, o.start));
}

const union = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });

/**
 * Document step: who the article credits — outlets, organisations, named people and anonymous
 * sources — with the cue and the reported content when there is one.
 */
export function annotateAttributions(doc: ArticleDoc): void {
  const resolve = sourceResolver(doc);
  const relations = attributionRelations(doc);
  const out: Attribution[] = [];
  const sentences = analysedSentences(doc);
  const sentenceOf = (pos: number) => sentences.find((s) => s.start <= pos && pos < s.end) ?? null;
  const add = (a: Attribution) => {
    const dup = out.find((o) => o.cited === a.cited && o.start < a.end && a.start < o.end);
    if (dup) {
      dup.firstReport ||= a.firstReport;
      dup.content ??= a.content;
      return;
    }
    out.push(a);
  };
  const outlets = findOutlets(doc.text).filter((o) => sentenceOf(o.start) !== null);

  for (const r of relations) {
    if (!r.source || POSITION_BASES.has(r.cueBase)) continue;
    const who = resolve(r.source);
    const cited = who?.name ?? who?.description ?? null;
    if (!who || !cited) continue;
    const gap = Math.max(r.source.start - r.cue.end, r.cue.start - r.source.end);
    const span = gap < 60 ? union(r.source, r.cue) : r.source;
    const s = sentenceOf(r.source.start);
    const outlet = who.kind === 'outlet' ? outlets.find((o) => o.start >= r.source!.start && o.end <= r.source!.end) : undefined;
    add({
      kind: 'attribution',
      start: span.start,
      end: span.end,
      cited,
      citedKind: who.kind,
      cue: doc.text.slice(r.cue.start, r.cue.end),
      firstReport: outlet !== undefined && s !== null && firstReport(doc.text, outlet, s.end, s.start),
      content: r.content,
    });
  }

  const cited: OutletMatch[] = [];
  for (const o of outlets) {
    const s = sentenceOf(o.start)!;
    const before = doc.text.slice(s.start, o.start);
    const m = before.match(OUTLET_CUE_BEFORE);
    const prev = cited[cited.length - 1];
    const partner = prev && prev.end <= o.start && PARTNER_BETWEEN.test(doc.text.slice(prev.end, o.start));
    if (!m && !partner) continue;
    cited.push(o);
    const cueStart = m ? s.start + m.index! : prev!.start;
    const rel = relationAround(relations, s.start, s.end);
    add({
      kind: 'attribution',
      start: cueStart,
      end: o.end,
      cited: o.name,
      citedKind: 'outlet',
      cue: m ? m[1]! : 'told',
      firstReport: firstReport(doc.text, o, s.end, s.start),
      content: rel?.content ?? null,
    });
  }
  out.sort((a, b) => a.start - b.start);
  doc.annotations.push(...out);
}

function relationAround(relations: readonly Relation[], start: number, end: number): Relation | null {
  return relations.find((r) => r.cue.start >= start && r.cue.end <= end && r.content !== null) ?? null;
}

export const attributionsStep = { name: 'attributions', run: annotateAttributions } as const;
