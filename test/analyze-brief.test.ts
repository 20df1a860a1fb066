import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../src/analyze/build-story.js';
import { article } from './story-fixtures.js';

const docs = () => [
  article('a', 'Daily Planet', 'Interior Minister Jane Doe ordered the border agency to halt deportations to Freedonia on Friday.\nThe agency employs 4,000 officers at 30 crossings.\nOfficials said the halt is temporary.'),
  article('b', 'Gotham Gazette', 'Jane Doe has directed a cessation of all deportations to Freedonia.\nThe minister met Freedonian envoys in Springfield on Thursday.\nIt is unclear how long the pause will last.'),
  article('c', 'Metro Wire', 'Doe halts deportations to Freedonia as talks continue.\nThe border agency has not commented on the halt.'),
  article('d', 'Opinion Weekly', 'It is widely believed that the minister is a puppet of foreign interests.\nThe prevailing view is that this betrayal is a disgrace.\nObviously the minister allegedly sold out the country.\nThe minister reportedly receives secret payments from Freedonia.'),
];

test('brief: 5–10 sentences, corroborated claim first citing its articles', () => {
  const story = buildStory('s', docs());
  assert.ok(story.brief.length >= 5 && story.brief.length <= 10, String(story.brief.length));
  const first = story.brief[0]!;
  assert.match(first.text, /deportations to Freedonia/);
  assert.deepEqual(new Set(first.citations), new Set(['a', 'b', 'c']));
  assert.ok(first.evidence.length >= 3);
  for (const s of story.brief) assert.ok(s.citations.length > 0 && s.evidence.length > 0, s.text);
});

test('brief: single-source claims are marked; speculation is never stated as fact', () => {
  const story = buildStory('s', docs());
  const single = story.brief.filter((s) => s.text.startsWith('According to one outlet'));
  assert.ok(single.length >= 1);
  assert.ok(single.every((s) => s.citations.length === 1));
  assert.ok(!story.brief.some((s) => /payments|puppet|betrayal/.test(s.text)), story.brief.map((s) => s.text).join('\n'));
  assert.ok(story.brief.some((s) => s.text.startsWith('Reports differ')));
});

test('timeline: relative dates resolved and sorted', () => {
  const story = buildStory('s', docs());
  const dates = story.timeline.map((t) => t.date);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(dates.includes('2025-02-27') && dates.includes('2025-02-28'), JSON.stringify(story.timeline));
});

test('brief: a single-source claim that names its own source is not prefixed twice', () => {
  const story = buildStory('s', [
    ...docs(),
    article('e', 'Harbour Times', 'According to the Freedonia Herald, which first reported the order, the halt affects about 120 deportation flights a month.'),
  ]);
  const line = story.brief.find((s) => /120 deportation flights/.test(s.text));
  assert.ok(line, story.brief.map((s) => s.text).join('\n'));
  assert.doesNotMatch(line.text, /According to one outlet[^,]*, according to/i);
  assert.match(line.text, /^According to the Freedonia Herald/);
  // "only" when no other article writes a close sentence (brief-echo.ts); here the halt is everywhere.
  assert.match(line.text, /\(reported (?:only )?by Harbour Times\)\.$/);
});
