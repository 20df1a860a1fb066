import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { annotationsOf, type ArticleDoc } from '../src/model/article.js';
import { docFromText } from '../src/ingest/doc-from-text.js';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { SHARED, dataSkip } from './support/data-dir.js';

const SEEDS = new URL('seeds/', SHARED);
const has = existsSync(SEEDS);
const STEPS = docSteps.filter((s) => ['segment', 'entities', 'quotes', 'attributions'].includes(s.name));

function seeds(): ArticleDoc[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => analyseDoc(docFromText(readFileSync(new URL(f, SEEDS), 'utf8'), { source: f, id: f.slice(0, 3) }), STEPS));
}

function quoteWith(docs: ArticleDoc[], words: string) {
  for (const d of docs) for (const q of annotationsOf(d, 'quote')) if (q.text.includes(words)) return q;
  return null;
}

test('seed quotes have the right speakers', { skip: dataSkip(has) }, () => {
  const docs = seeds();
  const expect: [string, string][] = [
    ['Russia continues to be among the top cyber threats', 'James A. Lewis'],
    ['inexplicable dereliction of duty', 'Bennie G. Thompson'],
    ['not going to bring the Russians to the table', 'Marco Rubio'],
    ['a critical strategic mistake', 'Chuck Schumer'],
    ['When we negotiate with an adversary', 'Charlie Moore'],
  ];
  for (const [words, speaker] of expect) assert.equal(quoteWith(docs, words)?.speaker, speaker, words);
  const vuln = quoteWith(docs, 'You need to find vulnerabilities');
  assert.equal(vuln?.speaker, null);
  assert.match(vuln?.speakerDescription ?? '', /former senior defence official/i);
  const safety = quoteWith(docs, 'The safety of the Warfighter');
  assert.equal(safety?.speaker, null);
  assert.match(safety?.speakerDescription ?? '', /senior defense department official/i);
  assert.equal(quoteWith(docs, 'Nord Stream 2'), null);
  assert.equal(quoteWith(docs, 'trouble understanding'), null);
});

test('seed attributions credit the right outlets', { skip: dataSkip(has) }, () => {
  const docs = seeds();
  const outlets = (id: string) => new Set(annotationsOf(docs.find((d) => d.id === id)!, 'attribution').filter((a) => a.citedKind === 'outlet').map((a) => a.cited));
  const s4 = outlets('004');
  for (const o of ['The Record', 'CBS News', 'BBC', 'The New York Times', 'CNN', 'ABC News']) assert.ok(s4.has(o), o);
  const record = annotationsOf(docs.find((d) => d.id === '004')!, 'attribution').find((a) => a.cited === 'The Record');
  assert.equal(record?.firstReport, true);
  assert.deepEqual([...outlets('001')], ['The New York Times']);
  assert.deepEqual([...outlets('003')], ['The Washington Post']);
  assert.deepEqual(annotationsOf(docs.find((d) => d.id === '002')!, 'attribution'), []);
});
