import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFromText } from '../src/ingest/doc-from-text.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { articleProfile } from '../src/analyze/article-profile.js';
import { articleFlags, isOpinion } from '../src/analyze/flags/article-flags.js';
import { opinionSection } from '../src/analyze/flags/features.js';
import { flagModel, parseFlagModel } from '../src/analyze/flags/model.js';
import { CrosscheckError } from '../src/errors.js';

const analyse = (text: string, meta: { title?: string; author?: string; url?: string } = {}) => analyseDoc(docFromText(text, { source: 't.txt', ...meta }));

const COLUMN = [
  'I have covered three of these campaigns, and I have never seen a candidate so sure of himself and so wrong.',
  '',
  'Why do we keep pretending that the numbers add up? They do not, and frankly everyone in this town knows it.',
  '',
  'My advice to the senator is simple: stop promising what you cannot deliver.',
  '',
  'We deserve better than slogans. You deserve better than slogans.',
].join('\n');

const REPORT = [
  'The Senate voted 52-48 on Tuesday to confirm Jane Alder as secretary of the interior, the Associated Press reported.',
  '',
  '"She will serve every state," Senate Majority Leader Tom Reyes told reporters after the vote.',
  '',
  'Alder, 54, was governor of Oregon from 2015 to 2023, according to her official biography.',
  '',
  'Her deputy, Mark Chen, said the department would publish its budget on March 1.',
].join('\n');

test('the learned model flags a first-person column and not a sourced report', { skip: !flagModel() && 'models/flags.json missing' }, () => {
  assert.equal(isOpinion(articleProfile(analyse(COLUMN))), true);
  assert.equal(isOpinion(articleProfile(analyse(REPORT))), false);
});

test('section metadata: a title tag, a columnist byline, an opinion URL or a label line', () => {
  const doc = (meta: { title?: string; author?: string; url?: string }, text = REPORT) => analyse(text, meta);
  assert.equal(opinionSection(doc({ title: 'Campaigns are long and chaotic; The Upshot' })), true);
  assert.equal(opinionSection(doc({ author: 'Jane Doe, Opinion columnist' })), true);
  assert.equal(opinionSection(doc({ url: 'https://example.com/opinion/2025/03/jobs.html' })), true);
  assert.equal(opinionSection(doc({}, `LETTERS.\n\n${REPORT}`)), true);
  assert.equal(opinionSection(doc({ title: 'Senate confirms Alder', url: 'https://example.com/politics/alder' })), false);
});

test('an unsourced text with no voice of its own is not opinion (it is thin, not opinionated)', () => {
  const thin = analyse('Officials met on Monday.\n\nThe meeting lasted two hours.\n\nMore meetings are planned.\n\nThe talks covered trade.');
  assert.equal(isOpinion(articleProfile(thin)), false);
});

test('a statement from an office is a source: not no-sources', () => {
  const doc = analyse([
    'In a statement, the senator’s office said he missed the vote on Thursday because of a family emergency.',
    '',
    'The bill passed without his vote and now goes to the House.',
  ].join('\n'));
  const p = articleProfile(doc);
  assert.ok(p.sourceWeight > 0, JSON.stringify(p));
  assert.ok(!articleFlags(p, { originality: 1, specificity: 0.5, sourcing: 0.3, hedging: 0 }).includes('no-sources'));
});

test('a model for another feature set is refused with a coded error', () => {
  assert.throws(
    () => parseFlagModel(JSON.stringify({ features: ['x'], mean: [0], sd: [1], weights: [1], bias: 0, threshold: 0.5, speculativeShare: 0.5, lowSpecificity: 0.5, lowSourcing: 0.4 }), 'test'),
    (e: unknown) => e instanceof CrosscheckError && e.code === 'CC_MODEL_INVALID',
  );
});
