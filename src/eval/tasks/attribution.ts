import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createError } from '../../errors.js';
import type { Span } from '../../model/span.js';
import { findRelations } from '../../nlp/attribution-relations.js';
import { analyseDoc, docSteps } from '../../nlp/pipeline.js';
import { docFromLines } from '../lines-doc.js';
import { formatPRF, prf } from '../prf.js';
import type { EvalReport, EvalTask } from '../task.js';
import { parseBratAttributions } from './brat-attributions.js';

type Role = 'source' | 'cue' | 'content';
/** The text layer and the steps attribution reads (entities for names); other steps are not needed here. */
const ATTRIBUTION_STEPS = () => docSteps.filter((s) => ['segment', 'entities', 'quotes', 'attributions'].includes(s.name));
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

function goldFile(dir: string, name: string): string | null {
  const files = readdirSync(dir).filter((f) => f.startsWith(name + '_') && f.endsWith('.ann') && /^_[^_]+\.ann$/.test(f.slice(name.length))).sort();
  return files[0] ? join(dir, files[0]) : null;
}

/** Score source, cue and content spans of the attribution finder against PolNeAR standoff annotation. */
export async function evaluateAttribution(path: string, limit = Infinity): Promise<EvalReport> {
  const textDir = join(path, 'text');
  const annDir = join(path, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw createError('CC_DATA_MISSING', path);
  const counts: Record<Role, Counts> = {
    source: { gold: 0, predicted: 0, exact: 0, overlapGold: 0, overlapPredicted: 0 },
    cue: { gold: 0, predicted: 0, exact: 0, overlapGold: 0, overlapPredicted: 0 },
    content: { gold: 0, predicted: 0, exact: 0, overlapGold: 0, overlapPredicted: 0 },
  };
  let docs = 0;
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    if (docs >= limit) break;
    const name = file.slice(0, -4);
    const ann = goldFile(annDir, name);
    if (!ann) continue;
    const text = readFileSync(join(textDir, file), 'utf8');
    const gold = parseBratAttributions(readFileSync(ann, 'utf8'));
    const doc = analyseDoc(docFromLines(name, text), ATTRIBUTION_STEPS());
    const rels = findRelations(doc);
    docs++;
    for (const role of ROLES) {
      score(
        gold.map((g) => g[role]).filter((s): s is Span[] => s !== null && s.length > 0),
        rels.map((r) => (role === 'cue' ? r.cue : r[role])).filter((s): s is Span => s !== null),
        counts[role],
      );
    }
  }
  const metrics: Record<string, number> = { documents: docs };
  const lines: string[] = [`attribution: ${docs} documents from ${path}`];
  for (const role of ROLES) {
    const c = counts[role];
    const exact = prf(c.exact, c.predicted, c.gold);
    const p = c.predicted === 0 ? 0 : c.overlapPredicted / c.predicted;
    const r = c.gold === 0 ? 0 : c.overlapGold / c.gold;
    const overlap = { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
    for (const [kind, m] of [['exact', exact], ['overlap', overlap]] as const) {
      metrics[`${role}.${kind}.precision`] = m.precision;
      metrics[`${role}.${kind}.recall`] = m.recall;
      metrics[`${role}.${kind}.f1`] = m.f1;
      lines.push(formatPRF(`${role} ${kind}`, m, kind === 'exact' ? `gold ${c.gold} predicted ${c.predicted}` : ''));
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
