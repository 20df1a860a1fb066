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

test('named past events are their own day, not a day of the article year', () => {
  const nov = new Date(Date.UTC(2016, 10, 3));
  const value = (t: string, ref = nov) => findDates(t, 0, ref).map((d) => d.value);
  assert.deepEqual(value('Security has tightened since 9/11, officials say.'), ['2001-09-11']);
  assert.deepEqual(value('The panel studied the Sept. 11 attacks for two years.'), ['2001-09-11']);
  assert.deepEqual(value('She mentioned post-9/11 wars.'), ['2001-09-11']);
  assert.deepEqual(value('Women were shocked after Sept. 11 when the spotlight turned on Afghanistan.', new Date(Date.UTC(2016, 2, 18))), ['2001-09-11']);
  assert.deepEqual(value('Seven years after the 7/7 bombings, the line reopened.'), ['2005-07-07']);
  // an event word on a day the table does not know: no day of the story, left out
  assert.deepEqual(value('Survivors of the Oct. 3 attacks marched.'), []);
  // near that day of the year the spelled form is an ordinary date; other slash forms are dates
  assert.deepEqual(value('She left an event on September 11th early.', new Date(Date.UTC(2016, 8, 15))), ['2016-09-11']);
  assert.deepEqual(value('He met with aides on 7/7.', new Date(Date.UTC(2016, 6, 9))), ['2016-07-07']);
  // a year written out is the year: the 2012 attack in Benghazi
  assert.deepEqual(value('The attack in Benghazi on Sept. 11, 2012, killed four Americans.'), ['2012-09-11']);
});
