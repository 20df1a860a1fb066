/**
 * Train the named-entity model: `npm run train:ner [-- --epochs 12 --bits 20 --folds 4]`.
 * Reads ../shared/data/conll2003/{train,valid}.txt (and unlabeled news text for word clusters),
 * trains an averaged structured perceptron, keeps the epoch with the best entity F1 on valid.txt,
 * and writes models/ner.bin. Deterministic: fixed seed, fixed order.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConll, type ConllSentence } from '../src/nlp/ner/conll.js';
import { sentenceFeatures, type SentenceFeatures } from '../src/nlp/ner/features.js';
import { decodeLabels, encodeLabels } from '../src/nlp/ner/labels.js';
import { phraseKey, typeBit, emptyLexicons, type Lexicons } from '../src/nlp/ner/lexicons.js';
import { loadModel, saveModel } from '../src/nlp/ner/model-io.js';
import { externalGazetteer, mergeGazetteers } from '../src/nlp/ner/external-gazetteer.js';
import { AveragedPerceptron } from '../src/nlp/ner/perceptron.js';
import { EntityScore } from '../src/eval/ner-score.js';
import { viterbi } from '../src/nlp/ner/viterbi.js';
import { bucketMask, type NerWeights } from '../src/nlp/ner/weights.js';
import { buildClusters } from './ner-clusters.js';
import { seededRandom as rng } from '../src/util/random.js';

const { values: opts } = parseArgs({
  options: {
    epochs: { type: 'string', default: '12' },
    bits: { type: 'string', default: '20' },
    folds: { type: 'string', default: '4' },
    clusters: { type: 'boolean', default: true },
    'no-clusters': { type: 'boolean', default: false },
    'no-external': { type: 'boolean', default: false },
    // Reuse the word clusters of a saved model instead of recomputing them (most of the run time);
    // the attribution model reads the same clusters, so keeping them keeps its features unchanged.
    'clusters-from': { type: 'string' },
    out: { type: 'string', default: 'models/ner.bin' },
  },
});
const EPOCHS = Number(opts.epochs);
const BITS = Number(opts.bits);
const FOLDS = Number(opts.folds);
const DATA = new URL('../../../shared/data/', import.meta.url);
const trainPath = new URL('conll2003/train.txt', DATA);
const validPath = new URL('conll2003/valid.txt', DATA);
if (!existsSync(trainPath)) {
  console.error(`missing ${trainPath.pathname}`);
  process.exit(2);
}

/** Gazetteer of every gold entity phrase in the given sentences. */
function gazetteerOf(sentences: readonly ConllSentence[]): Map<number, number> {
  const g = new Map<number, number>();
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.end - e.start > 5) continue;
      const k = phraseKey(s.words, e.start, e.end);
      g.set(k, (g.get(k) ?? 0) | typeBit(e.type));
    }
  }
  return g;
}

const t0 = Date.now();
const train = readConll(trainPath);
const valid = readConll(validPath);
const clusters =
  !opts.clusters || opts['no-clusters']
    ? new Map<number, readonly number[]>()
    : opts['clusters-from']
      ? loadModel(opts['clusters-from']).lexicons.clusters
      : buildClusters(new URL('../../../shared/data/', import.meta.url));
console.log(`read ${train.length} train / ${valid.length} valid sentences, ${clusters.size} clustered words (${Date.now() - t0} ms)`);

// External names (WordNet instances) are the same for every fold and at run time.
const external = opts['no-external'] ? new Map<number, number>() : externalGazetteer();
console.log(`${external.size} external gazetteer phrases`);

// Jackknifed gazetteer: a training sentence sees only the names from the other folds, so the
// model learns how far to trust a gazetteer hit on names it has not been trained on.
const mask = (1 << BITS) - 1;
const trainFeatures: SentenceFeatures[] = new Array<SentenceFeatures>(train.length);
for (let fold = 0; fold < FOLDS; fold++) {
  const lex: Lexicons = { gazetteer: mergeGazetteers(gazetteerOf(train.filter((s) => s.doc % FOLDS !== fold)), external), clusters };
  train.forEach((s, i) => {
    if (s.doc % FOLDS === fold) trainFeatures[i] = sentenceFeatures(s.words, lex, mask);
  });
}
const trainLabels = train.map((s) => encodeLabels(s.words.length, s.entities));
const fullLex: Lexicons = { ...emptyLexicons(), gazetteer: mergeGazetteers(gazetteerOf(train), external), clusters };
const validFeatures = valid.map((s) => sentenceFeatures(s.words, fullLex, mask));
console.log(`features ready (${Date.now() - t0} ms)`);

function evaluate(w: NerWeights): EntityScore {
  const score = new EntityScore();
  valid.forEach((s, i) => score.add(s.entities, decodeLabels(viterbi(validFeatures[i]!, w))));
  return score;
}

const model = new AveragedPerceptron(BITS);
const random = rng(20250303);
const order = train.map((_, i) => i);
let best: { f1: number; epoch: number; weights: NerWeights | null } = { f1: -1, epoch: 0, weights: null };
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let wrong = 0;
  for (const i of order) wrong += model.train(trainFeatures[i]!, trainLabels[i]!);
  const avg = model.averaged();
  const r = evaluate(avg).result();
  console.log(`epoch ${epoch}: train errors ${wrong}, valid P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)} F1 ${r.f1.toFixed(4)} (${Date.now() - t0} ms)`);
  if (r.f1 > best.f1) best = { f1: r.f1, epoch, weights: avg };
}
const bytes = saveModel(opts.out!, { weights: best.weights!, lexicons: fullLex });
console.log(`best epoch ${best.epoch}, valid F1 ${best.f1.toFixed(4)}; wrote ${opts.out} (${(bytes / 1e6).toFixed(1)} MB)`);
