import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationsOf } from '../src/model/article.js';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { docFromLines } from '../src/eval/lines-doc.js';

const STEPS = docSteps.filter((s) => ['segment', 'entities', 'quotes'].includes(s.name));
const quotes = (text: string) => {
  const doc = analyseDoc(docFromLines('t', text), STEPS);
  return { doc, quotes: annotationsOf(doc, 'quote') };
};

test('X said with curly marks; span is the words without the marks', () => {
  const { doc, quotes: q } = quotes('Senator Maria Lopez spoke on Monday. Lopez said, “We will not back down from this fight.”');
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker, 'Maria Lopez');
  assert.equal(q[0]!.cue, 'said');
  assert.equal(doc.text.slice(q[0]!.start, q[0]!.end), q[0]!.text);
  assert.ok(q[0]!.text.startsWith('We will not'));
});

test('inverted "said X, who …" with straight marks and the fullest name', () => {
  const { quotes: q } = quotes('Governor Anna K. Berg opposed the bill.\n"This bill is a disaster for working families," said Berg, who leads the state.');
  assert.equal(q[0]!.speaker, 'Anna K. Berg');
  assert.equal(q[0]!.text, 'This bill is a disaster for working families');
});

test('a quote spanning a sentence break with a nested single quote, resolved pronoun', () => {
  const { quotes: q } = quotes('Retired Gen. Paul Novak commanded the unit. He explained, “We call it ‘the long game.’ It takes years to win.”');
  assert.equal(q.length, 1);
  assert.match(q[0]!.text, /long game.*years to win/);
  assert.equal(q[0]!.speaker, 'Paul Novak');
  assert.equal(q[0]!.cue, 'explained');
});

test('anonymous speaker and "the same official" keep the first description', () => {
  const text =
    'A former senior trade official criticised the deal. “You cannot negotiate from weakness in these talks,” he told reporters.\n' +
    'Later, the same official warned about tariffs. “If this lasts for months, the damage will be permanent,” he said.';
  const { quotes: q } = quotes(text);
  assert.equal(q.length, 2);
  for (const x of q) {
    assert.equal(x.speaker, null);
    assert.match(x.speakerDescription ?? '', /former senior trade official/);
  }
});

test('according to and warned patterns', () => {
  const { quotes: q } = quotes('Dr. Helen Cho warned, “The outbreak will spread faster than anyone expects this winter.”');
  assert.equal(q[0]!.speaker, 'Helen Cho');
  assert.equal(q[0]!.cue, 'warned');
});

test('scare quotes and titles are not quotes; a real quote without speaker gets a message', () => {
  const { doc, quotes: q } = quotes(
    'Engineers want to restart the pipeline "Blue Line 3" soon. The report explains the city’s “growing pains” as temporary.\n“Nobody knows what will happen to the pipeline after the winter ends,” the sign read on the wall.',
  );
  assert.ok(!q.some((x) => x.text === 'Blue Line 3'));
  assert.ok(!q.some((x) => x.text === 'growing pains'));
  const real = q.find((x) => x.text.startsWith('Nobody knows'));
  assert.ok(real);
  if (real!.speaker === null && real!.speakerDescription === null) assert.ok(doc.messages.some((m) => m.ruleId === 'quote-no-speaker'));
});

test('short quote right after a cue with a person subject is kept', () => {
  const { quotes: q } = quotes('Mayor Tom Reyes called the plan "a costly mistake."');
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker, 'Tom Reyes');
});

test('a paragraph that is only a quote continues the previous speaker', () => {
  const { quotes: q } = quotes('“We expect the plant to reopen next spring,” said Mayor Ruth Adler.\n“Until then, workers will be paid in full by the city.”');
  assert.equal(q.length, 2);
  assert.equal(q[1]!.speaker, 'Ruth Adler');
  assert.equal(q[1]!.cue, null);
});
