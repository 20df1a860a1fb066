import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterScores } from '../src/eval/bcubed.js';

test('BCubed and pairwise scores match a hand-computed example', () => {
  // Gold: {a,b,c} {d,e}. Predicted: {a,b} {c,d,e}.
  const gold = new Map([['a', 'X'], ['b', 'X'], ['c', 'X'], ['d', 'Y'], ['e', 'Y']]);
  const predicted = new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2'], ['e', '2']]);
  const { bcubed, pairwise } = clusterScores(predicted, gold);
  // Precision per item: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15.
  assert.ok(Math.abs(bcubed.precision - 11 / 15) < 1e-12);
  // Recall per item: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/15.
  assert.ok(Math.abs(bcubed.recall - 11 / 15) < 1e-12);
  assert.ok(Math.abs(bcubed.f1 - 11 / 15) < 1e-12);
  // Pairs: predicted {ab, cd, ce, de}, gold {ab, ac, bc, de}; true {ab, de}.
  assert.equal(pairwise.precision, 0.5);
  assert.equal(pairwise.recall, 0.5);
});

test('a perfect clustering scores 1 and one big cluster has BCubed precision by cluster shares', () => {
  const gold = new Map([['a', 'X'], ['b', 'X'], ['c', 'Y'], ['d', 'Y']]);
  assert.equal(clusterScores(gold, gold).bcubed.f1, 1);
  const lumped = new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '1']]);
  const { bcubed, pairwise } = clusterScores(lumped, gold);
  assert.equal(bcubed.precision, 0.5);
  assert.equal(bcubed.recall, 1);
  assert.ok(Math.abs(pairwise.precision - 2 / 6) < 1e-12);
});
