import type { Attribution } from '../../model/annotation.js';
import { analysedSentences, type ArticleDoc } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import type { Relation } from './attribution-relations.js';
import { attributionRelations } from '../relations.js';
import { findOutlets, sameOutlet, type OutletMatch } from '../outlets.js';
import { POSITION_BASES } from './speech-cues.js';
import { sourceResolver } from './speaker-resolution.js';

/** Phrases that credit the outlet written right after them ("in an interview with CNN"). */
const OUTLET_CUE_BEFORE =
  /(?:\b(told|telling|tells|speaking to|spoke to|spoke with|speaking with|in an interview with|in an interview on|interview with|in a statement to|a statement to|said to|confirmed to|according to|reported by|first reported by|revealed by|disclosed by|broken by|reported in|cited by|published by|quoted by|wrote in|writing in|said on|appeared on|in comments to|comments to))\s+(?:the\s+)?$/i;
/**
 * Words after an outlet that credit it with the first report: "The Record, a cybersecurity
 * publication that first reported the news", "the Harlow Bay Ledger, which first reported the
 * cracks", "as Reuters first reported", "X, which was the first to report", "X was first to
 * report", "X broke the story". Group 1 is the first-report phrase itself.
 */
const FIRST_AFTER =
  /^(?:,[^.;]{0,80}?\b(?:that|which|who)\s+)?\s*(?:had\s+|has\s+|have\s+|was\s+|were\s+)?((?:first|originally)\s+(?:reported|broke|revealed|disclosed)|(?:the\s+)?first\s+(?:[\p{L}-]+\s+)?to\s+(?:report|break|reveal|disclose)|broke\s+(?:the\s+)?(?:news|story))\b/iu;
/** "first reported by X", "as first revealed in the X". */
const FIRST_BEFORE = /(?:first|originally)\s+(?:reported|revealed|disclosed|broken)\s+(?:by|in)\s+(?:the\s+)?$/i;
/** "the BBC's U.S. partner, CBS News": an outlet in apposition to a cited outlet is cited too. */
const PARTNER_BETWEEN = /^['’]s\s+[^,;]{0,40},\s*$/;

/** The first-report phrase crediting outlet o ("first reported"), or null. */
function firstReportCue(text: string, o: OutletMatch, sentenceEnd: number, sentenceStart: number): string | null {
  const after = FIRST_AFTER.exec(text.slice(o.end, sentenceEnd));
  if (after) return after[1]!;
  const before = FIRST_BEFORE.exec(text.slice(sentenceStart, o.start));
  return before ? before[0].trim() : null;
}

function firstReport(text: string, o: OutletMatch, sentenceEnd: number, sentenceStart: number): boolean {
  return firstReportCue(text, o, sentenceEnd, sentenceStart) !== null;
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

  // Nearest cue first: when two relations share a source ("ordered …, according to the Ledger"),
  // the credit keeps the cue written next to it.
  const gapOf = (r: Relation) => (r.source ? Math.max(r.source.start - r.cue.end, r.cue.start - r.source.end) : Number.POSITIVE_INFINITY);
  const firstWithSource = new Map<number, number>();
  relations.forEach((r, i) => r.source && !firstWithSource.has(r.source.start) && firstWithSource.set(r.source.start, i));
  const group = (r: Relation, i: number) => (r.source ? firstWithSource.get(r.source.start)! : i);
  const byGap = relations.map((r, i) => ({ r, i, g: group(r, i), gap: gapOf(r) })).sort((a, b) => a.g - b.g || a.gap - b.gap || a.i - b.i);
  for (const { r, gap } of byGap) {
    if (!r.source || POSITION_BASES.has(r.cueBase)) continue;
    const who = resolve(r.source);
    const cited = who?.name ?? who?.description ?? null;
    if (!who || !cited) continue;
    const span = gap < 60 ? union(r.source, r.cue) : r.source;
    const s = sentenceOf(r.source.start);
    // an article never credits its own outlet ("the Valley Standard reported" in the Valley Standard)
    if (who.kind === 'outlet' && sameOutlet(cited, doc.outlet)) continue;
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
    // "the Harlow Bay Ledger, which first reported the cracks": a first-report phrase is a credit of its own
    const first = firstReportCue(doc.text, o, s.end, s.start);
    if (!m && !partner && first === null) continue;
    // "officials told the Valley Standard" in the Valley Standard: the article's own reporting, no credit
    if (sameOutlet(o.name, doc.outlet)) continue;
    cited.push(o);
    const cueStart = m ? s.start + m.index! : partner ? prev!.start : o.start;
    const rel = relationAround(relations, s.start, s.end);
    add({
      kind: 'attribution',
      start: cueStart,
      end: o.end,
      cited: o.name,
      citedKind: 'outlet',
      cue: m ? m[1]! : partner ? 'told' : first!.replace(/^the\s+/i, ''),
      firstReport: first !== null,
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
