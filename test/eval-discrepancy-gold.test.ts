import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesGold } from '../src/eval/discrepancies/match.js';
import type { GoldDiscrepancyItem } from '../src/eval/discrepancies/gold.js';
import type { Discrepancy } from '../src/model/dossier.js';

const reported = (kind: Discrepancy['kind'], places: [string, number, number][], values: string[]): Discrepancy => ({
  kind,
  summary: '',
  articles: [...new Set(places.map((p) => p[0]))],
  evidence: places.map(([article, start, end]) => ({ article, text: '', start, end })),
  sides: values.map((value) => ({ value, articles: [] })),
});

const metres: GoldDiscrepancyItem = { kind: 'number', about: 'drawdown: four vs six metres', values: ['four', 'six'], in: [['a', 100, 180], ['b', 40, 120]] };

test('a reported discrepancy matches gold of its kind touching two articles with two of its values', () => {
  assert.equal(matchesGold(reported('number', [['a', 120, 130], ['b', 50, 60]], ['four metres', 'six metres']), metres), true);
});

test('another kind, one article only or unrelated figures from the same sentences do not match', () => {
  assert.equal(matchesGold(reported('duration', [['a', 120, 130], ['b', 50, 60]], ['four metres', 'six metres']), metres), false);
  assert.equal(matchesGold(reported('number', [['a', 120, 130], ['a', 150, 160]], ['four metres', 'six metres']), metres), false);
  assert.equal(matchesGold(reported('number', [['a', 120, 130], ['b', 50, 60]], ['9 points', '2,290 points']), metres), false);
  // "sixty" is not "six": values are whole words.
  assert.equal(matchesGold(reported('number', [['a', 120, 130], ['b', 50, 60]], ['four metres', 'sixty metres']), metres), false);
});

test('an internal item is two places of one article', () => {
  const internal: GoldDiscrepancyItem = { kind: 'internal', about: 'no comment, yet a statement', in: [['g', 0, 50], ['g', 200, 260]] };
  assert.equal(matchesGold(reported('internal', [['g', 10, 40], ['g', 210, 250]], []), internal), true);
  assert.equal(matchesGold(reported('internal', [['g', 10, 40]], []), internal), false);
});
