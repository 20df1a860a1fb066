import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../src/analyze/build-story.js';
import { rolesConflict } from '../src/analyze/discrepancies/role.js';
import { numberStatements, timeFrame } from '../src/analyze/number-statements.js';
import { annotationsOf } from '../src/model/article.js';
import { article } from './story-fixtures.js';

// Fictional sentences, one per false positive and per required finding of a fact-checker's reading.
const kinds = (s: ReturnType<typeof buildStory>) => s.discrepancies.map((d) => `${d.kind}: ${d.summary}`).join('\n');
const has = (s: ReturnType<typeof buildStory>, kind: string) => s.discrepancies.some((d) => d.kind === kind);

test('"X told Y that Z" claims Z, never a clause that starts with the listener', () => {
  const doc = article('x', 'Daily Courier', 'Union steward Hana Pirelli told the Daily Courier that about 300 nurses had stopped work.\nPort director Emil Sato told reporters that the terminal would reopen on Friday.');
  const claims = annotationsOf(doc, 'claim').map((c) => doc.text.slice(c.start, c.end));
  assert.ok(claims.includes('about 300 nurses had stopped work'), claims.join(' | '));
  assert.ok(claims.includes('the terminal would reopen on Friday'), claims.join(' | '));
  assert.ok(!claims.some((c) => /^(the Daily Courier|reporters)\b/.test(c)), claims.join(' | '));
});

test('brief: a reported claim keeps its speaker and does not start at the listener', () => {
  const x = article('x', 'Daily Courier', 'Union steward Hana Pirelli told the Daily Courier that about 300 nurses had stopped work.\nThe hospital said it had hired agency staff.');
  const y = article('y', 'Metro Wire', 'Nurses at Alder Hospital walked out on Monday.\nThe hospital board will meet on Friday.');
  const story = buildStory('s', [x, y]);
  const line = story.brief.find((b) => /300 nurses/.test(b.text));
  assert.ok(line, story.brief.map((b) => b.text).join('\n'));
  assert.match(line.text, /Hana Pirelli told the Daily Courier that about 300 nurses had stopped work\.$/);
  assert.doesNotMatch(line.text, /\), the Daily Courier that/);
  // The article's own name credited in its own sentence is its outlet, not a second spelling of it.
  assert.match(line.text, /^According to one outlet \(Daily Courier\)/);
});

test('number: "48-hour" and "two-day" are one duration; "all 12 routes" is not the compared fact', () => {
  const x = article('x', 'Daily Planet', 'Ferry crews in Port Ellis began a two-day strike on Monday over new night-shift rosters.');
  const y = article('y', 'Metro Wire', 'Ferry crews in Port Ellis began a 48-hour strike on Monday over new night-shift rosters.');
  const story = buildStory('s', [x, y]);
  assert.ok(!has(story, 'number'), kinds(story));
  const lines = article('l', 'Harbour Times', "All 12 of Port Ellis's ferry routes stopped running on Monday morning as crews began a two-day strike over new night-shift rosters.");
  assert.ok(!has(buildStory('s', [lines, y]), 'number'));
  // The check can fail: a three-day strike against a 48-hour one is a different length.
  const z = article('z', 'Harbour Times', 'Ferry crews in Port Ellis began a three-day strike on Monday over new night-shift rosters.');
  const differ = buildStory('s', [y, z]);
  assert.ok(has(differ, 'number'), kinds(differ));
});

test('polarity needs the same fact: an order and a refusal to comment are different facts', () => {
  const x = article('x', 'Opinion Daily', 'The port authority ordered the terminal closed on Monday.');
  const y = article('y', 'Metro Wire', 'The port authority has not commented on the terminal closure on Monday.\nDockworkers said they had been given little information.');
  const story = buildStory('s', [x, y]);
  assert.ok(!has(story, 'polarity'), kinds(story));
  const z = article('z', 'Harbour Times', 'The port authority has not ordered the terminal closed.');
  assert.ok(has(buildStory('s', [x, z]), 'polarity'));
});

test('date: the day of the same event, not another day in the sentence', () => {
  const x = article('x', 'Daily Planet', 'Dockworkers in Port Ellis began a strike on Monday over pay.', '2031-03-04');
  const y = article('y', 'Metro Wire', 'Ferries stood idle in Port Ellis on Tuesday, the second day of a dockworkers\' strike, which began on Monday over pay.', '2031-03-05');
  const story = buildStory('s', [x, y]);
  assert.ok(!has(story, 'date'), kinds(story));
  const again = article('a', 'Harbour Times', 'Dockworkers in Port Ellis began a second day of their strike over pay on Tuesday, after the strike began on Monday.', '2031-03-05');
  assert.ok(!has(buildStory('s', [x, again]), 'date'));
  const z = article('z', 'Harbour Times', 'Dockworkers in Port Ellis began a strike on Sunday over pay.', '2031-03-04');
  assert.ok(has(buildStory('s', [x, z]), 'date'));
});

test('number: the same count stated differently is found though the clauses are worded apart', () => {
  const x = article('x', 'Daily Planet', 'Canal director Ana Berg said the canal would be lowered by two metres.\nAbout 300 residents of Lorne Valley were asked to leave their homes.');
  const y = article('y', 'Metro Wire', 'Canal director Ana Berg ordered the canal drained by five metres on Monday.\nAbout 700 residents of Lorne Valley were evacuated on Monday night.');
  const story = buildStory('s', [x, y]);
  const nums = story.discrepancies.filter((d) => d.kind === 'number').map((d) => d.summary);
  assert.ok(nums.some((s) => /two metres/.test(s) && /five metres/.test(s)), kinds(story));
  assert.ok(nums.some((s) => /300 residents/.test(s) && /700 residents/.test(s)), kinds(story));
  for (const d of story.discrepancies) for (const e of d.evidence) assert.equal([x, y].find((a) => a.id === e.article)!.text.slice(e.start, e.end), e.text);
});

test('number: different events or estimates within 10 % are not a discrepancy', () => {
  const x = article('x', 'Daily Planet', 'About 300 residents of Lorne Valley were evacuated on Monday.');
  const y = article('y', 'Metro Wire', 'About 40 residents of Lorne Valley were injured on Monday.');
  assert.ok(!has(buildStory('s', [x, y]), 'number'));
  const z = article('z', 'Harbour Times', 'Nearly 310 residents of Lorne Valley were evacuated on Monday.');
  assert.ok(!has(buildStory('s', [x, z]), 'number'));
});

test('duration: "expected to last about three weeks" against "unclear how long"', () => {
  const x = article('x', 'Daily Planet', 'The canal authority closed the Lorne lock on Monday.\nThe closure is expected to last about three weeks, the director said.');
  const y = article('y', 'Metro Wire', 'The Lorne lock was closed on Monday.\nIt is unclear how long the closure will last.');
  const story = buildStory('s', [x, y]);
  const d = story.discrepancies.find((k) => k.kind === 'duration');
  assert.ok(d, kinds(story));
  assert.match(d.summary, /closure/);
  assert.match(d.summary, /three weeks/);
});

test('role: a rank word on one side only is a different office', () => {
  assert.equal(rolesConflict('Mayor', 'Deputy Mayor'), true);
  assert.equal(rolesConflict('President', 'Vice President'), true);
  assert.equal(rolesConflict('Deputy Mayor', 'former Deputy Mayor'), false);
  assert.equal(rolesConflict('Mayor', 'Mayor'), false);
});

test('internal: "has not commented" and then its spokesperson\'s statement', () => {
  const x = article('x', 'Harbour Radio', 'The port authority has not commented on the evacuation.\nA port authority spokesperson, Ida Ferro, said the evacuation order would be reviewed every morning.');
  const story = buildStory('s', [x]);
  assert.ok(has(story, 'internal'), kinds(story));
});

test('titles that describe one office from two sides are compatible; exclusive qualifiers are a conflict', () => {
  assert.equal(rolesConflict('Democratic leader', 'Senate minority leader'), false);
  assert.equal(rolesConflict('senior attorney', 'senior lawyer'), false);
  assert.equal(rolesConflict('House Democratic leader', 'House minority leader'), false);
  assert.equal(rolesConflict('Senate majority leader', 'Senate minority leader'), true);
  assert.equal(rolesConflict('Texas senator', 'Ohio senator'), true);
  assert.equal(rolesConflict('Republican senator', 'Democratic senator'), true);
  assert.equal(rolesConflict('Defence Secretary', 'Defense Secretary'), false);
});

test('number: spans of time that measure different things are not compared ("a 17-year war" / "the first in 40 years")', () => {
  const x = article('x', 'Daily Planet', 'Minister Ana Berg resigned over the 17-year war in Lorne Valley on Monday.');
  const y = article('y', 'Metro Wire', 'Minister Ana Berg resigned on Monday, the first minister in 40 years to quit over the war in Lorne Valley.');
  assert.ok(!has(buildStory('s', [x, y]), 'number'), kinds(buildStory('s', [x, y])));
  const [sx] = numberStatements(x);
  assert.equal(timeFrame(sx!), 'of war');
  assert.equal(timeFrame(numberStatements(y)[0]!), 'in');
  const z = article('z', 'Harbour Times', 'Minister Ana Berg resigned on Monday over the 19-year war in Lorne Valley.');
  assert.ok(has(buildStory('s', [x, z]), 'number'), kinds(buildStory('s', [x, z])));
});

test('every discrepancy gives its versions side by side, each with the articles that give it', () => {
  const x = article('x', 'Daily Planet', 'Canal director Ana Berg said the canal would be lowered by two metres.\nDeputy Mayor Tomas Berg praised the decision.');
  const y = article('y', 'Metro Wire', 'Canal director Ana Berg ordered the canal drained by five metres on Monday.\nMayor Tomas Berg praised the decision.');
  const story = buildStory('s', [x, y]);
  assert.ok(story.discrepancies.length > 0);
  for (const d of story.discrepancies) {
    assert.ok(d.sides.length >= 2, JSON.stringify(d));
    for (const s of d.sides) assert.ok(s.value.length > 0 && s.articles.length > 0 && s.articles.every((a) => d.articles.includes(a)), JSON.stringify(d));
  }
  const metres = story.discrepancies.find((d) => d.kind === 'number' && /metres/.test(d.summary))!;
  assert.deepEqual(metres.sides.map((s) => [s.value, s.articles]).sort(), [['five metres', ['y']], ['two metres', ['x']]]);
});

test('quote wording: bracketed insertions, split contractions and possessive spellings are the same words', () => {
  const x = article('x', 'Daily Courier', 'Mayor Ines Calder said: "I\'m sure the council [of Harlow] will back ISIS\'s critics, and we won\'t wait."');
  const y = article('y', 'Metro Wire', 'Mayor Ines Calder said: "I ’ m sure the council will back ISIS’ critics and we won ’ t wait."');
  const z = article('z', 'Harbour Post', 'Mayor Ines Calder said: "I\'m sure the council will fight ISIS\'s critics, and we won\'t wait."');
  const same = buildStory('s', [x, y]);
  assert.ok(!has(same, 'quote-wording'), kinds(same));
  const changed = buildStory('s', [x, z]);
  const item = changed.discrepancies.find((d) => d.kind === 'quote-wording');
  assert.ok(item, kinds(changed));
  assert.match(item.summary, /^Ines Calder is quoted/);
});

test('quote wording names an unnamed source as the article describes it ("the company")', () => {
  const x = article('x', 'Daily Courier', 'Two workers were hurt at the Alder plant on Monday.\n"This is a sad day for the whole Alder family," the company said in a statement.');
  const y = article('y', 'Metro Wire', 'Two workers were hurt at the Alder plant on Monday.\n"This is a sad time for the whole Alder family," the company said.');
  const story = buildStory('s', [x, y]);
  const item = story.discrepancies.find((d) => d.kind === 'quote-wording');
  assert.ok(item, kinds(story));
  assert.match(item.summary, /^The company is quoted with different wording/);
});

test('role: staff posts compare through the lexicon, and "His campaign manager, X," is a role', () => {
  assert.equal(rolesConflict('campaign manager', 'spokesman'), true);
  assert.equal(rolesConflict('spokesman', 'communications director'), false);
  assert.equal(rolesConflict('senior attorney', 'senior lawyer'), false);
  assert.equal(rolesConflict('Democratic leader', 'Senate minority leader'), false);
  const x = article('x', 'Daily Courier', 'Rubio finished third in Iowa.\nHis campaign manager, Alex Conant, struck a similar tune.');
  const y = article('y', 'Metro Wire', 'Rubio finished third in Iowa.\n"Get on board," spokesman Alex Conant said on television.');
  const story = buildStory('s', [x, y]);
  const role = story.discrepancies.find((d) => d.kind === 'role');
  assert.ok(role, kinds(story));
  assert.deepEqual(role.sides.map((s) => s.value).sort(), ['campaign manager', 'spokesman']);
});

test('name-variant: same surname and office, different given names across outlets (Loretta / Linda Sánchez)', () => {
  const x = article('x', 'Daily Courier', 'The caucus met on Tuesday.\nRep. Loretta Sanchez said the vote would be close.');
  const y = article('y', 'Metro Wire', 'The caucus met on Tuesday.\nRep. Linda T. Sánchez said the vote would be close.');
  const story = buildStory('s', [x, y]);
  const item = story.discrepancies.find((d) => d.kind === 'name-variant');
  assert.ok(item, kinds(story));
  assert.deepEqual(item.sides.map((s) => s.value).sort(), ['Linda T. Sánchez', 'Loretta Sanchez']);
  // A familiar form is the same person, and an article naming both says they are two people.
  const joe = buildStory('s', [article('x', 'Daily Courier', 'Vice President Joe Biden spoke in Scranton.'), article('y', 'Metro Wire', 'Vice President Joseph R. Biden spoke in Scranton.')]);
  assert.ok(!joe.discrepancies.some((d) => /Biden/.test(d.summary)), kinds(joe));
  const two = buildStory('s', [article('x', 'Daily Courier', 'Rep. Loretta Sanchez and Rep. Linda Sanchez spoke.'), article('y', 'Metro Wire', 'Rep. Linda Sanchez spoke.')]);
  assert.ok(!two.discrepancies.some((d) => /same surname/.test(d.summary)), kinds(two));
});

test('party qualifiers and nicknames given with the name are not conflicts', () => {
  assert.equal(rolesConflict('Democrat Sen.', 'Vermont Sen.'), false);
  assert.equal(rolesConflict('Democrat Sen.', 'Democratic Sen.'), false);
  assert.equal(rolesConflict('Democratic Sen.', 'Republican Sen.'), true);
  const x = article('x', 'Daily Courier', 'The convention opened on Saturday.\nGov. Butch Otter spoke to the delegates.');
  const y = article('y', 'Metro Wire', 'The convention opened on Saturday.\nGov. C.L. "Butch" Otter spoke to the delegates.');
  const story = buildStory('s', [x, y]);
  assert.ok(!story.discrepancies.some((d) => /Otter/.test(d.summary)), kinds(story));
});

test('number: one outlet updating its own figure on a later day, or counts of different days, are not discrepancies', () => {
  const day1 = article('x', 'Daily Courier', 'Rescuers said 12 people were injured in the Alder factory fire on Monday.', '2031-10-06');
  const day2 = article('y', 'Daily Courier', 'Rescuers said 19 people were injured in the Alder factory fire.', '2031-10-08');
  assert.ok(!has(buildStory('s', [day1, day2]), 'number'), kinds(buildStory('s', [day1, day2])));
  const other = article('z', 'Metro Wire', 'Rescuers said 19 people were injured in the Alder factory fire.', '2031-10-07');
  const story = buildStory('s', [day1, other]);
  assert.ok(has(story, 'number'), kinds(story));
});

test('number: shares of different wholes are different quantities, and a percentage is written once', () => {
  const x = article('x', 'Daily Courier', 'Voters in Harlow went to the polls on Monday, and Ines Calder won 73 percent of the vote in Harlow.');
  const y = article('y', 'Metro Wire', 'Voters in Harlow went to the polls on Monday, and Ines Calder won 46 percent of eligible voters in Harlow.');
  assert.ok(!has(buildStory('s', [x, y]), 'number'), kinds(buildStory('s', [x, y])));
  const z = article('z', 'Harbour Post', 'Voters in Harlow went to the polls on Monday, and Ines Calder won 55 percent of the vote in Harlow.');
  const story = buildStory('s', [x, z]);
  const item = story.discrepancies.find((d) => d.kind === 'number');
  assert.ok(item, kinds(story));
  assert.doesNotMatch(item.summary, /percent percent/);
});

test('internal: the party must head the speaker, and "X\'s attorney" is the attorney', () => {
  const speech = article('x', 'Daily Courier', 'Organizers of the push to boycott the Alder speech said they are worried about the reaction.\nAn Alder spokesman declined to comment on the reaction.');
  assert.ok(!has(buildStory('s', [speech]), 'internal'), kinds(buildStory('s', [speech])));
  const lawyer = article('y', 'Metro Wire', "Pagliano's attorney, Mark Doe, declined to comment.\nThe campaign had encouraged Pagliano to testify before Congress.");
  assert.ok(!has(buildStory('s', [lawyer]), 'internal'), kinds(buildStory('s', [lawyer])));
  const real = article('z', 'Harbour Post', 'Alder officials said that the protest is a mistake.\nAlder has not commented on the protest.');
  assert.ok(has(buildStory('s', [real]), 'internal'), kinds(buildStory('s', [real])));
});
