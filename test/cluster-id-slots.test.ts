import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdSlots } from '../src/cluster/id-slots.js';
import { InvertedIndex, POSTINGS_CAP } from '../src/cluster/inverted-index.js';
import { StoryState } from '../src/cluster/story.js';

test('id slots: first-seen slot order, lookups agree with a Map through many rehashes', () => {
  const slots = new IdSlots();
  const ref = new Map<number, number>();
  // Consecutive and scattered ids, with repeats, so probes collide and the table grows.
  for (let i = 0; i < 5000; i++) {
    const id = i % 3 === 0 ? i >> 1 : (i * 7919) % 20011;
    const slot = slots.getOrAdd(id);
    if (!ref.has(id)) ref.set(id, ref.size);
    assert.equal(slot, ref.get(id));
  }
  assert.equal(slots.size, ref.size);
  for (const [id, slot] of ref) {
    assert.equal(slots.get(id), slot);
    assert.equal(slots.idAt(slot), id);
  }
  assert.equal(slots.get(30000), -1);
  slots.clear();
  assert.equal(slots.size, 0);
  assert.equal(slots.get(0), -1);
  assert.equal(slots.getOrAdd(42), 0);
});

test('inverted index: most recent holders last, capped, dead stories pruned', () => {
  const index = new InvertedIndex();
  const stories = Array.from({ length: POSTINGS_CAP + 2 }, (_, i) => new StoryState(`s${i}`, i));
  for (const s of stories) index.add(7, s);
  // The two oldest fell off the capped list.
  assert.deepEqual(index.stories(7)?.map((s) => s.id), stories.slice(2).map((s) => s.id));
  // Re-adding an older holder moves it to the end.
  index.add(7, stories[5]!);
  const ids = index.stories(7)!.map((s) => s.id);
  assert.equal(ids.at(-1), 's5');
  assert.equal(ids.length, POSTINGS_CAP);
  assert.equal(new Set(ids).size, POSTINGS_CAP);
  for (const s of stories) s.alive = false;
  stories[9]!.alive = true;
  index.prune(7);
  assert.deepEqual(index.stories(7)?.map((s) => s.id), ['s9']);
  stories[9]!.alive = false;
  index.prune(7);
  assert.equal(index.stories(7), undefined);
});
