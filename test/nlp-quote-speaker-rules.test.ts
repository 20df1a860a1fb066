import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationsOf } from '../src/model/article.js';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { docFromLines } from '../src/eval/lines-doc.js';
import { namedAfterClose, namedAtSentenceEnd } from '../src/nlp/named-after-quote.js';
import { quotedPassages } from '../src/nlp/quotes/quote-marks.js';
import { spillsInto } from '../src/nlp/quotes/sentence-quotes.js';
import type { PersonMention } from '../src/nlp/person-names.js';

const STEPS = docSteps.filter((s) => ['segment', 'entities', 'quotes'].includes(s.name));
const quotes = (text: string) => annotationsOf(analyseDoc(docFromLines('t', text), STEPS), 'quote');

/** Person mentions at the given names of a text (each name's first occurrence), for the pure helpers. */
const mentionsOf = (text: string, names: string[]): PersonMention[] =>
  names.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, name })).sort((a, b) => a.start - b.start);

test('the name between a closing mark and its cue, across an appositive, is the speaker', () => {
  const text = '“The plant will reopen in May,” Carla Weiss, 58, a retired welder from Dunmore, Pa., said on Friday.';
  const p = quotedPassages(text, 0, text.length)[0]!;
  assert.equal(namedAfterClose(text, p, mentionsOf(text, ['Carla Weiss']))?.name, 'Carla Weiss');
});

test('a lead-in before the name and an owner inside it are passed over', () => {
  const text = '“We will appeal,” Senator Rob Lane’s chief of staff, Mia Ortiz, told reporters.';
  const p = quotedPassages(text, 0, text.length)[0]!;
  assert.equal(namedAfterClose(text, p, mentionsOf(text, ['Rob Lane', 'Mia Ortiz']))?.name, 'Mia Ortiz');
});

test('a name after the quote that no speech verb follows is not a speaker', () => {
  const text = '“We will appeal,” and Mia Ortiz, the lawyer, left the court.';
  const p = quotedPassages(text, 0, text.length)[0]!;
  assert.equal(namedAfterClose(text, p, mentionsOf(text, ['Mia Ortiz'])), null);
  const far = '“We will appeal.” The court then adjourned. Mia Ortiz said nothing.';
  assert.equal(namedAfterClose(far, quotedPassages(far, 0, far.length)[0]!, mentionsOf(far, ['Mia Ortiz'])), null);
});

test('a content starting a sentence before the quote spills into it; one starting at the quote does not', () => {
  const text = 'Aides said the mayor may resign. “That would be a disaster,” Lane said.';
  const p = quotedPassages(text, 0, text.length)[0]!;
  assert.equal(spillsInto(text, { start: text.indexOf('the mayor'), end: p.outer.end }, p), true);
  assert.equal(spillsInto(text, { start: p.outer.start, end: p.outer.end }, p), false);
  assert.equal(spillsInto(text, { start: text.indexOf('may resign'), end: p.outer.end }, p), true);
});

test('in a document: "“…,” NAME, APPOSITIVE, told" gives the named person', () => {
  const q = quotes(
    'The council met on Monday.\n“Nobody in this town wants the landfill to expand any further,” Gordon Pike, a retired teacher who has lived in Ashby for forty years, told the council.',
  );
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker, 'Gordon Pike');
});

test('a second quote of a paragraph continues its speaker, not a person named in the appositive between', () => {
  const q = quotes(
    'The budget passed on Tuesday.\n“The city cannot keep borrowing to pay for roads and schools,” said Ann Cole, who ran the treasury before she endorsed Tom Reed in the spring. “Her plan is the only honest one on the table.”',
  );
  assert.equal(q.length, 2);
  assert.deepEqual(q.map((x) => x.speaker), ['Ann Cole', 'Ann Cole']);
});

test('a speech verb after the last comma of the quote\'s sentence names its speaker; a participle clause does not', () => {
  const text = 'Lane “won the river towns easily” in the last race, said county historian Ruth Okafor, who has studied them.';
  const p = quotedPassages(text, 0, text.length)[0]!;
  const persons = mentionsOf(text, ['Lane', 'Ruth Okafor']);
  assert.equal(namedAtSentenceEnd(text, p, text.length, persons)?.name, 'Ruth Okafor');
  const echo = '“We must rebuild the bridge,” the mayor said, echoing remarks made earlier by Governor Ruth Okafor.';
  const q = quotedPassages(echo, 0, echo.length)[0]!;
  assert.equal(namedAtSentenceEnd(echo, q, echo.length, mentionsOf(echo, ['Ruth Okafor'])), null);
  const of = '“He will lose,” the mayor said of Ruth Okafor.';
  assert.equal(namedAtSentenceEnd(of, quotedPassages(of, 0, of.length)[0]!, of.length, mentionsOf(of, ['Ruth Okafor'])), null);
});

test('an opening mark typed as the close ends the passage; an honorific may stand before the name after it', () => {
  const text = '“It is unusual,“ said Tom Reed. “It is a hard thing to do.”';
  const passages = quotedPassages(text, 0, text.length);
  assert.deepEqual(passages.map((p) => text.slice(p.inner.start, p.inner.end)), ['It is unusual,', 'It is a hard thing to do.']);
  const mr = '“I would have been sitting in a cell,” Mr. Dale, now 81 and retired in Salem, Ore., said by telephone.';
  assert.equal(namedAfterClose(mr, quotedPassages(mr, 0, mr.length)[0]!, mentionsOf(mr, ['Dale']))?.name, 'Dale');
});

test('a quote-only paragraph is the words of the subject of the sentence before, after a short lead-in', () => {
  const q = quotes(
    'The team lost again on Sunday.\nIf anything, Coach Ryan Teller argued after the match, the defeat will help them.\n“We will learn more from this game than from any win this season.”',
  );
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker, 'Ryan Teller');
});

test('"“…,” as NAME said" names the speaker', () => {
  const text = 'The fact that the vote is “too close to call,” as Ruth Okafor said on the radio, makes every county count.';
  const p = quotedPassages(text, 0, text.length)[0]!;
  assert.equal(namedAfterClose(text, p, mentionsOf(text, ['Ruth Okafor']))?.name, 'Ruth Okafor');
});

test('a quote inside a sentence whose subject follows a short lead-in is the subject\'s', () => {
  const q = quotes(
    'The council met again.\nAs the crowd began to cheer, Ruth Okafor was joined on stage by the governor and joked, “You have all been far too patient with us tonight.”',
  );
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker, 'Ruth Okafor');
});
