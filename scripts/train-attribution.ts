/**
 * Train the attribution tagger: `npm run train:attribution [-- --epochs 12 --bits 20 --prune 500]`.
 * Reads ../shared/data/polnear/{train,dev}, trains one averaged structured perceptron per role
 * (BIO over each paragraph's tokens, rule-based relations stacked as features) in two stages:
 * first the cue tagger, then source and content taggers that also see the tagged cues. Their
 * training paragraphs see cues from a cue tagger trained on the other half of the texts
 * (jackknifing), so they learn how far to trust imperfect cues. Keeps for each role the epoch
 * with the best exact span F1 on dev and writes models/attribution.bin. Deterministic.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { ArticleDoc } from '../src/model/article.js';
import type { SentenceFeatures } from '../src/nlp/ner/features.js';
import { findRelations } from '../src/nlp/attribution/attribution-relations.js';
import { paragraphFeatures } from '../src/nlp/attribution/model/features.js';
import { modelDepsIn, saveAttributionModel, type AttributionWeights } from '../src/nlp/attribution/model/model-io.js';
import { packageRoot } from '../src/util/package-root.js';
import { paragraphViews, ROLES, tokenRange, type ParagraphView } from '../src/nlp/attribution/model/paragraphs.js';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { BIO_LABELS, BIO_RULES, decodeBio, encodeBio } from '../src/nlp/sequence/bio.js';
import { decodeSequence } from '../src/nlp/sequence/decode.js';
import { SequencePerceptron } from '../src/nlp/sequence/perceptron.js';
import type { SequenceWeights } from '../src/nlp/sequence/weights.js';
import { docFromLines } from '../src/eval/lines-doc.js';
import { readPolnear } from '../src/eval/tasks/polnear-docs.js';
import type { GoldRelation } from '../src/eval/tasks/brat-attributions.js';
import { seededRandom } from '../src/util/random.js';

const { values: opts } = parseArgs({
  options: {
    epochs: { type: 'string', default: '12' },
    'fold-epochs': { type: 'string', default: '6' },
    bits: { type: 'string', default: '20' },
    limit: { type: 'string', default: '100000' },
    out: { type: 'string', default: 'models/attribution.bin' },
    prune: { type: 'string', default: '500' },
  },
});
const EPOCHS = Number(opts.epochs);
const CUE_FOLD_EPOCHS = Number(opts['fold-epochs']);
const BITS = Number(opts.bits);
const DATA = fileURLToPath(new URL('../../../shared/data/polnear/', import.meta.url));
if (!existsSync(DATA)) {
  console.error(`missing ${DATA}`);
  process.exit(2);
}
const STEPS = docSteps.filter((s) => ['segment', 'entities'].includes(s.name));
const mask = (1 << BITS) - 1;

interface Example {
  doc: number;
  view: ParagraphView;
  features: SentenceFeatures;
  gold: [Uint8Array, Uint8Array, Uint8Array];
}

let unreachable = 0;
let goldSpans = 0;
/** Gold token ranges of one role inside one paragraph; spans the tokens cannot reproduce exactly are counted. */
function goldRanges(doc: ArticleDoc, view: ParagraphView, gold: readonly GoldRelation[], role: (typeof ROLES)[number]) {
  const out: { start: number; end: number }[] = [];
  for (const g of gold) {
    const frags = g[role];
    if (!frags || frags.length === 0) continue;
    const span = { start: frags[0]!.start, end: frags[frags.length - 1]!.end };
    const r = tokenRange(doc, span, view.tokenStart, view.tokenEnd);
    if (!r) continue;
    goldSpans++;
    if (doc.tokens[r.start]!.start !== span.start || doc.tokens[r.end - 1]!.end !== span.end) unreachable++;
    out.push({ start: r.start - view.tokenStart, end: r.end - view.tokenStart });
  }
  return out;
}

function examples(split: string, limit: number): Example[] {
  const out: Example[] = [];
  readPolnear(DATA + split, limit).forEach((t, d) => {
    const doc = analyseDoc(docFromLines(t.name, t.text), STEPS);
    for (const view of paragraphViews(doc, findRelations(doc))) {
      const n = view.words.length;
      const gold = ROLES.map((role) => encodeBio(n, goldRanges(doc, view, t.gold, role))) as [Uint8Array, Uint8Array, Uint8Array];
      out.push({ doc: d, view, features: paragraphFeatures(view, mask), gold });
    }
  });
  return out;
}

const t0 = Date.now();
const train = examples('train', Number(opts.limit));
console.log(`train: ${train.length} paragraphs, ${goldSpans} gold spans, ${unreachable} not on token boundaries (${Date.now() - t0} ms)`);
const dev = examples('dev', Number.POSITIVE_INFINITY);
console.log(`dev: ${dev.length} paragraphs (${Date.now() - t0} ms)`);

/** Exact span P/R/F1 of one role's tagger on dev, on token ranges. */
function evaluate(w: SequenceWeights, k: number): { p: number; r: number; f1: number } {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const ex of dev) {
    const guess = decodeBio(decodeSequence(ex.features, w, BIO_RULES));
    const truth = new Set(decodeBio(ex.gold[k]!).map((r) => `${r.start}:${r.end}`));
    gold += truth.size;
    pred += guess.length;
    tp += guess.filter((r) => truth.has(`${r.start}:${r.end}`)).length;
  }
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Train one role's tagger on `data`; with `select`, keep the epoch with the best dev F1, else the last. */
function trainRole(k: number, data: readonly Example[], epochs: number, select: boolean, label: string): SequenceWeights {
  const model = new SequencePerceptron(BIO_LABELS, BITS, BIO_RULES);
  const random = seededRandom(20250411 + k);
  const order = data.map((_, i) => i);
  let top = { f1: -1, epoch: 0, weights: null as SequenceWeights | null };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    for (const i of order) wrong += model.train(data[i]!.features, data[i]!.gold[k]!);
    if (!select && epoch < epochs) continue;
    const avg = model.averaged();
    const m = evaluate(avg, k);
    console.log(`${label} epoch ${epoch}: train errors ${wrong}, dev exact P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)} (${Date.now() - t0} ms)`);
    if (m.f1 > top.f1) top = { f1: m.f1, epoch, weights: avg };
  }
  console.log(`${label}: kept epoch ${top.epoch}, dev token-level exact F1 ${top.f1.toFixed(3)}`);
  return top.weights!;
}

const CUE = ROLES.indexOf('cue');
const cueTags = (ex: Example, w: SequenceWeights) => decodeSequence(ex.features, w, BIO_RULES);
// Stage 1: the cue tagger, and jackknifed cues for the training paragraphs.
const cueModel = trainRole(CUE, train, EPOCHS, true, 'cue');
const trainCues: Uint8Array[] = new Array<Uint8Array>(train.length);
for (let fold = 0; fold < 2; fold++) {
  const w = trainRole(CUE, train.filter((ex) => ex.doc % 2 !== fold), CUE_FOLD_EPOCHS, false, `cue fold ${fold}`);
  train.forEach((ex, i) => {
    if (ex.doc % 2 === fold) trainCues[i] = cueTags(ex, w);
  });
}
const devCues = dev.map((ex) => cueTags(ex, cueModel));
// Stage 2: source and content taggers over features that include the tagged cues.
train.forEach((ex, i) => (ex.features = paragraphFeatures(ex.view, mask, trainCues[i]!)));
dev.forEach((ex, i) => (ex.features = paragraphFeatures(ex.view, mask, devCues[i]!)));
const tables = ROLES.map((role, k) => (k === CUE ? cueModel : trainRole(k, train, EPOCHS, true, role)));
// The header records the syntax and NER models the features were computed with (the package's,
// which the default taggers load); loading checks them, so a retrained dependency forces a retrain.
const bytes = saveAttributionModel(opts.out!, tables as AttributionWeights, Number(opts.prune), modelDepsIn(new URL('models/', packageRoot())));
console.log(`wrote ${opts.out} (${(bytes / 1e6).toFixed(1)} MB)`);
