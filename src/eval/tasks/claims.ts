import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createError } from '../../errors.js';
import { analyseDoc } from '../../nlp/pipeline.js';
import { docFrames, type ClaimFrame } from '../../analyze/claim-frame.js';
import { relateClaims, type ClaimRelation } from '../../analyze/claim-relation.js';
import { docFromLines } from '../lines-doc.js';
import { formatPRF, prf } from '../prf.js';
import type { EvalReport, EvalTask } from '../task.js';

/** One ClaimDiff pair: two claims about one event from two outlets; relation 1 = strengthens / weakens. */
interface Pair {
  date: string | null;
  claim_a: string;
  claim_b: string;
  relation: number;
}

function readPairs(file: string): Pair[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw createError('CC_MALFORMED_JSON', `${file}: ${(e as Error).message}`);
  }
  const data = (parsed as { data?: unknown }).data ?? parsed;
  if (!Array.isArray(data)) throw createError('CC_MALFORMED_JSON', `${file}: expected {data: [...]}`);
  return data as Pair[];
}

/** The relations between the claims of two texts, with the same pairwise decision the story step uses. */
function relations(cache: Map<string, ClaimFrame[]>, a: string, b: string, date: string | null): Set<ClaimRelation> {
  const frames = (text: string) => {
    const key = `${date}|${text}`;
    let f = cache.get(key);
    if (!f) {
      const doc = docFromLines(`c${cache.size}`, text);
      doc.published = date;
      f = docFrames(analyseDoc(doc));
      cache.set(key, f);
    }
    return f;
  };
  const out = new Set<ClaimRelation>();
  for (const x of frames(a)) for (const y of frames(b)) out.add(relateClaims(x, y));
  return out;
}

function score(pairs: Pair[], cache: Map<string, ClaimFrame[]>, predict: (r: Set<ClaimRelation>) => boolean) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const p of pairs) {
    const yes = predict(relations(cache, p.claim_a, p.claim_b, p.date ?? null));
    if (yes) predicted++;
    if (p.relation === 1) gold++;
    if (yes && p.relation === 1) tp++;
  }
  return { m: prf(tp, predicted, gold), tp, predicted, gold, n: pairs.length };
}

/** Eval task `claims`: alignment (strength-train) and disagreement detection (weak-train) on ClaimDiff. */
export const claimsTask: EvalTask = {
  name: 'claims',
  describe: 'claim alignment and disagreement P/R/F1 on ClaimDiff pairs (strength-train.json, weak-train.json)',
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
    if (existsSync(strengthFile)) {
      const s = score(readPairs(strengthFile), cache, (r) => r.has('same'));
      Object.assign(metrics, { 'align.precision': s.m.precision, 'align.recall': s.m.recall, 'align.f1': s.m.f1, 'align.pairs': s.n });
      lines.push(formatPRF('alignment (strength relation = 1)', s.m, `${s.tp}/${s.predicted} predicted, ${s.gold} gold of ${s.n} pairs`));
    }
    if (weakFile && existsSync(weakFile)) {
      const w = score(readPairs(weakFile), cache, (r) => r.has('number') || r.has('date') || r.has('polarity'));
      Object.assign(metrics, { 'disagree.precision': w.m.precision, 'disagree.recall': w.m.recall, 'disagree.f1': w.m.f1, 'disagree.pairs': w.n });
      lines.push(formatPRF('disagreement (weak relation = 1)', w.m, `${w.tp}/${w.predicted} predicted, ${w.gold} gold of ${w.n} pairs`));
    }
    if (lines.length === 0) throw createError('CC_DATA_MISSING', strengthFile);
    lines.push(`claims analysed: ${cache.size} texts in ${((Date.now() - started) / 1000).toFixed(1)} s; precision before recall: only claims agreeing on who did what align`);
    return { task: 'claims', metrics, lines };
  },
};
