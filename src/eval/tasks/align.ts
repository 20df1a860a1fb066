import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createError } from '../../errors.js';
import { factAlignModel } from '../../analyze/align/model.js';
import { ensembleScore } from '../../analyze/align/trees.js';
import { buildStory } from '../../analyze/build-story.js';
import { readGoldFolder } from '../align/gold-frames.js';
import { sentencePairFeatures } from '../align/pair-features.js';
import { readMrpc } from '../align/sentence-pairs.js';
import { addCounts, storyCounts, ZERO_COUNTS, type StoryCounts } from '../align/story-metrics.js';
import { formatPRF, prf } from '../prf.js';
import type { EvalReport, EvalTask } from '../task.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Sentence pairs in MRPC format, decided at the model's pair threshold. */
function scoreMrpc(file: string, metrics: Record<string, number>, lines: string[], key: string): void {
  const model = factAlignModel();
  if (!model) throw createError('CC_DATA_MISSING', 'models/fact-align.json');
  const pairs = readMrpc(file);
  const xs = sentencePairFeatures(model.freq, pairs);
  let tp = 0;
  let predicted = 0;
  let correct = 0;
  const gold = pairs.filter((p) => p.label === 1).length;
  xs.forEach((x, i) => {
    const yes = ensembleScore(model.ensemble, x) >= model.threshold.pair;
    if (yes) predicted++;
    if (yes && pairs[i]!.label === 1) tp++;
    if (yes === (pairs[i]!.label === 1)) correct++;
  });
  const m = prf(tp, predicted, gold);
  Object.assign(metrics, { [`${key}.accuracy`]: r3(correct / pairs.length), [`${key}.precision`]: r3(m.precision), [`${key}.recall`]: r3(m.recall), [`${key}.f1`]: r3(m.f1) });
  lines.push(formatPRF(`sentence pairs ${key}`, m, `accuracy ${(correct / pairs.length).toFixed(3)} on ${pairs.length} pairs (majority class ${(Math.max(gold, pairs.length - gold) / pairs.length).toFixed(3)})`));
}

/** The dossiers of the gold stories of one folder, against their gold. */
async function scoreStories(dir: string, dataDir: string, metrics: Record<string, number>, lines: string[], key: string): Promise<void> {
  const runs = await readGoldFolder(dir, dataDir, ROOT);
  let c: StoryCounts = ZERO_COUNTS;
  for (const run of runs) {
    const story = buildStory(run.gold.story, run.docs);
    c = addCounts(c, storyCounts(run.gold, story.claims));
  }
  const pairs = prf(c.correctPairs, c.predictedPairs, c.goldPairs);
  const values = {
    'fact.recall': c.facts === 0 ? 0 : c.factsFound / c.facts,
    'pair.precision': pairs.precision,
    'pair.recall': c.goldPairs === 0 ? 0 : c.goldPairsFound / c.goldPairs,
    'single-source.shared': c.singleSource === 0 ? 0 : c.singleSourceShared / c.singleSource,
    'contradictions.found': c.contradictions === 0 ? 0 : c.contradictionsFound / c.contradictions,
  };
  for (const [k, v] of Object.entries(values)) metrics[`${key}.${k}`] = r3(v);
  lines.push(
    `stories ${key} (${runs.length} stories, ${c.facts} shared facts): fact recall ${values['fact.recall'].toFixed(3)} (${c.factsFound}), ` +
      `aligned pairs P ${values['pair.precision'].toFixed(3)} (${c.correctPairs}/${c.predictedPairs}) R ${values['pair.recall'].toFixed(3)} (${c.goldPairsFound}/${c.goldPairs}), ` +
      `single-source claims in fact shared ${values['single-source.shared'].toFixed(3)} (${c.singleSourceShared}/${c.singleSource}), contradictions found ${c.contradictionsFound}/${c.contradictions}`,
  );
}

/**
 * Eval task `align`: the fact-alignment model on sentence pairs (MRPC val, or any MRPC-format file
 * given as the path) and, for the data folder, on the hand-annotated gold stories of
 * eval-gold/align (dev: tuned on; held-out: never looked at while tuning). See docs/align-gold.md.
 */
export const alignTask: EvalTask = {
  name: 'align',
  describe: 'fact alignment: MRPC-format sentence pairs (accuracy, P/R/F1) and story gold (fact recall, pair P/R, false single-source share, contradictions)',
  defaultPath: 'paraphrase',
  async run(path: string): Promise<EvalReport> {
    if (!existsSync(path)) throw createError('CC_DATA_MISSING', path);
    const metrics: Record<string, number> = {};
    const lines: string[] = [];
    const started = Date.now();
    if (!statSync(path).isDirectory()) {
      scoreMrpc(path, metrics, lines, 'pairs');
      return { task: 'align', metrics, lines };
    }
    const val = join(path, 'msr-para-val.tsv');
    if (existsSync(val)) scoreMrpc(val, metrics, lines, 'mrpc.val');
    const dataDir = dirname(path);
    for (const part of ['dev', 'heldout']) {
      const dir = join(ROOT, 'eval-gold', 'align', part);
      if (existsSync(dir)) await scoreStories(dir, dataDir, metrics, lines, `stories.${part}`);
    }
    if (lines.length === 0) throw createError('CC_DATA_MISSING', val);
    lines.push(`align evaluated in ${((Date.now() - started) / 1000).toFixed(1)} s (models/fact-align.json)`);
    return { task: 'align', metrics, lines };
  },
};
