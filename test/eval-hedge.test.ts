import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSzeged } from '../src/eval/szeged.js';
import { scoreSentences } from '../src/eval/tasks/hedge.js';
import { loadHedgeLexicon } from '../src/nlp/hedges/lexicon.js';

const XML = `<Annotation><DocumentSet><Document type="unknown"><DocID type="FILENAME">d1</DocID><DocumentPart type="Text">
<Sentence id="S1.1">The plan <ccue type="speculation_modal_probable_">may</ccue> fail &amp; stall.</Sentence>
<Sentence id="S1.2">The plant closed on May 5.</Sentence>
<Sentence id="S1.3">It is <ccue type="speculation_modal_probable_">probably</ccue> the <ccue type="speculation_hypo_doxastic _">alleged</ccue> site.</Sentence>
</DocumentPart></Document></DocumentSet></Annotation>`;

test('Szeged XML: tags removed, cue spans exact, entities decoded, types normalised', () => {
  const [doc] = parseSzeged(XML);
  assert.equal(doc!.id, 'd1');
  const s = doc!.sentences[0]!;
  assert.equal(s.text, 'The plan may fail & stall.');
  assert.deepEqual(s.cues, [{ start: 9, end: 12, type: 'modal_probable' }]);
  assert.equal(doc!.sentences[2]!.cues[1]!.type, 'hypo_doxastic');
});

test('sentence-level and exact cue-level scores on a small file', () => {
  const [doc] = parseSzeged(XML);
  const r = scoreSentences(doc!.sentences, loadHedgeLexicon());
  assert.deepEqual(r.sentence, { precision: 1, recall: 1, f1: 1 });
  assert.equal(r.cue.recall, 1);
  assert.equal(r.sentences, 3);
});

test('scores per domain, and with the lexicon precisions alone (no classifier)', () => {
  const [doc] = parseSzeged(XML);
  for (const options of [{ domain: 'encyclopedia' as const }, { domain: 'news' as const }, { classifier: null }]) {
    const r = scoreSentences(doc!.sentences, loadHedgeLexicon(), options);
    assert.deepEqual(r.sentence, { precision: 1, recall: 1, f1: 1 }, JSON.stringify(options));
  }
});
