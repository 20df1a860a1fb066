import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areTwoStories, GUARD_MIN_MEMBERS } from '../src/cluster/merge-guard.js';
import type { Member } from '../src/cluster/member-sims.js';
import { MemberSims } from '../src/cluster/member-sims.js';
import { LARGE_PART, MIN_SILHOUETTE, splitOf } from '../src/cluster/story-split.js';

// A member is known by its event (ids[0]) and its position (ids[1]); the fake scorer gives
// `same` within an event and `cross` between events, with a little noise by position.
const member = (event: number, k: number): Member => ({ ids: Int32Array.of(event, k), weights: Float64Array.of(1, 1) });
const scorer = (same: number, cross: number) => ({
  row(a: Member, others: readonly Member[], out: Float64Array): void {
    others.forEach((b, i) => (out[i] = (a.ids[0] === b.ids[0] ? same : cross) + ((a.ids[1]! + b.ids[1]!) % 3) * 0.01));
  },
});
const story = (event: number, n: number) => Array.from({ length: n }, (_, k) => member(event, k));

test('two stories whose members stay apart are two: the bridge does not merge them', () => {
  assert.equal(areTwoStories(scorer(0.5, 0.1), story(1, 6), story(2, 7)), true);
});

test('two halves of one story whose members are alike do merge', () => {
  assert.equal(areTwoStories(scorer(0.4, 0.35), story(1, 6), story(2, 7)), false);
});

test('the guard leaves small stories to the merge threshold alone', () => {
  assert.equal(areTwoStories(scorer(0.5, 0.05), story(1, GUARD_MIN_MEMBERS - 1), story(2, 9)), false);
  assert.equal(areTwoStories(scorer(0.5, 0.05), story(1, GUARD_MIN_MEMBERS), story(2, 9)), true);
});

/** The member matrix of two events of `a` and `b` members (first `a` positions one event). */
function twoEvents(a: number, b: number, same: number, cross: number): MemberSims {
  const s = new MemberSims();
  const m = a + b;
  const row = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    for (let j = 0; j < k; j++) row[j] = (k < a) === (j < a) ? same + ((k + j) % 3) * 0.01 : cross;
    s.append(row);
  }
  return s;
}

test('two large groups split from a lower silhouette than a small group needs', () => {
  // Silhouette about (0.3 - 0.22) / 0.3 ≈ 0.25: below MIN_SILHOUETTE, above the large-part bar.
  const large = splitOf(twoEvents(LARGE_PART, LARGE_PART + 2, 0.3, 0.22));
  assert.ok(large, 'both groups large: split');
  assert.ok(large.silhouette < MIN_SILHOUETTE);
  assert.deepEqual(large.groups[1].length, LARGE_PART + 2);
  assert.equal(splitOf(twoEvents(LARGE_PART - 2, LARGE_PART + 4, 0.3, 0.22)), null, 'one group small: not split');
  // Still no split of one coherent story into two large halves.
  assert.equal(splitOf(twoEvents(LARGE_PART, LARGE_PART + 2, 0.3, 0.28)), null);
});
