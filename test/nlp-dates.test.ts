import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../src/nlp/dates.js';
import { findNumbers } from '../src/nlp/numbers.js';

const monday = new Date(Date.UTC(2025, 2, 3)); // Monday 2025-03-03

test('a bare weekday is the most recent such day on or before publication', () => {
  const d = findDates('The two leaders met on Friday in the capital.', 0, monday);
  assert.equal(d.length, 1);
  assert.equal(d[0]!.value, '2025-02-28');
  assert.equal(d[0]!.relative, true);
  assert.equal('The two leaders met on Friday in the capital.'.slice(d[0]!.start, d[0]!.end), 'Friday');
});

test('"next Friday" looks forward; a weekday equal to the publication day is that day', () => {
  assert.equal(findDates('Talks resume next Friday.', 0, monday)[0]!.value, '2025-03-07');
  assert.equal(findDates('The vote took place on Monday.', 0, monday)[0]!.value, '2025-03-03');
});

test('a weekday announced as ahead resolves forward; reported past events stay in the past', () => {
  assert.equal(findDates('Talks between the two sides are scheduled for Friday.', 0, monday)[0]!.value, '2025-03-07');
  assert.equal(findDates('The union and the company are due to meet on Friday.', 0, monday)[0]!.value, '2025-03-07');
  assert.equal(findDates('The minister will travel to the border on Thursday.', 0, monday)[0]!.value, '2025-03-06');
  assert.equal(findDates('The minister travelled to the border on Thursday. She will return next month.', 0, monday)[0]!.value, '2025-02-27');
});

test('periods that are not a day are not emitted', () => {
  assert.deepEqual(findDates('They met last month and the war began three years ago.', 0, monday), []);
  assert.deepEqual(findDates('Prices rose last week and are high now.', 0, monday), []);
});

test('absolute dates resolve; without publication date only absolute dates are kept', () => {
  const abs = findDates('The accord was signed on Feb. 28, 2025 in Geneva.', 10, null);
  assert.equal(abs.length, 1);
  assert.equal(abs[0]!.value, '2025-02-28');
  assert.equal(abs[0]!.relative, false);
  assert.ok(abs[0]!.start >= 10);
  assert.deepEqual(findDates('The accord was signed on Friday.', 0, null), []);
  assert.equal(findDates('It happened two days ago.', 0, monday)[0]!.value, '2025-03-01');
});

test('numbers: digits, words, vague plurals, percentages and durations', () => {
  const text = 'The order could affect hundreds of personnel, 12 percent of staff and 2,500 troops for three weeks.';
  const n = findNumbers(text, 0);
  const by = (s: string) => n.find((x) => text.slice(x.start, x.end).startsWith(s));
  assert.deepEqual([by('hundreds')!.value, by('hundreds')!.unit], [100, 'personnel']);
  assert.deepEqual([by('12')!.value, by('12')!.unit], [12, 'percent']);
  assert.deepEqual([by('2,500')!.value, by('2,500')!.unit], [2500, 'troops']);
  assert.deepEqual([by('three')!.value, by('three')!.unit], [3, 'week']);
});

test('numbers inside names and bare years are not quantities', () => {
  assert.deepEqual(findNumbers('Work on the Nord Stream 2 pipeline stopped in 2016.', 0), []);
  assert.deepEqual(findNumbers('He warned of World War Three.', 0), []);
});
