import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newArticle, type ArticleDoc } from '../src/model/article.js';
import type { EntityMention } from '../src/model/annotation.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { buildStory, stepsThrough } from '../src/analyze/build-story.js';
import { canonicalName, entitiesStoryStep } from '../src/analyze/entities/story-entities.js';

/** A fictional article, one paragraph per line. */
function doc(id: string, text: string): ArticleDoc {
  const blocks = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph' as const, start: at, end: at + line.length });
    at += line.length + 1;
  }
  const meta = { url: null, outlet: `Outlet ${id}`, title: null, author: null, published: null };
  return analyseDoc(newArticle({ id, source: `${id}.txt`, contentHash: id, text, meta, blocks }));
}

const docs = () => [
  doc('a', 'Interior Minister Karl Wendt ordered the U.S. Coast Guard to stand down, The New York Times reported.\nWendt said the order was temporary.'),
  doc('b', 'Interior Minister Kurt Wendt told the US Coast Guard to halt patrols, according to the NYT.\nCritics said Wendt acted alone.'),
  doc('c', 'Kurt Wendt, the interior minister, spoke to the Coast Guard on Monday.\nThe Pentagon declined to comment on Wendt’s order.'),
  doc('d', 'Officials at the Department of Defense said Kurt Wendt had not consulted them.'),
];

test('surnames join the full name, organisation variants join, majority spelling wins', () => {
  const story = buildStory('s', docs(), [entitiesStoryStep]);
  const wendt = story.entities.filter((e) => e.type === 'person' && /Wendt/.test(e.name));
  assert.equal(wendt.length, 1, JSON.stringify(story.entities));
  assert.equal(wendt[0]!.name, 'Kurt Wendt');
  assert.ok(wendt[0]!.aliases.includes('Karl Wendt'));
  assert.deepEqual(wendt[0]!.articles, ['a', 'b', 'c', 'd']);
  const guard = story.entities.filter((e) => /Coast Guard/.test(e.name));
  assert.equal(guard.length, 1, JSON.stringify(guard));
  const pentagon = story.entities.filter((e) => e.name === 'Pentagon' || e.name === 'Department of Defense');
  assert.equal(pentagon.length, 1, JSON.stringify(story.entities.map((e) => e.name)));
  assert.equal(canonicalName(story, 'NYT'), canonicalName(story, 'The New York Times'));
  assert.ok(canonicalName(story, 'NYT'));
  assert.equal(canonicalName(story, 'Wendt'), 'Kurt Wendt');
  assert.equal(canonicalName(story, 'Minister Wendt'), 'Kurt Wendt');
  assert.equal(canonicalName(story, 'Nobody Known'), null);
});

test('a misspelt given name is a name-variant discrepancy and flags the minority article', () => {
  const story = buildStory('s', docs(), stepsThrough('discrepancies'));
  const variants = story.discrepancies.filter((d) => d.kind === 'name-variant');
  assert.equal(variants.length, 1, JSON.stringify(story.discrepancies));
  const v = variants[0]!;
  assert.ok(v.summary.includes('Karl Wendt') && v.summary.includes('Kurt Wendt'), v.summary);
  assert.ok(v.articles.includes('a'));
  const evidenceA = v.evidence.find((e) => e.article === 'a')!;
  assert.ok(evidenceA.text.includes('Karl Wendt'));
  const a = docs()[0]!;
  assert.equal(a.text.slice(evidenceA.start, evidenceA.end), evidenceA.text);
  assert.deepEqual(story.articles.find((x) => x.id === 'a')!.flags, ['name-inconsistency']);
  for (const id of ['b', 'c', 'd']) assert.ok(!story.articles.find((x) => x.id === id)!.flags.includes('name-inconsistency'));
});

test('different people who share a surname stay apart and raise no discrepancy', () => {
  const two = [
    doc('a', 'Senator Maria Okafor met her brother, Daniel Okafor, in Lagos.'),
    doc('b', 'Maria Okafor later said Daniel Okafor had advised her.'),
  ];
  const story = buildStory('s', two, stepsThrough('discrepancies'));
  const names = story.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
  assert.deepEqual(names, ['Daniel Okafor', 'Maria Okafor']);
  assert.equal(story.discrepancies.filter((d) => d.kind === 'name-variant').length, 0);
  const m = two[0]!.annotations.find((x): x is EntityMention => x.kind === 'entity' && x.name === 'Maria Okafor');
  assert.deepEqual(m?.roles, ['Senator']);
});
