import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropSentenceStartNouns } from '../src/nlp/ner/sentence-start-nouns.js';
import type { TokenEntity } from '../src/nlp/ner/conll.js';
import { documentConsistency } from '../src/nlp/ner/document.js';

const words = (s: string) => s.split(' ');
const org = (start: number, end: number): TokenEntity => ({ start, end, type: 'organization' });

test('a sentence-start common noun the article writes in lower case is dropped', () => {
  const doc = [words('News outlets confirmed the order .'), words('The news reached Orvell Transit on Monday .')];
  const out = dropSentenceStartNouns(doc, [[org(0, 1)], [org(3, 5)]], () => false);
  assert.deepEqual(out, [[], [org(3, 5)]]);
});

test('kept: never lower case in the article, a known personal name, not a WordNet noun, not at the start', () => {
  const alone = [words('News outlets confirmed the order .')];
  assert.deepEqual(dropSentenceStartNouns(alone, [[org(0, 1)]], () => false), [[org(0, 1)]]);
  const bill = [words('Bill said the bill would pass .')];
  const person: TokenEntity = { start: 0, end: 1, type: 'person' };
  assert.deepEqual(dropSentenceStartNouns(bill, [[person]], (w) => w === 'Bill'), [[person]]);
  const orvell = [words('Orvell said the orvell line would run .')];
  assert.deepEqual(dropSentenceStartNouns(orvell, [[org(0, 1)]], () => false), [[org(0, 1)]]);
  const mid = [words('A News report said the news was old .')];
  assert.deepEqual(dropSentenceStartNouns(mid, [[org(1, 2)]], () => false), [[org(1, 2)]]);
});

test('in the document vote a sentence-start or headline mention counts half: running text wins a tie', () => {
  const doc = [
    { words: words('Orel beat Spartak .'), entities: [{ start: 0, end: 1, type: 'place' as const }] },
    { words: words('Fans of Orel left .'), entities: [{ start: 2, end: 3, type: 'organization' as const }] },
    { words: words('OREL WIN'), entities: [{ start: 0, end: 1, type: 'place' as const }] },
  ];
  // 0.5 + 0.5 place against 1 organisation: still a tie, nothing changes
  assert.deepEqual(documentConsistency(doc).map((s) => s.map((e) => e.type)), [['place'], ['organization'], ['place']]);
  const two = doc.slice(0, 2);
  assert.deepEqual(documentConsistency(two).map((s) => s.map((e) => e.type)), [['organization'], ['organization']]);
});
