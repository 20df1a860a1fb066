import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../src/analyze/build-story.js';
import { rolesConflict } from '../src/analyze/discrepancies/role.js';
import type { EntityMention } from '../src/model/annotation.js';
import { article } from './story-fixtures.js';

const kinds = (s: ReturnType<typeof buildStory>) => s.discrepancies.map((d) => d.kind);

test('number and polarity discrepancies carry exact evidence spans', () => {
  const x = article('x', 'Daily Planet', 'Police arrested 12 protesters outside the parliament in Springfield.\nThe transport ministry suspended the ferry licences of three operators.');
  const y = article('y', 'Metro Wire', 'Police arrested 40 protesters outside the parliament in Springfield.\nThe transport ministry has not suspended the ferry licences of the operators.');
  const story = buildStory('s', [x, y]);
  const num = story.discrepancies.find((d) => d.kind === 'number')!;
  assert.ok(num, JSON.stringify(kinds(story)));
  assert.deepEqual(num.articles.sort(), ['x', 'y']);
  for (const e of num.evidence) assert.equal([x, y].find((d) => d.id === e.article)!.text.slice(e.start, e.end), e.text);
  assert.match(num.summary, /12/);
  assert.ok(kinds(story).includes('polarity'));
});

test('duration: temporary vs unknown length of the same halt', () => {
  const x = article('x', 'Daily Planet', 'The minister ordered a halt to the deportations.\nOfficials said the halt is temporary and will last only while talks continue.');
  const y = article('y', 'Metro Wire', 'The deportations were stopped by the minister.\nIt is unclear how long the pause will last.');
  const story = buildStory('s', [x, y]);
  const d = story.discrepancies.find((k) => k.kind === 'duration');
  assert.ok(d, JSON.stringify(kinds(story)));
  assert.deepEqual(d.articles, ['x', 'y']);
});

test('internal: "has not commented" and a statement by the same party in one article', () => {
  const x = article('x', 'Daily Planet', 'Ministry officials clarified that the halt is temporary.\nThe ministry has not commented on the halt.');
  const story = buildStory('s', [x]);
  const d = story.discrepancies.find((k) => k.kind === 'internal');
  assert.ok(d, JSON.stringify(kinds(story)));
  assert.equal(d.evidence.length, 2);
  assert.ok(story.articles[0]!.flags.includes('internal-contradiction'));
  const clean = buildStory('s', [article('y', 'Metro Wire', 'The ministry has not commented on the halt.\nThe opposition said the halt is a mistake.')]);
  assert.ok(!clean.discrepancies.some((k) => k.kind === 'internal'));
});

test('role: one person, two different offices with the same head', () => {
  assert.equal(rolesConflict('Senate minority leader', 'House minority leader'), true);
  assert.equal(rolesConflict('Defense Secretary', 'Secretary of Defence'), false);
  assert.equal(rolesConflict('deputy commander', 'former deputy commander'), false);
  const x = article('x', 'Daily Planet', 'Chuck Norton, the Senate minority leader, criticised the plan.');
  const y = article('y', 'Metro Wire', 'Chuck Norton, the House minority leader, criticised the plan.');
  // Roles come from the entities step; set them explicitly so the test does not depend on the model.
  const mention = (doc: typeof x, role: string): EntityMention => ({ kind: 'entity', start: 0, end: 11, type: 'person', name: 'Chuck Norton', roles: [role], aliases: [] });
  x.annotations = [...x.annotations.filter((a) => a.kind !== 'entity'), mention(x, 'Senate minority leader')];
  y.annotations = [...y.annotations.filter((a) => a.kind !== 'entity'), mention(y, 'House minority leader')];
  const story = buildStory('s', [x, y]);
  const d = story.discrepancies.find((k) => k.kind === 'role');
  assert.ok(d, JSON.stringify(kinds(story)));
  assert.match(d.summary, /Senate minority leader/);
});
