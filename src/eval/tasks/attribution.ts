import { annotationsOf, type ArticleDoc } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import type { Relation } from '../../nlp/attribution/attribution-relations.js';
import { attributionRelations, reportedPassages } from '../../nlp/relations.js';
import { analyseDoc, docSteps } from '../../nlp/pipeline.js';
import { fullestName, lastWord, personMentions } from '../../nlp/person-names.js';
import { documentPassages, trimQuoted } from '../../nlp/quotes/quote-marks.js';
import { annotateQuotes, SHORT_QUOTE_WORDS, wordCount } from '../../nlp/quotes/sentence-quotes.js';
import type { GoldRelation } from './brat-attributions.js';
import { docFromLines } from '../lines-doc.js';
import { formatPRF, prf } from '../prf.js';
import type { EvalReport, EvalTask } from '../task.js';
import { readDoublyAnnotated, readPolnear } from './polnear-docs.js';

type Role = 'source' | 'cue' | 'content';
/** The text layer and the steps relation finding reads (entities for names and tagger features). */
export const ATTRIBUTION_STEPS = () => docSteps.filter((s) => ['segment', 'entities'].includes(s.name));
const ROLES: Role[] = ['source', 'cue', 'content'];

interface Counts {
  gold: number;
  predicted: number;
  exact: number;
  overlapGold: number;
  overlapPredicted: number;
}

/** A gold span list compared as its extent for exact matching, fragment by fragment for overlap. */
const extent = (frags: Span[]): Span => ({ start: frags[0]!.start, end: frags[frags.length - 1]!.end });
const overlaps = (frags: Span[], s: Span) => frags.some((f) => f.start < s.end && s.start < f.end);

function score(gold: Span[][], predicted: Span[], c: Counts): void {
  c.gold += gold.length;
  c.predicted += predicted.length;
  // exact: one-to-one on identical extents
  const goldKeys = new Map<string, number>();
  for (const g of gold) {
    const e = extent(g);
    const key = `${e.start}:${e.end}`;
    goldKeys.set(key, (goldKeys.get(key) ?? 0) + 1);
  }
  for (const p of predicted) {
    const key = `${p.start}:${p.end}`;
    const left = goldKeys.get(key) ?? 0;
    if (left > 0) {
      c.exact++;
      goldKeys.set(key, left - 1);
    }
  }
  // overlap: recall counts gold spans touched by a prediction, precision counts predictions touching gold
  c.overlapGold += gold.filter((g) => predicted.some((p) => overlaps(g, p))).length;
  c.overlapPredicted += predicted.filter((p) => gold.some((g) => overlaps(g, p))).length;
}

const emptyCounts = (): Record<Role, Counts> => ({
  source: { gold: 0, predicted: 0, exact: 0, overlapGold: 0, overlapPredicted: 0 },
  cue: { gold: 0, predicted: 0, exact: 0, overlapGold: 0, overlapPredicted: 0 },
  content: { gold: 0, predicted: 0, exact: 0, overlapGold: 0, overlapPredicted: 0 },
});

/** Overlap P/R/F1 from counts (exact uses prf). */
function overlapPRF(c: Counts): { precision: number; recall: number; f1: number } {
  const p = c.predicted === 0 ? 0 : c.overlapPredicted / c.predicted;
  const r = c.gold === 0 ? 0 : c.overlapGold / c.gold;
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Quotes by named people and what the quotes step made of their speaker. */
export interface SpeakerCounts {
  quotes: number;
  right: number;
  missing: number;
  wrong: number;
}

/** One scored quote, for diagnosis (scripts/speaker-errors.ts): the gold person and what the step gave. */
export interface SpeakerOutcome {
  verdict: 'right' | 'missing' | 'wrong';
  passage: Span;
  gold: string;
  predicted: string | null;
  /** The words the quotes step read the speaker from ("he", "the senator"), when it had some. */
  speakerWords: string | null;
}

/** Two forms of one person's name: the same surname, and the same first name when both give one. */
export function samePerson(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/\s+/);
  const wb = b.toLowerCase().split(/\s+/);
  if (lastWord(a).toLowerCase() !== lastWord(b).toLowerCase()) return false;
  return wa.length === 1 || wb.length === 1 || wa[0] === wb[0];
}

/**
 * Speaker accuracy of quoted passages (longer than the quotes step's short-fragment limit) whose
 * gold relation (the tightest gold content over the passage) has a source naming a person:
 * right when the step's speaker is that person, missing when it gives no name, wrong otherwise.
 * A name that is an owner ("Trump's campaign") or a preposition's object ("an adviser to Bill Clinton") is not the source's person.
 */
export function scoreSpeakers(
  doc: ArticleDoc,
  gold: readonly GoldRelation[],
  c: SpeakerCounts,
  onQuote?: (o: SpeakerOutcome) => void,
): void {
  const persons = personMentions(doc);
  const quotes = annotationsOf(doc, 'quote');
  for (const p of documentPassages(doc)) {
    const inner = trimQuoted(doc.text, p.inner);
    if (wordCount(doc.text.slice(inner.start, inner.end)) <= SHORT_QUOTE_WORDS) continue;
    let best: GoldRelation | null = null;
    let bestLength = Number.POSITIVE_INFINITY;
    for (const g of gold) {
      if (!g.source?.length || !g.content?.length || !overlaps(g.content, inner)) continue;
      const e = extent(g.content);
      if (e.end - e.start < bestLength) [best, bestLength] = [g, e.end - e.start];
    }
    if (!best) continue;
    const source = extent(best.source!);
    // the named person heads the source: not an owner ("Trump's campaign") nor a preposition's object ("an adviser to Bill Clinton")
    const named = persons.find(
      (m) =>
        m.start >= source.start &&
        m.end <= source.end &&
        !/^['’]s?\b/.test(doc.text.slice(m.end, m.end + 3)) &&
        !/\b(?:for|of|to|with|about|from|by)\s+(?:(?:the|\p{Lu}[\p{L}.-]*)\s+)*$/iu.test(doc.text.slice(source.start, m.start)),
    );
    if (!named) continue;
    const goldName = fullestName(named.name, persons);
    const q = quotes.find((x) => x.start < inner.end && inner.start < x.end);
    const verdict = !q?.speaker ? 'missing' : samePerson(q.speaker, goldName) ? 'right' : 'wrong';
    c.quotes++;
    c[verdict]++;
    onQuote?.({
      verdict,
      passage: p.outer,
      gold: goldName,
      predicted: q?.speaker ?? null,
      speakerWords: q?.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null,
    });
  }
}

/** Gold and predicted spans of one role under CofeNet's definition: token ranges, "start:end". */
interface TokenSpans {
  gold: string[];
  predicted: string[];
}

/**
 * Spans as CofeNet reads them (Wang et al. 2022, `exe/eval/extraction.py`): each token gets one
 * label (PolNeAR is univocal), a span starts at a B- tag and runs over the I- tags of its role; an
 * I- tag after another role or outside any span starts nothing. Spans are painted in the given
 * order, so later roles overwrite earlier ones (a predicted source or cue inside a content splits
 * it, and the content's rest, having no B- tag, is no span). Runs stop at block (paragraph) ends,
 * the instance unit here (CofeNet's instances are its own sentence units).
 */
export function bioSpans(doc: ArticleDoc, painted: readonly { role: Role; spans: readonly Span[] }[]): Record<Role, string[]> {
  const n = doc.tokens.length;
  const label: (Role | null)[] = new Array<Role | null>(n).fill(null);
  const begins = new Uint8Array(n);
  for (const { role, spans } of painted) {
    for (const s of spans) {
      let first = true;
      for (let i = 0; i < n; i++) {
        const t = doc.tokens[i]!;
        if (t.start < s.start || t.end > s.end) continue;
        label[i] = role;
        begins[i] = first ? 1 : 0;
        first = false;
      }
    }
  }
  const out: Record<Role, string[]> = { source: [], cue: [], content: [] };
  const blockEnds = new Set(doc.blocks.map((b) => b.end));
  let open: { role: Role; start: number } | null = null;
  const close = (end: number) => {
    if (open) out[open.role].push(`${open.start}:${end}`);
    open = null;
  };
  for (let i = 0; i < n; i++) {
    const role = label[i];
    if (role && begins[i]) {
      close(i);
      open = { role, start: i };
    } else if (!role || !open || open.role !== role) close(i);
    if (open && blockEnds.has(doc.tokens[i]!.end)) close(i + 1);
  }
  close(n);
  return out;
}

/**
 * CofeNet's exact match (`cal_evaluation_detail`, type `exact_match`): a gold span is a hit when
 * an identical predicted span exists (membership, not one-to-one), every predicted span not among
 * the gold is a false positive; binary precision / recall / F1 over those decisions.
 */
export function cofenetCounts(spans: TokenSpans): { hits: number; gold: number; falsePositives: number } {
  const gold = new Set(spans.gold);
  const predicted = new Set(spans.predicted);
  return {
    hits: spans.gold.filter((g) => predicted.has(g)).length,
    gold: spans.gold.length,
    falsePositives: spans.predicted.filter((p) => !gold.has(p)).length,
  };
}

/**
 * Agreement of the two annotators on the texts of a split that have two annotation files, scored
 * exactly like the finder (first annotator = gold, second = prediction; discontinuous predicted
 * spans by their extent). A human ceiling for the finder's figures; null when no text has two.
 */
export function annotatorAgreement(path: string): { texts: number; counts: Record<Role, Counts> } | null {
  const texts = readDoublyAnnotated(path);
  if (texts.length === 0) return null;
  const counts = emptyCounts();
  for (const t of texts) {
    for (const role of ROLES) {
      const spans = (rels: typeof t.first) => rels.map((g) => g[role]).filter((s): s is Span[] => s !== null && s.length > 0);
      score(spans(t.first), spans(t.second).map(extent), counts[role]);
    }
  }
  return { texts: texts.length, counts };
}

/**
 * Score source, cue and content spans of an attribution finder (by default the combined tagger +
 * rules, `attributionRelations`, whose contents are counted with `reportedPassages`) against
 * PolNeAR standoff annotation.
 */
export async function evaluateAttribution(
  path: string,
  limit = Number.POSITIVE_INFINITY,
  find: (doc: ArticleDoc) => Relation[] = attributionRelations,
  passages: (doc: ArticleDoc) => Span[] = reportedPassages,
): Promise<EvalReport> {
  const counts = emptyCounts();
  const speakers: SpeakerCounts = { quotes: 0, right: 0, missing: 0, wrong: 0 };
  const cofenet: Record<Role, { hits: number; gold: number; falsePositives: number }> = {
    source: { hits: 0, gold: 0, falsePositives: 0 },
    cue: { hits: 0, gold: 0, falsePositives: 0 },
    content: { hits: 0, gold: 0, falsePositives: 0 },
  };
  let docs = 0;
  let findMs = 0;
  let tokens = 0;
  for (const { name, text, gold } of readPolnear(path, limit)) {
    const doc = analyseDoc(docFromLines(name, text), ATTRIBUTION_STEPS());
    const t0 = performance.now();
    const rels = find(doc);
    const reported = passages(doc);
    findMs += performance.now() - t0;
    tokens += doc.tokens.length;
    docs++;
    const goldFragments = (role: Role) => gold.flatMap((g) => g[role] ?? []);
    const goldBio = bioSpans(doc, ROLES.map((role) => ({ role, spans: goldFragments(role) })));
    const predictedBio = bioSpans(doc, [
      { role: 'content', spans: [...rels.map((r) => r.content).filter((c): c is Span => c !== null), ...reported] },
      { role: 'source', spans: rels.map((r) => r.source).filter((c): c is Span => c !== null) },
      { role: 'cue', spans: rels.map((r) => r.cue) },
    ]);
    for (const role of ROLES) {
      const c = cofenetCounts({ gold: goldBio[role], predicted: predictedBio[role] });
      cofenet[role].hits += c.hits;
      cofenet[role].gold += c.gold;
      cofenet[role].falsePositives += c.falsePositives;
    }
    // after the timing: the quotes step reads the cached relations of the combined finder
    annotateQuotes(doc);
    scoreSpeakers(doc, gold, speakers);
    for (const role of ROLES) {
      score(
        gold.map((g) => g[role]).filter((s): s is Span[] => s !== null && s.length > 0),
        // reported passages without a cue are content predictions too (PolNeAR marks them as content)
        [...rels.map((r) => (role === 'cue' ? r.cue : r[role])).filter((s): s is Span => s !== null), ...(role === 'content' ? reported : [])],
        counts[role],
      );
    }
  }
  const metrics: Record<string, number> = { documents: docs };
  const lines: string[] = [`attribution: ${docs} documents from ${path}`];
  lines.push(`relation finding: ${tokens} tokens in ${findMs.toFixed(0)} ms (${Math.round(tokens / (findMs / 1000))} tokens/s)`);
  for (const role of ROLES) {
    const c = counts[role];
    const exact = prf(c.exact, c.predicted, c.gold);
    const overlap = overlapPRF(c);
    for (const [kind, m] of [['exact', exact], ['overlap', overlap]] as const) {
      metrics[`${role}.${kind}.precision`] = m.precision;
      metrics[`${role}.${kind}.recall`] = m.recall;
      metrics[`${role}.${kind}.f1`] = m.f1;
      lines.push(formatPRF(`${role} ${kind}`, m, kind === 'exact' ? `gold ${c.gold} predicted ${c.predicted}` : ''));
    }
  }
  for (const role of ROLES) {
    const c = cofenet[role];
    const m = prf(c.hits, c.hits + c.falsePositives, c.gold);
    for (const k of ['precision', 'recall', 'f1'] as const) metrics[`${role}.cofenet.${k}`] = m[k];
    lines.push(formatPRF(`${role} exact (CofeNet)`, m, `gold ${c.gold}`));
  }
  const share = (n: number) => (speakers.quotes === 0 ? 0 : n / speakers.quotes);
  metrics['speaker.quotes'] = speakers.quotes;
  for (const k of ['right', 'missing', 'wrong'] as const) metrics[`speaker.${k}`] = share(speakers[k]);
  // Floors are minimums: the wrong-speaker share is floored through its complement.
  metrics['speaker.not-wrong'] = 1 - share(speakers.wrong);
  lines.push(
    `quote speakers (quotes by named people): ${speakers.quotes}, right ${share(speakers.right).toFixed(3)}  missing ${share(speakers.missing).toFixed(3)}  wrong ${share(speakers.wrong).toFixed(3)}`,
  );
  // Context, not a score of the finder: how far two annotators of the same text agree.
  const human = annotatorAgreement(path);
  if (human) {
    lines.push(`annotator agreement on ${human.texts} doubly annotated texts (human ceiling, exact / overlap F1):`);
    for (const role of ROLES) {
      const c = human.counts[role];
      const f1 = prf(c.exact, c.predicted, c.gold).f1;
      lines.push(`  ${role.padEnd(8)} ${f1.toFixed(3)} / ${overlapPRF(c).f1.toFixed(3)}`);
    }
  }
  return { task: 'attribution', metrics, lines };
}

export const attributionTask: EvalTask = {
  name: 'attribution',
  describe: 'attribution source / cue / content spans on PolNeAR (brat standoff), exact and overlap P/R/F1',
  defaultPath: 'polnear/dev',
  run: (path) => evaluateAttribution(path),
};
