import { existsSync, readFileSync } from 'node:fs';
import { createError } from '../../errors.js';

/** A labelled sentence pair: MRPC (1 = same meaning) or STS (graded 0–5, kept only when clear). */
export interface SentencePair {
  a: string;
  b: string;
  label: 0 | 1;
}

/** MRPC TSV: header `Quality #1 ID #2 ID #1 String #2 String` (the train file starts with a BOM). */
export function readMrpc(file: string): SentencePair[] {
  if (!existsSync(file)) throw createError('CC_DATA_MISSING', file);
  const rows = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1);
  const out: SentencePair[] = [];
  for (const r of rows) {
    const f = r.split('\t');
    if (f.length < 5 || (f[0] !== '0' && f[0] !== '1')) continue;
    out.push({ a: f[3]!.trim(), b: f[4]!.trim(), label: f[0] === '1' ? 1 : 0 });
  }
  return out;
}

/** STS headlines `score<TAB>s1<TAB>s2`: ≥ 4 is the same fact, ≤ 1.5 another; the middle is left out. */
export function readSts(file: string): SentencePair[] {
  if (!existsSync(file)) throw createError('CC_DATA_MISSING', file);
  const out: SentencePair[] = [];
  for (const r of readFileSync(file, 'utf8').split('\n')) {
    const f = r.split('\t');
    const s = Number(f[0]);
    if (f.length < 3 || !Number.isFinite(s) || (s > 1.5 && s < 4)) continue;
    out.push({ a: f[1]!.trim(), b: f[2]!.trim(), label: s >= 4 ? 1 : 0 });
  }
  return out;
}
