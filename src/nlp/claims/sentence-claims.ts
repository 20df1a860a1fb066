import type { ArticleDoc, Sentence } from '../../model/article.js';
import { analysedSentences, annotationsOf, message } from '../../model/article.js';
import type { Claim } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import { spanContains, spansOverlap } from '../../model/span.js';
import { uncheckable } from './claim-checkable.js';
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

/** Claims of one sentence, or none for questions, opinion and quoted speech. Uncheckable clauses are kept out (see `checkedClaims`). */
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
  return oneClaimPerClause(out);
}

/**
 * One claim per clause: a claim whose span lies inside another's, or overlaps it, says part of the
 * same clause again. The longer (then earlier) one is kept.
 */
export function oneClaimPerClause(claims: readonly Claim[]): Claim[] {
  const order = [...claims].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: Claim[] = [];
  for (const c of order) if (!kept.some((k) => spansOverlap(k, c))) kept.push(c);
  return kept.sort((x, y) => x.start - y.start);
}

/**
 * The checkable claims of one sentence. A clause that states no checkable fact (filler, opinion,
 * speculation: `uncheckable`) gives no claim; the sentence gets an `info` message saying why, so it
 * stays visible as a flagged sentence of its article.
 */
export function checkedClaims(doc: ArticleDoc, s: Sentence, quoted: readonly Span[]): Claim[] {
  const out: Claim[] = [];
  const flagged = new Set<string>();
  const flag = (rule: string, reason: string) => {
    if (flagged.has(rule)) return;
    flagged.add(rule);
    message(doc, s, rule, reason, 'info');
  };
  const body = doc.text.slice(s.start, s.end).trim();
  if (!/\?["”’)]*$/.test(body) && opinionDominated(doc, s)) flag('claim-opinion', 'no claim: opinion-dominated sentence (a sweeping cue or two opinion cues)');
  for (const c of sentenceClaims(doc, s, quoted)) {
    const why = uncheckable(doc, s, c);
    if (!why) out.push(c);
    else flag(why.rule, `no claim from "${clip(doc.text.slice(c.start, c.end))}": ${why.reason}`);
  }
  return out;
}

const clip = (t: string): string => (t.length > 80 ? `${t.slice(0, 77)}…` : t);

/** Document step `claims`: the checkable who-did-what clauses of every analysed sentence. */
export function annotateClaims(doc: ArticleDoc): void {
  const quoted = quotedSpans(doc);
  for (const s of analysedSentences(doc)) doc.annotations.push(...checkedClaims(doc, s, quoted));
}
