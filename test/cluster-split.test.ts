import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemberSims } from '../src/cluster/member-sims.js';
import { silhouette, splitOf, twoGroups } from '../src/cluster/story-split.js';
import { finalStories } from '../src/eval/tasks/cluster.js';
import type { ClusterDecision, ClusterItem } from '../src/cluster/types.js';

/** A member matrix from a similarity function of member positions. */
function sims(m: number, f: (i: number, j: number) => number): MemberSims {
  const s = new MemberSims();
  const row = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    for (let j = 0; j < k; j++) row[j] = f(k, j);
    s.append(row);
  }
  return s;
}

// Two events interleaved in arrival order: even positions one, odd positions the other.
const event = (i: number) => (i % 2 === 0 ? 'a' : i < 12 ? 'b' : 'a');

test('member similarities grow row by row and stay symmetric past the initial capacity', () => {
  const s = sims(40, (i, j) => i * 100 + j);
  assert.equal(s.m, 40);
  assert.equal(s.at(39, 2), 3902);
  assert.equal(s.at(2, 39), 3902);
  assert.equal(s.at(17, 16), 1716);
});

test('two interleaved events are cut apart, the oldest member keeping its group', () => {
  const s = sims(12, (i, j) => (event(i) === event(j) ? 0.5 + ((i + j) % 3) * 0.05 : 0.1));
  const [first, second] = twoGroups(s) ?? [[], []];
  assert.deepEqual(first, [0, 2, 4, 6, 8, 10]);
  assert.deepEqual(second, [1, 3, 5, 7, 9, 11]);
  const split = splitOf(s);
  assert.ok(split, 'a clear two-event story is split');
  assert.ok(split.silhouette > 0.7, `silhouette ${split.silhouette}`);
});

test('one coherent story, or a second group smaller than MIN_PART, is not split', () => {
  // Similar throughout with some noise: the best cut is weak.
  assert.equal(splitOf(sims(14, (i, j) => 0.4 + ((i * 7 + j * 3) % 5) * 0.02)), null);
  // 10 members of one event and 3 outliers: clear, but too few to be a story of their own.
  const odd = (i: number) => i === 4 || i === 7 || i === 11;
  const s = sims(13, (i, j) => (odd(i) === odd(j) ? 0.6 : 0.05));
  assert.equal(twoGroups(s), null);
  assert.ok(silhouette(s, [[0, 1, 2, 3, 5, 6, 8, 9, 10, 12], [4, 7, 11]]) > 0.8);
  assert.equal(splitOf(s), null);
});

test('an odd member at the top of the tree does not hide two events: it joins the closer one', () => {
  // Members 0..5 one event, 6..11 another, 12 a loner a little closer to the second event.
  const group = (i: number) => (i < 6 ? 0 : i < 12 ? 1 : 2);
  const s = sims(13, (i, j) => {
    const [a, b] = [group(i), group(j)];
    if (a === 2 || b === 2) return (a === 1 || b === 1) ? 0.02 : 0.01;
    return a === b ? 0.6 : 0.1;
  });
  assert.deepEqual(twoGroups(s), [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11, 12]]);
  assert.ok(splitOf(s), 'still split');
});

test('finalStories replays merges and moves the way a store applies them', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }) as ClusterItem);
  const d = (storyId: string, merged: string[] = [], moved: ClusterDecision['moved'] = []): ClusterDecision => ({ storyId, duplicateOf: null, merged, moved });
  const decisions = [d('s1'), d('s2'), d('s1', ['s2']), d('s1', [], [{ from: 's1', into: 's3', articleIds: ['b'] }]), d('s3')];
  const out = finalStories(items, decisions);
  assert.deepEqual(Object.fromEntries(out), { a: 's1', b: 's3', c: 's1', d: 's1', e: 's3' });
});
