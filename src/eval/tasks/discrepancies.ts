import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createError } from '../../errors.js';
import { buildStory } from '../../analyze/build-story.js';
import type { Discrepancy } from '../../model/dossier.js';
import { readDiscrepancyGold, type DiscrepancyGoldRun, type GoldKind } from '../discrepancies/gold.js';
import { matchesGold } from '../discrepancies/match.js';
import { prf } from '../prf.js';
import type { EvalReport, EvalTask } from '../task.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const r3 = (x: number) => Math.round(x * 1000) / 1000;

interface KindCounts {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

const zero = (): KindCounts => ({ predicted: 0, correct: 0, gold: 0, found: 0 });

/** Per-kind counts of one folder, and the lines naming what was missed or wrongly reported. */
function countFolder(runs: readonly DiscrepancyGoldRun[]): { counts: Map<GoldKind | 'all', KindCounts>; misses: string[] } {
  const counts = new Map<GoldKind | 'all', KindCounts>([['all', zero()]]);
  const add = (kind: GoldKind, field: keyof KindCounts) => {
    for (const k of [kind, 'all'] as const) {
      const c = counts.get(k) ?? zero();
      c[field]++;
      counts.set(k, c);
    }
  };
  const misses: string[] = [];
  for (const run of runs) {
    const found: Discrepancy[] = buildStory(run.gold.story, run.docs).discrepancies;
    for (const d of found) {
      add(d.kind, 'predicted');
      if (run.gold.discrepancies.some((g) => matchesGold(d, g))) add(d.kind, 'correct');
      else {
        const known = run.gold.nonDiscrepancies.find((g) => matchesGold(d, { ...g, values: [] }));
        misses.push(`  false alarm ${run.gold.story} [${d.kind}] ${d.summary}${known ? ` (gold: ${known.about})` : ''}`);
      }
    }
    for (const g of run.gold.discrepancies) {
      add(g.kind, 'gold');
      if (found.some((d) => matchesGold(d, g))) add(g.kind, 'found');
      else misses.push(`  missed ${run.gold.story} [${g.kind}] ${g.about}`);
    }
  }
  return { counts, misses };
}

/**
 * Eval task `discrepancies`: the story dossiers' discrepancies against hand-marked real ones and
 * non-discrepancies (eval-gold/discrepancies, docs/discrepancy-gold.md): precision (reported items
 * that are a real discrepancy) and recall (real ones reported) per kind and for all, on the tune
 * half and the unseen half. CROSSCHECK_EVAL_VERBOSE=1 prints the tune half's misses and false alarms.
 */
export const discrepanciesTask: EvalTask = {
  name: 'discrepancies',
  describe: 'story discrepancies against hand-marked gold (per-kind and all precision/recall, tune and unseen halves)',
  defaultPath: 'ecbplus',
  async run(path: string): Promise<EvalReport> {
    if (!existsSync(path)) throw createError('CC_DATA_MISSING', path);
    const dataDir = dirname(path);
    const metrics: Record<string, number> = {};
    const lines: string[] = [];
    for (const part of ['tune', 'unseen'] as const) {
      const dir = join(ROOT, 'eval-gold', 'discrepancies', part);
      if (!existsSync(dir)) throw createError('CC_DATA_MISSING', dir);
      const runs = await readDiscrepancyGold(dir, dataDir, ROOT);
      const { counts, misses } = countFolder(runs);
      lines.push(`${part} (${runs.length} stories):`);
      for (const [kind, c] of [...counts].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
        const p = prf(c.correct, c.predicted, c.gold);
        const recall = c.gold === 0 ? 0 : c.found / c.gold;
        if (kind !== 'other') metrics[`${part}.${kind}.precision`] = r3(p.precision);
        metrics[`${part}.${kind}.recall`] = r3(recall);
        lines.push(`  ${kind.padEnd(14)} P ${p.precision.toFixed(3)} (${c.correct}/${c.predicted})  R ${recall.toFixed(3)} (${c.found}/${c.gold})`);
      }
      if (part === 'tune' && process.env.CROSSCHECK_EVAL_VERBOSE === '1') lines.push(...misses);
    }
    return { task: 'discrepancies', metrics, lines };
  },
};
