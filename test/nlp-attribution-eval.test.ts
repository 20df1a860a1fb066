import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotatorAgreement, evaluateAttribution } from '../src/eval/tasks/attribution.js';

/** A PolNeAR-shaped split with one text and the given annotator files. */
function split(text: string, anns: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'polnear-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'a.txt'), text);
  for (const [who, ann] of Object.entries(anns)) writeFileSync(join(dir, 'attributions', `a_${who}.ann`), ann);
  return dir;
}

const TEXT = 'Officials said the dam held. The mayor told reporters it was safe.';
// annotator 1: two relations; annotator 2: the first identical, the second with a longer source
const ANN1 = ['T1\tSource 0 9\tOfficials', 'T2\tCue 10 14\tsaid', 'T3\tContent 15 27\tthe dam held', 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
  'T4\tSource 33 38\tmayor', 'T5\tCue 39 43\ttold', 'T6\tContent 54 65\tit was safe', 'E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6'].join('\n');
const ANN2 = ['T1\tSource 0 9\tOfficials', 'T2\tCue 10 14\tsaid', 'T3\tContent 15 27\tthe dam held', 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
  'T4\tSource 29 38\tThe mayor', 'T5\tCue 39 43\ttold', 'T6\tContent 54 65\tit was safe', 'E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6'].join('\n');

test('annotator agreement scores the second annotator against the first, span by span', () => {
  const h = annotatorAgreement(split(TEXT, { alice: ANN1, bob: ANN2 }));
  assert.ok(h);
  assert.equal(h.texts, 1);
  // sources: one exact match of two, but both overlap; cues and contents agree fully
  assert.deepEqual(h.counts.source, { gold: 2, predicted: 2, exact: 1, overlapGold: 2, overlapPredicted: 2 });
  assert.deepEqual(h.counts.cue, { gold: 2, predicted: 2, exact: 2, overlapGold: 2, overlapPredicted: 2 });
});

test('annotator agreement is null when no text has two annotators', () => {
  assert.equal(annotatorAgreement(split(TEXT, { alice: ANN1 })), null);
});

test('reported passages without a cue count as content predictions only', async () => {
  const dir = split(TEXT, { alice: ANN1 });
  const said = { source: { start: 0, end: 9 }, cue: { start: 10, end: 14 }, cueBase: 'say', content: { start: 15, end: 27 }, strength: 'speech' as const, sentence: 0 };
  const without = await evaluateAttribution(dir, Number.POSITIVE_INFINITY, () => [said], () => []);
  const withPassage = await evaluateAttribution(dir, Number.POSITIVE_INFINITY, () => [said], () => [{ start: 54, end: 65 }]);
  assert.equal(without.metrics['content.overlap.recall'], 0.5);
  assert.equal(withPassage.metrics['content.overlap.recall'], 1);
  assert.equal(withPassage.metrics['content.exact.f1'], 1);
  // the passage brings no cue and no source
  assert.equal(withPassage.metrics['cue.exact.recall'], 0.5);
  assert.equal(withPassage.metrics['source.exact.recall'], 0.5);
});
