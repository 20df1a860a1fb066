import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory, checkStepOrder, storySteps } from '../src/analyze/build-story.js';
import { storyStep, type PartName } from '../src/analyze/story-step.js';
import { discrepanciesStoryStep } from '../src/analyze/discrepancies/story-discrepancies.js';
import { scoresStep } from '../src/analyze/scores.js';
import { claimsStoryStep } from '../src/analyze/claims/story-claims.js';
import { newArticle } from '../src/model/article.js';
import { isCrosscheckError } from '../src/errors.js';

const internal = (fn: () => unknown, words: RegExp) =>
  assert.throws(fn, (e: unknown) => isCrosscheckError(e) && e.code === 'CC_INTERNAL' && words.test(e.message));

test('the default story steps are in an order where every need is met and each part has one writer', () => {
  checkStepOrder(storySteps);
  const writers = new Map<PartName, string[]>();
  for (const s of storySteps) for (const p of s.provides) writers.set(p, [...(writers.get(p) ?? []), s.name]);
  for (const [part, names] of writers) if (part !== 'articleNotes') assert.equal(names.length, 1, `${part}: ${names.join(', ')}`);
  assert.deepEqual(writers.get('discrepancies'), ['discrepancies']);
});

test('a step whose need comes later, or a second writer of a part, is refused before anything runs', () => {
  internal(() => checkStepOrder([discrepanciesStoryStep]), /discrepancies.*needs 'nameVariants'/);
  internal(() => checkStepOrder([scoresStep, claimsStoryStep]), /scores.*reads 'claims'.*claims/);
  const twice = storyStep({ name: 'other-claims', needs: [], provides: ['claims'], run: () => ({ claims: [] }) });
  internal(() => checkStepOrder([claimsStoryStep, twice]), /'claims' and 'other-claims' both provide 'claims'/);
});

test('buildStory merges each step part into its field and article notes into the articles; steps never see a later part', () => {
  const seen: string[] = [];
  const a = storyStep({
    name: 'a',
    needs: [],
    provides: ['headline', 'articleNotes'],
    run: (_, story) => {
      seen.push(`a saw headline '${story.headline}'`);
      return { headline: 'Dam drained', articleNotes: [{ id: 'x', flags: ['opinion'] }] };
    },
  });
  const b = storyStep({
    name: 'b',
    needs: ['headline'],
    provides: ['articleNotes'],
    run: (_, story) => {
      seen.push(`b saw headline '${story.headline}' and flags ${story.articles[0]!.flags.join()}`);
      return { articleNotes: [{ id: 'x', flags: ['opinion', 'speculative'] }] };
    },
  });
  const doc = newArticle({ id: 'x', source: 'x.txt', contentHash: '', text: 'Text.', meta: { url: null, outlet: null, title: null, author: null, published: null }, blocks: [] });
  const story = buildStory('s', [doc], [a, b]);
  assert.equal(story.headline, 'Dam drained');
  assert.deepEqual(story.articles[0]!.flags, ['opinion', 'speculative']);
  assert.deepEqual(seen, ["a saw headline ''", "b saw headline 'Dam drained' and flags opinion"]);
});
