import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { annotationsOf } from '../src/model/article.js';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { docFromLines } from '../src/eval/lines-doc.js';
import { sourceResolver } from '../src/nlp/attribution/speaker-resolution.js';

const STEPS = docSteps.filter((s) => ['segment', 'entities', 'quotes'].includes(s.name));
const analysed = (text: string) => analyseDoc(docFromLines('t', text), STEPS);
const speakerOf = (text: string, words: string) => {
  const q = annotationsOf(analysed(text), 'quote').find((x) => x.text.includes(words));
  assert.ok(q, `no quote with "${words}"`);
  return q.speaker;
};

test('a quote before "X said of …" is X\'s even when the cue was linked to the words after it', () => {
  const text = 'Mayor Ellen Varga spoke to reporters.\n“Who do they think they are?” Varga said of the water board in May, when it raised the fees.';
  assert.equal(speakerOf(text, 'Who do they think'), 'Ellen Varga');
});

test('a later quote of the same paragraph continues its speaker; a paragraph-opening quote continues the previous paragraph', () => {
  const text =
    'Coach Ryan Teller was calm after the loss.\n' +
    '“We played well for an hour,” Teller said, as the players left the field. “Then we stopped running.”\n' +
    '“Next week is another chance to show what we can do.”';
  assert.equal(speakerOf(text, 'Then we stopped running'), 'Ryan Teller');
  assert.equal(speakerOf(text, 'Next week is another chance'), 'Ryan Teller');
});

test('"he" takes the nearest person the document treats as male, not simply the last name', () => {
  const text =
    'Senator Paul Brenner met the governor on Tuesday. Brenner said his state needed the money. ' +
    'Governor Ida Marsh praised her staff. Afterwards he said, “We will fight for every dollar of this budget.”';
  assert.equal(speakerOf(text, 'every dollar'), 'Paul Brenner');
});

test('"she" skips a man named in between', () => {
  const text =
    'Ms. Nora Quint, a city councilwoman, opposed the plan. Quint met Tom Adler on Monday. ' +
    'She said that the plan was “a gift to developers and nothing else.”';
  assert.equal(speakerOf(text, 'gift to developers'), 'Nora Quint');
});

test('a descriptive speaker resolves through a title the article gives a person', () => {
  const text =
    'Harbor Commissioner Lina Osei visited the dock on Friday. Workers showed her the damage.\n' +
    '“We will rebuild the pier before the summer season starts,” the commissioner said.';
  assert.equal(speakerOf(text, 'rebuild the pier'), 'Lina Osei');
});

test('a description with no titled person stays without a named speaker', () => {
  const text = 'Mayor Tom Birk visited the dam.\n“The cracks are wider than anything we have measured before,” the engineer said.';
  assert.equal(speakerOf(text, 'cracks are wider'), null);
});

test('the owner or listener inside a source phrase is not the speaker', () => {
  const aide = 'Senator Ada Fenn spoke on Monday.\n“This is a serious breach of the public trust,” said Fenn’s chief aide Marco Lutz.';
  assert.equal(speakerOf(aide, 'serious breach'), 'Marco Lutz');
  const columnist = 'The Harbor Times columnist David Rook wrote on Sunday that the plan was “a costly and careless mistake for the city.”';
  assert.equal(speakerOf(columnist, 'costly and careless'), 'David Rook');
});

test('example corpus: "the engineer said" with no named engineer gives the reader no identifiable speaker', () => {
  const file = new URL('../../examples/kessel-dam/01-harlow-bay-ledger.txt', import.meta.url);
  const doc = analysed(readFileSync(file, 'utf8'));
  const q = annotationsOf(doc, 'quote').find((x) => x.text.startsWith('The cracks are wider'));
  assert.ok(q);
  assert.equal(q.speaker, null);
  assert.ok(doc.messages.some((m) => m.ruleId === 'quote-no-speaker' && m.start === q.start));
});

test('a quote-only paragraph after a paragraph ending on a person is that person\'s words', () => {
  const text = 'Councillor Mira Holt is hopeful about the vote, in part because she sees the plan as fair.\n“Nobody in this town loses anything from a cleaner river and a safer bridge.”';
  assert.equal(speakerOf(text, 'cleaner river'), 'Mira Holt');
});

test('the interviewer is not the interviewee: another person opening the sentence takes the next quote', () => {
  const text =
    'Host Dana Pike asked about the budget. “Will you cut the school funding this year or not?” Pike asked. ' +
    'Governor Sam Ortiz laughed it off with a shrug and a line: “Only the parts that nobody uses anymore.”';
  assert.equal(speakerOf(text, 'Will you cut'), 'Dana Pike');
  assert.equal(speakerOf(text, 'nobody uses anymore'), 'Sam Ortiz');
});

test('a source phrase that is only the appositive of a named person resolves to that person', () => {
  const doc = analysed('Ben Rhodes, the mayor’s deputy adviser, said on Sunday that the plan would fail.');
  const start = doc.text.indexOf('the mayor’s');
  const who = sourceResolver(doc)({ start, end: start + 'the mayor’s deputy adviser'.length });
  assert.equal(who?.name, 'Ben Rhodes');
  assert.equal(who?.kind, 'person');
});

test('a publication or platform is a source, not a speaker', () => {
  const doc = analysed('The Harbor Times wrote in an editorial that the bridge was “a monument to bad planning and worse budgeting.”');
  const q = annotationsOf(doc, 'quote').find((x) => x.text.includes('monument'));
  assert.ok(q);
  assert.equal(q.speaker, null);
  assert.equal(q.speakerDescription, 'The Harbor Times');
  const tweet = 'Senator Ada Fenn posted on Monday. “We will not give up on this bridge or on the people who need it,” Twitter said in a caption.';
  assert.notEqual(speakerOf(tweet, 'give up on this bridge'), 'Twitter');
});

test('a quote inside a sentence that opens with a person and has no attributed source is theirs', () => {
  const text = 'The council met on Monday.\nCouncillor Ivan Petrov of the transport panel spent the evening on “the recognition that the old bridge cannot carry the new buses.”';
  assert.equal(speakerOf(text, 'old bridge cannot carry'), 'Ivan Petrov');
});
