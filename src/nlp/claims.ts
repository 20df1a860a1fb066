import type { ArticleDoc, Sentence } from '../model/article.js';
import { analysedSentences, annotationsOf } from '../model/article.js';
import type { Claim } from '../model/annotation.js';
import type { Span } from '../model/span.js';
import { spanContains, spansOverlap } from '../model/span.js';
import { clauseClaims, splitClauses, type ClauseToken } from './claim-clauses.js';

/**
 * Quoted speech. Uses the quote annotations of the `quotes` step; documents analysed without
 * it fall back to quote marks around four or more words (shorter ones are names or scare quotes).
 */
export function quotedSpans(doc: ArticleDoc): Span[] {
  const quotes = annotationsOf(doc, 'quote');
  if (quotes.length > 0) return quotes;
  const out: Span[] = [];
  for (const m of doc.text.matchAll(/[“"]([^“”"\n]+)[”"]/g)) {
    if (m[1]!.trim().split(/\s+/).length >= 4) out.push({ start: m.index! + 1, end: m.index! + 1 + m[1]!.length });
  }
  return out;
}

/** Sentences that state opinion rather than report: a sweeping claim or two opinion cues. */
export function opinionDominated(doc: ArticleDoc, s: Span): boolean {
  const cues = annotationsOf(doc, 'hedge').filter((h) => spanContains(s, h));
  return cues.some((h) => h.category === 'sweeping') || cues.filter((h) => h.category === 'opinion').length >= 2;
}

// The tokenizer splits "won't" as "won" + "'t": restore the auxiliary and the negation for the clause rules.
const CONTRACTED_AUX: Record<string, string> = { won: 'will', wouldn: 'would', can: 'can', couldn: 'could', shouldn: 'should', don: 'do', doesn: 'does', didn: 'did', isn: 'is', aren: 'are', wasn: 'was', weren: 'were', haven: 'have', hasn: 'has', hadn: 'had', mustn: 'must' };

function sentenceTokens(doc: ArticleDoc, s: Sentence, quoted: readonly Span[]): ClauseToken[] {
  const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd).map((tok) => {
    const w = doc.text.slice(tok.start, tok.end);
    return { w, lw: w.toLowerCase().replace(/’/g, "'"), start: tok.start, end: tok.end, masked: quoted.some((q) => spansOverlap(q, tok)) || /^[“”"]$/.test(w) };
  });
  for (let i = 1; i < toks.length; i++) {
    const aux = CONTRACTED_AUX[toks[i - 1]!.lw];
    if (toks[i]!.lw === "'t" && aux && toks[i]!.start === toks[i - 1]!.end) {
      toks[i - 1]!.lw = aux;
      toks[i]!.lw = "n't";
    }
  }
  return toks;
}

/** Claims of one sentence, or none for questions, opinion and quoted speech. */
export function sentenceClaims(doc: ArticleDoc, s: Sentence, quoted: readonly Span[]): Claim[] {
  const body = doc.text.slice(s.start, s.end).trim();
  if (/\?["”’)]*$/.test(body) || opinionDominated(doc, s)) return [];
  const toks = sentenceTokens(doc, s, quoted);
  if (toks.length === 0 || toks.filter((t) => t.masked).length > toks.length / 2) return [];
  const out: Claim[] = [];
  for (const [a, b] of splitClauses(toks)) {
    for (const d of clauseClaims(toks, a, b, doc.text)) {
      out.push({ kind: 'claim', start: toks[d.from]!.start, end: toks[d.to - 1]!.end, subject: d.subject, predicate: d.predicate, object: d.object, negated: d.negated });
    }
  }
  return out;
}

/** Document step `claims`: who-did-what clauses of every analysed sentence. */
export function annotateClaims(doc: ArticleDoc): void {
  const quoted = quotedSpans(doc);
  for (const s of analysedSentences(doc)) doc.annotations.push(...sentenceClaims(doc, s, quoted));
}
