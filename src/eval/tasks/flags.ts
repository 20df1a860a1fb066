import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createError } from '../../errors.js';
import { docFromText } from '../../ingest/doc-from-text.js';
import { analyseDoc } from '../../nlp/pipeline.js';
import { articleProfile, type ArticleProfile } from '../../analyze/article-profile.js';
import { isOpinion } from '../../analyze/flags/article-flags.js';
import { flagModel } from '../../analyze/flags/model.js';
import { formatPRF, prf } from '../prf.js';
import type { EvalReport, EvalTask } from '../task.js';

const LABELS = fileURLToPath(new URL('../../../../eval-gold/flags/opinion-labels.tsv', import.meta.url));

/** PolNeAR metadata per file name: split, outlet, date, author, title. */
interface PolnearMeta { split: string; publisher: string; date: string; author: string | null; title: string }

export function readPolnearMeta(dir: string): Map<string, PolnearMeta> {
  const file = join(dir, 'metadata.tsv');
  if (!existsSync(file)) throw createError('CC_DATA_MISSING', file);
  const meta = new Map<string, PolnearMeta>();
  const none = (v: string | undefined) => (v === undefined || v === '' || v === 'None' ? null : v);
  for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
    const c = line.split('\t');
    meta.set(c[1]!, { split: c[0]!, publisher: c[4]!, date: c[5]!, author: none(c[6]), title: c[7] ?? '' });
  }
  return meta;
}

/** The analysed profile of one PolNeAR text with its metadata (outlet, date, author, title), or null when absent. */
export function polnearProfile(dir: string, meta: ReadonlyMap<string, PolnearMeta>, file: string): ArticleProfile | null {
  const m = meta.get(file);
  const path = join(dir, m?.split === 'dev' ? 'dev' : 'train', 'text', `${file}.txt`);
  if (!m || !existsSync(path)) return null;
  const doc = analyseDoc(docFromText(readFileSync(path, 'utf8'), { source: file, id: file, outlet: m.publisher, published: m.date, title: m.title || null, author: m.author }));
  return articleProfile(doc);
}

/** The hand labels (eval-gold/flags/opinion-labels.tsv): file, split, opinion 0/1. */
export function readOpinionLabels(file = LABELS): { file: string; split: string; y: number }[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('file\t')).map((l) => {
    const [f, split, y] = l.split('\t');
    return { file: f!, split: split!, y: Number(y) };
  });
}

export const flagsTask: EvalTask = {
  name: 'flags',
  describe: 'opinion flag on hand-labelled PolNeAR texts (eval-gold/flags): P/R/F1 on dev (held out) and train (trained on)',
  defaultPath: 'polnear',
  async run(path) {
    const meta = readPolnearMeta(path);
    const report: EvalReport = { task: 'flags', metrics: {}, lines: [] };
    const m = flagModel();
    report.lines.push(m ? `model: ${m.trainedOn}` : 'no models/flags.json: rule thresholds');
    for (const split of ['dev', 'train']) {
      const rows = readOpinionLabels().filter((l) => l.split === split).map((l) => ({ y: l.y, p: polnearProfile(path, meta, l.file) })).filter((r) => r.p !== null);
      const predicted = rows.map((r) => ({ y: r.y, hit: isOpinion(r.p!) }));
      const score = prf(predicted.filter((r) => r.hit && r.y === 1).length, predicted.filter((r) => r.hit).length, predicted.filter((r) => r.y === 1).length);
      report.metrics[`opinion.${split}.precision`] = +score.precision.toFixed(3);
      report.metrics[`opinion.${split}.recall`] = +score.recall.toFixed(3);
      report.metrics[`opinion.${split}.f1`] = +score.f1.toFixed(3);
      report.lines.push(formatPRF(`opinion ${split} (${rows.length} texts, ${rows.filter((r) => r.y === 1).length} opinion)${split === 'train' ? ' [trained on]' : ''}`, score));
    }
    return report;
  },
};
