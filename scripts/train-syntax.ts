/**
 * Train the part-of-speech + phrase-chunk tagger: `npm run train:syntax [-- --epochs 6 --prune 40]`.
 * Reads ../shared/data/conll2003/{train,valid}.txt (`word POS chunk NER`), trains two greedy
 * averaged perceptrons (POS, then chunks over predicted POS), reports accuracy and speed on valid
 * and writes models/syntax.bin. The chunk tagger trains on POS tags predicted by jackknifed POS
 * taggers (each half tagged by a model trained on the other), so it learns from realistic input.
 * Deterministic (fixed shuffle seed).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readSyntaxSentences, type SyntaxSentence } from '../src/nlp/syntax/conll-columns.js';
import { chunkFeatures, posFeatures, wordHashes, type WordHashes } from '../src/nlp/syntax/features.js';
import { GreedyPerceptron, greedyTag, type GreedyTable } from '../src/nlp/syntax/greedy.js';
import { decodeSyntaxModel, encodeSyntaxModel, saveSyntaxModel, type SyntaxModel } from '../src/nlp/syntax/model-io.js';
import { dictionaryTags, tagSyntax } from '../src/nlp/syntax/tagger.js';
import { seededRandom, shuffledWith } from '../src/util/random.js';

const { values: opts } = parseArgs({
  options: {
    epochs: { type: 'string', default: '6' },
    'pos-bits': { type: 'string', default: '18' },
    'chunk-bits': { type: 'string', default: '16' },
    prune: { type: 'string', default: '40' },
    'dict-min': { type: 'string', default: '20' },
    'dict-share': { type: 'string', default: '0.995' },
    out: { type: 'string', default: 'models/syntax.bin' },
  },
});
const EPOCHS = Number(opts.epochs);
const POS_BITS = Number(opts['pos-bits']);
const CHUNK_BITS = Number(opts['chunk-bits']);
const DATA = fileURLToPath(new URL('../../../shared/data/conll2003/', import.meta.url));
if (!existsSync(DATA)) {
  console.error(`missing ${DATA}`);
  process.exit(2);
}

interface Example {
  s: SyntaxSentence;
  h: WordHashes;
  pos: Uint8Array;
  chunk: Uint8Array;
  /** POS tags the chunk tagger trains on (jackknifed predictions). */
  predPos: Uint8Array;
}

const t0 = Date.now();
const trainSents = readSyntaxSentences(DATA + 'train.txt');
const validSents = readSyntaxSentences(DATA + 'valid.txt');
const posNames = [...new Set(trainSents.flatMap((s) => s.pos))].sort();
const chunkNames = [...new Set(trainSents.flatMap((s) => s.chunk.map((c) => c.replace(/^I-/, 'B-'))))].sort().flatMap((b) => (b === 'O' ? ['O'] : [b, b.replace(/^B-/, 'I-')]));
const posId = new Map(posNames.map((n, i) => [n, i]));
const chunkId = new Map(chunkNames.map((n, i) => [n, i]));
const toExample = (s: SyntaxSentence): Example => ({
  s,
  h: wordHashes(s.words),
  pos: Uint8Array.from(s.pos, (p) => posId.get(p) ?? 0),
  chunk: Uint8Array.from(s.chunk, (c) => chunkId.get(c) ?? chunkId.get('O')!),
  predPos: new Uint8Array(0),
});
const train = trainSents.map(toExample);
const valid = validSents.map(toExample);
console.log(`train ${train.length} sentences, valid ${valid.length}; ${posNames.length} POS tags, ${chunkNames.length} chunk tags (${Date.now() - t0} ms)`);

// Tag dictionary (Honnibal-style): lower-case words seen at least `dict-min` times with one tag in
// at least `dict-share` of them skip scoring, at run time and in training alike.
const wordTags = new Map<number, Map<number, number>>();
for (const ex of train) {
  ex.h.lower.forEach((w, i) => {
    const m = wordTags.get(w) ?? new Map<number, number>();
    m.set(ex.pos[i]!, (m.get(ex.pos[i]!) ?? 0) + 1);
    wordTags.set(w, m);
  });
}
const posDictionary = new Map<number, number>();
for (const [w, counts] of wordTags) {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const [tag, top] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  if (total >= Number(opts['dict-min']) && top / total >= Number(opts['dict-share'])) posDictionary.set(w, tag);
}
console.log(`tag dictionary: ${posDictionary.size} words`);
const fixedOf = (ex: Example) => dictionaryTags(posDictionary, ex.h);

function trainPos(data: readonly Example[], seed: number): GreedyTable {
  const model = new GreedyPerceptron(posNames.length, POS_BITS);
  const mask = (1 << POS_BITS) - 1;
  const random = seededRandom(seed);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (const ex of shuffledWith(data, random)) {
      greedyTag(ex.s.words.length, model.table, (i, p1, p2, out) => posFeatures(ex.h, i, p1, p2, mask, out), (i, ids, count, guess) =>
        model.update(ids, count, ex.pos[i]!, guess),
      fixedOf(ex));
    }
  }
  return model.averaged();
}

function trainChunk(data: readonly Example[], seed: number): GreedyTable {
  const model = new GreedyPerceptron(chunkNames.length, CHUNK_BITS);
  const mask = (1 << CHUNK_BITS) - 1;
  const random = seededRandom(seed);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (const ex of shuffledWith(data, random)) {
      greedyTag(ex.s.words.length, model.table, (i, p1, p2, out) => chunkFeatures(ex.h, ex.predPos, i, p1, p2, mask, out), (i, ids, count, guess) =>
        model.update(ids, count, ex.chunk[i]!, guess),
      );
    }
  }
  return model.averaged();
}

const posTable = trainPos(train, 20261122);
console.log(`POS trained (${Date.now() - t0} ms)`);
for (let fold = 0; fold < 2; fold++) {
  const table = trainPos(train.filter((_, i) => i % 2 !== fold), 20261122 + 1 + fold);
  const mask = (1 << POS_BITS) - 1;
  train.forEach((ex, i) => {
    if (i % 2 === fold) ex.predPos = greedyTag(ex.s.words.length, table, (j, p1, p2, out) => posFeatures(ex.h, j, p1, p2, mask, out), null, fixedOf(ex));
  });
}
console.log(`jackknifed POS for chunk training (${Date.now() - t0} ms)`);
const chunkTable = trainChunk(train, 20261125);
// Evaluate the model as shipped (quantised and pruned), not the float weights.
const model: SyntaxModel = decodeSyntaxModel(encodeSyntaxModel({ pos: posTable, chunk: chunkTable, posNames, chunkNames, posDictionary }, Number(opts.prune)));

/** Phrase spans "type:start:end" of IOB2/IOB1 chunk names (an I- after another type opens a phrase). */
function phrases(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  let open: { type: string; start: number } | null = null;
  const close = (end: number) => {
    if (open) out.add(`${open.type}:${open.start}:${end}`);
    open = null;
  };
  names.forEach((name, i) => {
    const [bi, type] = name === 'O' ? ['O', ''] : [name.slice(0, 1), name.slice(2)];
    if (bi === 'O') return close(i);
    if (bi === 'B' || !open || open.type !== type) {
      close(i);
      open = { type, start: i };
    }
  });
  close(names.length);
  return out;
}

let tokens = 0;
let posRight = 0;
let chunkRight = 0;
let tp = 0;
let pred = 0;
let gold = 0;
for (const ex of valid) {
  const t = tagSyntax(model, ex.s.words);
  tokens += ex.s.words.length;
  t.pos.forEach((p, i) => (posRight += p === ex.pos[i] ? 1 : 0));
  t.chunk.forEach((c, i) => (chunkRight += c === ex.chunk[i] ? 1 : 0));
  const g = phrases(ex.s.chunk);
  const p = phrases(Array.from(t.chunk, (c) => chunkNames[c]!));
  gold += g.size;
  pred += p.size;
  for (const x of p) if (g.has(x)) tp++;
}
const P = tp / pred;
const R = tp / gold;
console.log(`valid: POS accuracy ${(posRight / tokens).toFixed(4)}, chunk tag accuracy ${(chunkRight / tokens).toFixed(4)}, phrase P ${P.toFixed(4)} R ${R.toFixed(4)} F1 ${((2 * P * R) / (P + R)).toFixed(4)} over ${tokens} tokens`);
// Speed: tag the valid set several times over (hashes included), after a warm-up pass.
const words = valid.map((ex) => ex.s.words);
for (const w of words) tagSyntax(model, w);
const start = process.hrtime.bigint();
let n = 0;
for (let r = 0; r < 5; r++) for (const w of words) n += tagSyntax(model, w).pos.length;
const secs = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`speed: ${Math.round(n / secs)} tokens/s (one core, including word hashing)`);
const bytes = saveSyntaxModel(opts.out!, model, 0);
console.log(`wrote ${opts.out} (${(bytes / 1e6).toFixed(2)} MB, ${Date.now() - t0} ms)`);
