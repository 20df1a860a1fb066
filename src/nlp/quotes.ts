import type { Quote } from '../model/annotation.js';
import { message, type ArticleDoc } from '../model/article.js';
import type { Relation } from './attribution-relations.js';
import { attributionRelations } from './relations.js';
import { documentPassages, trimQuoted, type QuotedPassage } from './quote-marks.js';
import { sourceResolver, type ResolvedSource } from './speaker-resolution.js';

/** Quoted fragments this short are titles or scare quotes unless a speech cue stands right next to them. */
const SHORT_QUOTE_WORDS = 4;
/** How near (characters) a cue must be to a short fragment: "called the move “…”", "“…,” he said". */
const CUE_NEAR_BEFORE = 40;
const CUE_NEAR_AFTER = 30;

/** The relation whose content holds the passage, the tightest one first. */
function relationFor(p: QuotedPassage, relations: readonly Relation[]): Relation | null {
  let best: Relation | null = null;
  for (const r of relations) {
    const c = r.content;
    if (!c || !(c.start < p.outer.end && p.outer.start < c.end)) continue;
    if (!best || c.end - c.start < best.content!.end - best.content!.start) best = r;
  }
  return best;
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

function isNear(p: QuotedPassage, r: Relation): boolean {
  const before = p.outer.start - r.cue.end;
  const after = r.cue.start - p.outer.end;
  return (before >= 0 && before <= CUE_NEAR_BEFORE) || (after >= 0 && after <= CUE_NEAR_AFTER);
}

/**
 * Document step: direct quotes with speaker, description and cue. Speakers come from the
 * attribution relation whose content holds the quote; pronouns and "the same official" are
 * resolved to the nearest earlier person or description (see speaker-resolution.ts).
 */
export function annotateQuotes(doc: ArticleDoc): void {
  const relations = attributionRelations(doc);
  const resolve = sourceResolver(doc);
  const blockOf = (pos: number) => doc.blocks.findIndex((b) => b.start <= pos && pos < b.end);
  let previous: { quote: Quote; block: number } | null = null;
  for (const p of documentPassages(doc)) {
    const span = trimQuoted(doc.text, p.inner);
    const text = doc.text.slice(span.start, span.end);
    if (wordCount(text) === 0) continue;
    const rel = relationFor(p, relations);
    let who: ResolvedSource | null = rel?.source ? resolve(rel.source) : null;
    // A paragraph that is only a quote continues the quote of the paragraph before (news convention).
    const block = blockOf(p.outer.start);
    const wholeParagraph = block >= 0 && doc.blocks[block]!.start === p.outer.start;
    if (!rel && wholeParagraph && previous && previous.block === block - 1 && (previous.quote.speaker || previous.quote.speakerDescription)) {
      who = { kind: previous.quote.speaker ? 'person' : 'anonymous', name: previous.quote.speaker, description: previous.quote.speakerDescription };
    }
    if (wordCount(text) <= SHORT_QUOTE_WORDS) {
      const personLike = who !== null && (who.kind === 'person' || who.kind === 'anonymous');
      if (!rel || rel.strength !== 'speech' || !personLike || !isNear(p, rel)) continue;
    }
    const quote: Quote = {
      kind: 'quote',
      start: span.start,
      end: span.end,
      text,
      speaker: who?.name ?? null,
      speakerDescription: who && who.name === null ? who.description : null,
      cue: rel ? doc.text.slice(rel.cue.start, rel.cue.end) : null,
      speakerSpan: rel?.source ?? null,
    };
    doc.annotations.push(quote);
    previous = { quote, block };
    if (quote.speaker === null && quote.speakerDescription === null) {
      message(doc, span, 'quote-no-speaker', 'quote has no identifiable speaker or description');
    }
  }
}

export const quotesStep = { name: 'quotes', run: annotateQuotes } as const;
