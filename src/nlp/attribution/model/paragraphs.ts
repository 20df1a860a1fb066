import { analysedSentences, annotationsOf, type ArticleDoc } from '../../../model/article.js';
import type { Span } from '../../../model/span.js';
import type { Relation } from '../attribution-relations.js';
import { documentPassages } from '../../quotes/quote-marks.js';

/** The three span types of an attribution, in the order of the per-type taggers. */
export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What the attribution tagger sees of one paragraph: its tokens and, per token, the evidence other
 * steps already produced. Paragraphs (not sentences) are the unit because reported content often
 * runs over several sentences of one paragraph.
 */
export interface ParagraphView {
  /** Tokens [tokenStart, tokenEnd) of doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
  words: string[];
  /** Sentence number within the paragraph, per token. */
  sentence: Uint16Array;
  /** 0 outside quotes, 1 opening mark, 2 quoted, 3 closing mark. */
  quote: Uint8Array;
  /** Per role: 0 outside, 1 first token, 2 later token of a rule-based relation's span (stacking). */
  rule: [Uint8Array, Uint8Array, Uint8Array];
  /** Entity type of the token from the entities step, or null. */
  entity: (string | null)[];
}

/** Token range [first, end) of doc.tokens covered by a character span, clipped to [lo, hi). */
export function tokenRange(doc: ArticleDoc, span: Span, lo: number, hi: number): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  for (let t = lo; t < hi; t++) {
    const tok = doc.tokens[t]!;
    if (tok.end <= span.start || tok.start >= span.end) continue;
    if (start < 0) start = t;
    end = t + 1;
  }
  return start < 0 ? null : { start, end };
}

export function paragraphViews(doc: ArticleDoc, rules: readonly Relation[]): ParagraphView[] {
  const byBlock = new Map<number, { start: number; end: number; sentences: number[] }>();
  for (const s of analysedSentences(doc)) {
    const b = byBlock.get(s.block);
    if (b) {
      b.end = s.tokenEnd;
      b.sentences.push(s.tokenStart);
    } else byBlock.set(s.block, { start: s.tokenStart, end: s.tokenEnd, sentences: [s.tokenStart] });
  }
  const passages = documentPassages(doc);
  const entities = annotationsOf(doc, 'entity');
  const out: ParagraphView[] = [];
  for (const b of byBlock.values()) {
    const n = b.end - b.start;
    if (n <= 0) continue;
    const toks = doc.tokens.slice(b.start, b.end);
    const sentence = new Uint16Array(n);
    let si = 0;
    for (let i = 0; i < n; i++) {
      while (si + 1 < b.sentences.length && b.sentences[si + 1]! <= b.start + i) si++;
      sentence[i] = si;
    }
    const quote = new Uint8Array(n);
    toks.forEach((t, i) => {
      for (const p of passages) {
        if (t.start >= p.outer.start && t.end <= p.inner.start) quote[i] = 1;
        else if (t.start >= p.inner.start && t.end <= p.inner.end) quote[i] = 2;
        else if (t.start >= p.inner.end && t.end <= p.outer.end) quote[i] = 3;
        if (quote[i]) break;
      }
    });
    const rule: [Uint8Array, Uint8Array, Uint8Array] = [new Uint8Array(n), new Uint8Array(n), new Uint8Array(n)];
    for (const r of rules) {
      ROLES.forEach((role, k) => {
        const span = r[role];
        const range = span ? tokenRange(doc, span, b.start, b.end) : null;
        if (!range) return;
        const tags = rule[k]!;
        for (let t = range.start; t < range.end; t++) if (tags[t - b.start] === 0) tags[t - b.start] = t === range.start ? 1 : 2;
      });
    }
    const entity = toks.map((t) => entities.find((e) => e.start <= t.start && t.end <= e.end)?.type ?? null);
    out.push({ tokenStart: b.start, tokenEnd: b.end, words: toks.map((t) => doc.text.slice(t.start, t.end)), sentence, quote, rule, entity });
  }
  return out;
}
