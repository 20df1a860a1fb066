import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TokenEntity } from '../src/nlp/ner/conll.js';
import { documentConsistency, type TaggedSentence } from '../src/nlp/ner/document.js';
import { externalGazetteer, wordnetNames } from '../src/nlp/ner/external-gazetteer.js';
import { externalBit, gazetteerMatches, phraseKey, typeBit } from '../src/nlp/ner/lexicons.js';

const sentence = (text: string, entities: TokenEntity[]): TaggedSentence => ({ words: text.split(' '), entities });
const show = (s: TaggedSentence, es: readonly TokenEntity[]) => es.map((e) => `${s.words.slice(e.start, e.end).join(' ')}/${e.type}`);

test('a one-word mention of a full name’s last word is that person', () => {
  const doc = [
    sentence('Bill Clinton met Tony Blair in London .', [
      { start: 0, end: 2, type: 'person' },
      { start: 3, end: 5, type: 'person' },
      { start: 6, end: 7, type: 'place' },
    ]),
    sentence('CLINTON WINS', [{ start: 0, end: 1, type: 'organization' }]),
    sentence('Blair said Clinton agreed .', [{ start: 0, end: 1, type: 'place' }]),
  ];
  const out = documentConsistency(doc);
  assert.deepEqual(show(doc[1]!, out[1]!), ['CLINTON/person']);
  assert.deepEqual(show(doc[2]!, out[2]!), ['Blair/person', 'Clinton/person']);
  assert.deepEqual(show(doc[0]!, out[0]!), ['Bill Clinton/person', 'Tony Blair/person', 'London/place']);
});

test('a name takes the type of most of its mentions; a tie changes nothing', () => {
  const doc = [
    sentence('Dynamo Kiev beat Spartak .', [{ start: 0, end: 2, type: 'organization' }, { start: 3, end: 4, type: 'organization' }]),
    sentence('Spartak lost .', [{ start: 0, end: 1, type: 'place' }]),
    sentence('Fans of Spartak left .', [{ start: 2, end: 3, type: 'organization' }]),
    sentence('Near Orel and Orel', [{ start: 1, end: 2, type: 'place' }, { start: 3, end: 4, type: 'person' }]),
  ];
  const out = documentConsistency(doc);
  assert.deepEqual(show(doc[1]!, out[1]!), ['Spartak/organization']);
  assert.deepEqual(show(doc[3]!, out[3]!), ['Orel/place', 'Orel/person']);
});

test('a capitalised repeat of a name the first pass missed is added; lower-case words are not', () => {
  const doc = [
    sentence('Shares in Acme Widgets rose .', [{ start: 2, end: 4, type: 'organization' }]),
    sentence('Acme Widgets said acme widgets sell .', []),
  ];
  const out = documentConsistency(doc);
  assert.deepEqual(show(doc[1]!, out[1]!), ['Acme Widgets/organization']);
  // each rule can be switched off (to measure it)
  assert.deepEqual(documentConsistency(doc, { vote: true, surname: true, repeat: false })[1], []);
});

test('external gazetteer: WordNet instance nouns by type, in their own bits', () => {
  const names = wordnetNames();
  const typeOf = (n: string) => names.filter((x) => x.name === n).map((x) => x.type);
  assert.ok(typeOf('Nelson Mandela').includes('person'));
  assert.ok(typeOf('Zimbabwe').includes('place'));
  assert.ok(typeOf('North Atlantic Treaty Organization').includes('organization'));
  assert.ok(names.every((x) => /^\p{Lu}/u.test(x.name)));
  const g = externalGazetteer();
  const mask = g.get(phraseKey(['nelson', 'mandela'], 0, 2))!;
  assert.equal(mask & externalBit('person'), externalBit('person'));
  assert.equal(mask & 0xf, 0, 'training-name bits stay clear');
  const lex = { gazetteer: new Map([[phraseKey(['zimbabwe'], 0, 1), externalBit('place') | typeBit('place')]]), clusters: new Map() };
  assert.deepEqual(gazetteerMatches(lex, ['in', 'Zimbabwe']), [[], ['place:U', 'xplace:U']]);
});
