import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createError } from '../../errors.js';
import type { ClaimFrame } from '../../analyze/claims/claim-frame.js';
import { relateClaims, type ClaimRelation } from '../../analyze/claims/claim-relation.js';
import { alignModel, setAlignModel } from '../../analyze/claims/claim-scorer.js';
import { framesOf, isHeldOutTopic, readClaimDiff, type ClaimDiffPair } from '../claimdiff.js';
import { formatPRF, prf } from '../prf.js';
import type { EvalReport, EvalTask } from '../task.js';

/** The relations between the claims of two texts, with the same pairwise decision the story step uses. */
function relations(cache: Map<string, ClaimFrame[]>, p: ClaimDiffPair): Set<ClaimRelation> {
  const out = new Set<ClaimRelation>();
  for (const x of framesOf(cache, p.claim_a, p.date ?? null)) for (const y of framesOf(cache, p.claim_b, p.date ?? null)) out.add(relateClaims(x, y));
  return out;
}

function score(pairs: ClaimDiffPair[], cache: Map<string, ClaimFrame[]>, predict: (r: Set<ClaimRelation>) => boolean) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const p of pairs) {
    const yes = predict(relations(cache, p));
    if (yes) predicted++;
    if (p.relation === 1) gold++;
    if (yes && p.relation === 1) tp++;
  }
  return { m: prf(tp, predicted, gold), tp, predicted, gold, n: pairs.length };
}

const aligned = (r: Set<ClaimRelation>) => r.has('same');
const disagree = (r: Set<ClaimRelation>) => r.has('number') || r.has('date') || r.has('polarity');

/**
 * Eval task `claims`: alignment (strength-train) and disagreement detection (weak-train) on
 * ClaimDiff, for the strict rule alone and with the learned scorer, on the full files and on the
 * held-out 20 % of topics the scorer never saw in training.
 */
export const claimsTask: EvalTask = {
  name: 'claims',
  describe: 'claim alignment and disagreement P/R/F1 on ClaimDiff pairs (strength-train.json, weak-train.json), full and held-out topics',
  defaultPath: 'claimdiff',
  async run(path: string): Promise<EvalReport> {
    if (!existsSync(path)) throw createError('CC_DATA_MISSING', path);
    const dir = statSync(path).isDirectory();
    const strengthFile = dir ? join(path, 'strength-train.json') : path;
    const weakFile = dir ? join(path, 'weak-train.json') : null;
    const cache = new Map<string, ClaimFrame[]>();
    const metrics: Record<string, number> = {};
    const lines: string[] = [];
    const started = Date.now();
    const model = alignModel();
    const runs: { name: string; strict: boolean }[] = [{ name: 'rule', strict: true }, ...(model ? [{ name: 'learned', strict: false }] : [])];
    const files: { key: string; file: string | null; label: string; predict: (r: Set<ClaimRelation>) => boolean }[] = [
      { key: 'align', file: strengthFile, label: 'alignment (strength = 1)', predict: aligned },
      { key: 'disagree', file: weakFile, label: 'disagreement (weak = 1)', predict: disagree },
    ];
    try {
      for (const f of files) {
        if (!f.file || !existsSync(f.file)) continue;
        const all = readClaimDiff(f.file);
        for (const run of runs) {
          setAlignModel(run.strict ? null : model);
          for (const [part, pairs] of [['full', all], ['held-out', all.filter((p) => isHeldOutTopic(p.topic))]] as const) {
            const s = score(pairs, cache, f.predict);
            const k = `${f.key}.${run.name}.${part}`;
            Object.assign(metrics, { [`${k}.precision`]: s.m.precision, [`${k}.recall`]: s.m.recall, [`${k}.f1`]: s.m.f1, [`${k}.pairs`]: s.n });
            lines.push(formatPRF(`${f.label} ${run.name}, ${part}`, s.m, `${s.tp}/${s.predicted} predicted, ${s.gold} gold of ${s.n} pairs`));
          }
        }
      }
    } finally {
      setAlignModel(model);
    }
    if (lines.length === 0) throw createError('CC_DATA_MISSING', strengthFile);
    lines.push(`claims analysed: ${cache.size} texts in ${((Date.now() - started) / 1000).toFixed(1)} s; rule = strict who-did-what frame match; learned = rule or gated scorer (models/claim-align.json)`);
    return { task: 'claims', metrics, lines };
  },
};
