import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFromText } from '../src/ingest/doc-from-text.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { buildTimeline, datePlacement } from '../src/analyze/timeline/build-timeline.js';
import { announcesFuture } from '../src/analyze/timeline/announced.js';
import { BACKGROUND_DAYS } from '../src/analyze/timeline/background.js';

const doc = (id: string, published: string, text: string) => analyseDoc(docFromText(text, { source: `${id}.txt`, id, outlet: id, published }));

test('a date after publication is announced only when its clause states the future', () => {
  const s = 'The next debate is scheduled for Dec. 15 in Las Vegas.';
  assert.equal(announcesFuture(s, s.indexOf('Dec.'), s.indexOf(' in Las')), true);
  const p = 'Crowds gathered on Dec. 15 in Las Vegas; the mayor will speak.';
  // the future word is in the other clause
  assert.equal(announcesFuture(p, p.indexOf('Dec.'), p.indexOf(' in Las')), false);
  assert.equal(datePlacement('2015-12-15', s, 33, 40, '2015-12-03', '2015-12-03'), 'announced');
  assert.equal(datePlacement('2015-12-15', p, 19, 26, '2015-12-03', '2015-12-03'), 'drop');
  assert.equal(datePlacement('2015-12-01', p, 19, 26, '2015-12-03', '2015-12-03'), 'past');
  // after its own article but not after the story's latest one, without a cue: kept as a past event
  assert.equal(datePlacement('2015-12-05', p, 19, 26, '2015-12-03', '2015-12-09'), 'past');
});

test('timeline: nothing after the latest article unless announced; 9/11 is a past event, left out', () => {
  const a = doc('a', '2016-11-03', [
    'Senators met on Tuesday to debate the security bill, the first since 9/11 to pass the committee.',
    '',
    'The full Senate will vote on the bill on Nov. 15, its leader said.',
    '',
    'Protesters gathered outside the Capitol on Dec. 20 as senators left.',
  ].join('\n'));
  const b = doc('b', '2016-11-02', 'The committee chairman said on Wednesday that the security bill had broad support among senators.');
  const t = buildTimeline([b, a]);
  const dates = t.map((e) => e.date);
  // "since 9/11" names a past event recalled for context: not on the story's timeline, in 2016 or 2001.
  assert.ok(!dates.includes('2001-09-11'), JSON.stringify(t));
  assert.ok(!dates.includes('2016-09-11'), JSON.stringify(t));
  const vote = t.find((e) => e.date === '2016-11-15');
  assert.equal(vote?.announced, true, JSON.stringify(t));
  for (const e of t) if (e.date > '2016-11-03') assert.equal(e.announced, true, `${e.date} ${e.text}`);
  assert.deepEqual([...dates].sort(), dates);
});

test('timeline: named days, dates inside names and dates a month before the story are background', () => {
  const a = doc('a', '2016-02-04', [
    'Cruz won the Iowa caucuses on Monday.',
    '',
    'Rubio hopes to do well across the South on Super Tuesday, when 15 states vote.',
    '',
    'A poll by USA TODAY found voters undecided.',
    '',
    'Cruz first entered the race on March 23, 2015, at Liberty University.',
    '',
    'His aides had met on Jan. 20 to plan the final week.',
  ].join('\n'));
  const t = buildTimeline([a]);
  const dates = t.map((e) => e.date);
  assert.ok(dates.includes('2016-02-01'), JSON.stringify(t));
  assert.ok(!t.some((e) => /Super Tuesday|USA TODAY|Liberty University/.test(e.evidence[0]!.text)), JSON.stringify(t));
  // 15 days before the story: its run-up, kept; BACKGROUND_DAYS is the cut.
  assert.ok(dates.includes('2016-01-20'), JSON.stringify(t));
  assert.equal(BACKGROUND_DAYS, 31);
});
