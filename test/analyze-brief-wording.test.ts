import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefClause, isWholeClause, lowerFirst } from '../src/analyze/brief/wording.js';
import { sourceList } from '../src/analyze/brief/brief.js';
import { buildStory } from '../src/analyze/build-story.js';
import { docFrames } from '../src/analyze/claims/claim-frame.js';
import { article } from './story-fixtures.js';

const lowered = (text: string) => {
  const f = docFrames(article('a', 'Metro Wire', text))[0]!;
  return lowerFirst(f, briefClause(f));
};

test('after "According to one outlet (…)," a title before a name, an abbreviation and a name keep their capital; an article and a common word do not', () => {
  assert.match(lowered('Ms. Pelosi defended the bill on Tuesday.'), /^Ms\. Pelosi/);
  assert.match(lowered('Senator Lucia Brandt called for an independent review of the dams.'), /^Senator Lucia Brandt/);
  assert.match(lowered('The Orvell Transit Workers Union said about 860 drivers had joined the strike.'), /^the Orvell Transit/);
  assert.match(lowered('Officials ordered the evacuation of the village on Friday.'), /^officials ordered/);
  assert.match(lowered('Senior members of the council rejected the plan on Monday.'), /^senior members/);
});

test('a clause cut off where a quote or object was removed is not a whole sentence', () => {
  assert.equal(isWholeClause('President Trump said on Saturday'), false);
  assert.equal(isWholeClause('The senator told reporters'), false);
  assert.equal(isWholeClause('Thousands of readers subscribed to a'), false);
  assert.equal(isWholeClause('The dam was completed in 1968'), true);
  assert.equal(isWholeClause('"We will rebuild," said Lindqvist'), true);
});

test('corroborated brief lines name their independent outlets, at most four and a count', () => {
  assert.equal(sourceList(['A']), 'A');
  assert.equal(sourceList(['A', 'B']), 'A and B');
  assert.equal(sourceList(['A', 'B', 'C', 'D', 'E', 'F']), 'A, B, C, D and 2 others');
  const story = buildStory('s', [
    article('a', 'Daily Planet', 'Interior Minister Jane Doe ordered the border agency to halt deportations to Freedonia on Friday.'),
    article('b', 'Gotham Gazette', 'On Friday the interior minister, Jane Doe, told the border agency to halt every deportation to Freedonia, her office said.'),
  ]);
  const first = story.brief[0]!;
  assert.match(first.text, /\(reported independently by (Daily Planet and Gotham Gazette|Gotham Gazette and Daily Planet)\)\.$/, first.text);
});
