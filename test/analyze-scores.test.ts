import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newArticle, type ArticleDoc, type Block } from '../src/model/article.js';
import type { Annotation } from '../src/model/annotation.js';
import { segment } from '../src/nlp/sentences.js';
import { hedges } from '../src/nlp/hedges/sentence-hedges.js';
import { buildStory } from '../src/analyze/build-story.js';
import { scoresStep } from '../src/analyze/scores.js';
import { storyStep } from '../src/analyze/story-step.js';

function doc(id: string, published: string, text: string): ArticleDoc {
  const blocks: Block[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph', start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  const d = newArticle({ id, source: id, contentHash: '', text, meta: { url: null, outlet: null, title: null, author: null, published }, blocks });
  segment(d);
  hedges(d);
  return d;
}

/** Add an annotation at the first occurrence of `phrase` (what the entity/quote/attribution steps would add). */
function annotate(d: ArticleDoc, phrase: string, make: (start: number, end: number) => Annotation): void {
  const start = d.text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  d.annotations.push(make(start, start + phrase.length));
}

const OPINION = [
  'Everyone knows the harbour authority is a puppet of the shipping lobby.',
  'The prevailing view is that the board is beholden to donors, and its silence is a betrayal of the town.',
  'It is widely believed that the dredging plan was a sham from the start.',
  'The council allegedly ignored the warnings, and the delay reportedly cost millions.',
  'The only logical conclusion is that the mayor is complicit in this disgraceful sellout.',
].join('\n');

const REPORT = [
  'The Lowmoor harbour authority approved a 12 million euro dredging contract on 4 March, its chair Ana Ruiz said.',
  '"The channel has silted up by 40 centimetres since 2019," Ruiz told the Coastal Herald.',
  'According to the port engineer Tom Vale, work will start in June and take nine weeks.',
  'Two councillors voted against the plan, the authority said in a statement.',
].join('\n');

function reportDoc(): ArticleDoc {
  const d = doc('report', '2025-03-05', REPORT);
  annotate(d, 'Lowmoor harbour authority', (start, end) => ({ kind: 'entity', start, end, type: 'organization', name: 'Lowmoor harbour authority', roles: [], aliases: [] }));
  annotate(d, 'Ana Ruiz', (start, end) => ({ kind: 'entity', start, end, type: 'person', name: 'Ana Ruiz', roles: ['chair'], aliases: [] }));
  annotate(d, 'Tom Vale', (start, end) => ({ kind: 'entity', start, end, type: 'person', name: 'Tom Vale', roles: [], aliases: [] }));
  annotate(d, 'Coastal Herald', (start, end) => ({ kind: 'entity', start, end, type: 'organization', name: 'Coastal Herald', roles: [], aliases: [] }));
  annotate(d, '12 million euro', (start, end) => ({ kind: 'number', start, end, value: 12e6, unit: 'euro' }));
  annotate(d, '40 centimetres', (start, end) => ({ kind: 'number', start, end, value: 40, unit: 'centimetres' }));
  annotate(d, 'nine weeks', (start, end) => ({ kind: 'number', start, end, value: 9, unit: 'weeks' }));
  annotate(d, 'Two councillors', (start, end) => ({ kind: 'number', start, end, value: 2, unit: 'councillors' }));
  annotate(d, '4 March', (start, end) => ({ kind: 'date', start, end, value: '2025-03-04', relative: false }));
  annotate(d, 'The channel has silted up by 40 centimetres since 2019,', (start, end) => ({
    kind: 'quote', start, end, text: d.text.slice(start, end), speaker: 'Ana Ruiz', speakerDescription: 'its chair', cue: 'told', speakerSpan: null,
  }));
  annotate(d, 'According to the port engineer Tom Vale', (start, end) => ({
    kind: 'attribution', start, end, cited: 'Tom Vale', citedKind: 'person', cue: 'according to', firstReport: false, content: null,
  }));
  annotate(d, 'the authority said in a statement', (start, end) => ({
    kind: 'attribution', start, end, cited: 'Lowmoor harbour authority', citedKind: 'organization', cue: 'said', firstReport: false, content: null,
  }));
  return d;
}

test('an opinion piece is flagged opinion, speculative and no-sources; a sourced report is not', () => {
  const story = buildStory('s', [doc('opinion', '2025-03-06', OPINION), reportDoc()], [scoresStep]);
  const opinion = story.articles.find((a) => a.id === 'opinion')!;
  const report = story.articles.find((a) => a.id === 'report')!;
  assert.ok(opinion.flags.includes('opinion'), opinion.flags.join(','));
  assert.ok(opinion.flags.includes('speculative'), opinion.flags.join(','));
  assert.ok(opinion.flags.includes('no-sources'), opinion.flags.join(','));
  assert.ok(opinion.flags.includes('low-information'), opinion.flags.join(','));
  assert.deepEqual(report.flags, []);
  assert.ok(opinion.scores.hedging > 0.8, String(opinion.scores.hedging));
  assert.equal(report.scores.hedging, 0);
  assert.ok(report.scores.specificity > opinion.scores.specificity);
  assert.ok(report.scores.sourcing > 0.6 && opinion.scores.sourcing === 0, `${report.scores.sourcing} ${opinion.scores.sourcing}`);
  for (const a of story.articles) for (const v of Object.values(a.scores)) assert.ok(v >= 0 && v <= 1);
});

test('cues inside quotation marks are the speaker\'s, not the article\'s voice', () => {
  const quoted = doc('q', '2025-03-05', ['"It is a betrayal, a sham, a sellout," the union leader said.', '"Everyone knows they are puppets," she added.', '"It was allegedly planned," she said.'].join('\n'));
  const story = buildStory('s', [quoted], [scoresStep]);
  assert.equal(story.articles[0]!.scores.hedging, 0);
  assert.ok(!story.articles[0]!.flags.includes('opinion'));
});

test('originality: sentences repeated from an earlier article do not count as new', () => {
  const first = doc('a', '2025-03-01', 'The harbour authority approved the dredging contract on Tuesday.\nWork starts in June.');
  const copy = doc('b', '2025-03-02', 'The harbour authority approved the dredging contract on Tuesday.\nWork starts in June.\nFishermen plan a protest at the quay.');
  const story = buildStory('s', [copy, first], [scoresStep]);
  assert.equal(story.articles.find((a) => a.id === 'a')!.scores.originality, 1);
  assert.equal(story.articles.find((a) => a.id === 'b')!.scores.originality, 0.333);
});

test('originality uses story claims when a claims step filled them', () => {
  const first = doc('a', '2025-03-01', 'The authority approved the contract.');
  const second = doc('b', '2025-03-02', 'The authority approved the contract.\nThe mayor resigned.');
  const ev = (article: string) => ({ article, text: 'x', start: 0, end: 1, via: null });
  const claim = (id: string, status: 'corroborated' | 'single-source', articles: string[]) => ({ id, text: id, status, independentSources: [], support: articles.map(ev), contradiction: [], dependent: [] });
  const claimsStep = storyStep({
    name: 'fake-claims',
    needs: [],
    provides: ['claims'],
    run: () => ({ claims: [claim('c1', 'corroborated', ['a', 'b']), claim('c2', 'single-source', ['b']), claim('c3', 'single-source', ['b'])] }),
  });
  const story = buildStory('s', [first, second], [claimsStep, scoresStep]);
  assert.equal(story.articles.find((a) => a.id === 'b')!.scores.originality, 0.667);
  assert.equal(story.articles.find((a) => a.id === 'a')!.scores.originality, 1);
});
