import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { docFromText } from '../src/ingest/ingest.js';
import { docSteps } from '../src/nlp/pipeline.js';
import { findRelations } from '../src/nlp/attribution/attribution-relations.js';
import { contextFeatures, paragraphFeatures } from '../src/nlp/attribution/model/features.js';
import { addJointScores, jointEmission } from '../src/nlp/attribution/model/joint-emission.js';
import { loadAttributionModel } from '../src/nlp/attribution/model/model-io.js';
import { paragraphViews } from '../src/nlp/attribution/model/paragraphs.js';
import { WordScores } from '../src/nlp/attribution/model/word-scores.js';
import { SHARED } from './support/data-dir.js';


const ROOT = new URL('../../', import.meta.url);
const MODEL = new URL('models/attribution.bin', ROOT);
const DEV = new URL('data/polnear/dev/text/', SHARED);

function texts(): string[] {
  const dir = new URL('examples/kessel-dam/', ROOT);
  const out = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
  if (existsSync(DEV)) out.push(...readdirSync(DEV).sort().slice(0, 40).map((f) => readFileSync(new URL(f, DEV), 'utf8')));
  return out;
}

test('first-stage scores with word sums memoised equal scoring every feature id (shipped model)', { skip: !existsSync(MODEL) && 'needs models/attribution.bin' }, () => {
  const weights = loadAttributionModel(MODEL);
  const packed = jointEmission(weights);
  assert.ok(packed.rows instanceof Int16Array, 'the shipped table is int16: the memoised path is exact only there');
  const mask = (1 << weights[0].bucketBits) - 1;
  const memo = new WordScores(packed, mask);
  let paragraphs = 0;
  for (const [i, text] of texts().entries()) {
    const doc = docFromText(text, { source: `t${i}`, id: `t${i}` });
    for (const step of docSteps.filter((s) => s.name === 'segment' || s.name === 'entities')) step.run(doc);
    for (const p of paragraphViews(doc, findRelations(doc))) {
      const size = p.words.length * packed.labels;
      const full = [0, 1, 2].map(() => new Float64Array(size));
      addJointScores(paragraphFeatures(p, mask), packed, full, [0, 1, 2]);
      const fast = [0, 1, 2].map(() => new Float64Array(size));
      addJointScores(contextFeatures(p, mask), packed, fast, [0, 1, 2]);
      memo.add(p, fast);
      for (let r = 0; r < 3; r++) assert.deepEqual(fast[r], full[r], `paragraph ${paragraphs}, role ${r}`);
      paragraphs++;
    }
  }
  assert.ok(paragraphs > 20);
});
