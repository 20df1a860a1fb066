/**
 * Where an outlet may come from in a text: a byline, dateline or credit position, and only a
 * phrase shaped like a publication's name. A headline (seed 002's "Stop: Trump’s Defense
 * Secretary Halts…") or a sentence never becomes the outlet, whichever way the text arrives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { looksLikeOutletName } from '../src/extract/text/outlet-name.js';
import { parseByline } from '../src/extract/text/byline.js';
import { docFromBody, docFromText } from '../src/ingest/doc-from-text.js';
import { SHARED, dataSkip } from './support/data-dir.js';

const SEED_002 = new URL('seeds/002_465da549845288e1.txt', SHARED);
const HEADLINE = 'Stop: Trump’s Defense Secretary Halts Offensive Cyberoperations Against Russia, Prior to Oval Office Meeting with Zelensky';

test('outlet names: short, capitalised word by word, no clause punctuation, not a date, not the headline', () => {
  for (const name of ['BBC', 'The Daily Example', 'Bay of Plenty Times', 'Global Leaders Insights', 'example-news.com', 'U.S. News', 'Al Jazeera', 'ABC News (Australia)'.replace(/ \(.*/, '')])
    assert.ok(looksLikeOutletName(name), name);
  for (const phrase of [
    HEADLINE,
    'Stop: Trump’s Defense Secretary',
    'Officials said the order was temporary.',
    'the city council',
    'Trump Halts Offensive Cyber Operations Against Russia Before Talks',
    'March 3',
    'Monday',
    'Reuters, AP',
    '“The Record”',
  ])
    assert.ok(!looksLikeOutletName(phrase), phrase);
  assert.ok(!looksLikeOutletName('Harbour Wire Today', 'Harbour Wire Today'), 'the headline itself is not an outlet');
});

test('bylines: "for <X>", a team suffix and an outlet part give an outlet only when X looks like one', () => {
  assert.deepEqual(parseByline('By Jane Roe for The Daily Example'), { author: 'Jane Roe', outlet: 'The Daily Example', published: null });
  assert.equal(parseByline('By Jane Roe | The Daily Example | March 3, 2025')?.outlet, 'The Daily Example');
  assert.equal(parseByline('Global Leaders Insights Team · 2025-03-03')?.outlet, 'Global Leaders Insights');
  // Sentence-like or headline-like phrases in an outlet's place.
  assert.equal(parseByline('By Jane Roe for Stop: Trump’s Defense Secretary Halts Cyber Operations')?.outlet ?? null, null);
  assert.equal(parseByline('By Jane Roe | Trump Halts Offensive Cyber Operations Against Russia Before Talks')?.outlet ?? null, null);
  assert.equal(parseByline('By March 3 Desk | 2025-03-03')?.outlet ?? null, null);
});

test('text structure: a headline repeated as a dated line is not a byline; a date in parentheses is no agency', () => {
  // An HTML body whose first line repeats the page title with a date: title, not author or outlet.
  const body = 'Pentagon Halts Cyber Team\nPentagon Halts Cyber Team — March 3, 2025\n\nThe Pentagon halted the work of its cyber team on Monday, officials said.';
  const page = docFromBody(body, body, { source: 'p.html', title: 'Pentagon Halts Cyber Team' });
  assert.equal(page.outlet, null);
  assert.equal(page.author, null);
  const fromText = docFromText('Pentagon Halts Cyber Team\nPentagon Halts Cyber Team — March 3, 2025\n\nThe Pentagon halted the work of its cyber team on Monday, officials said.', { source: 'p.txt' });
  assert.equal(fromText.title, 'Pentagon Halts Cyber Team');
  assert.equal(fromText.outlet, null, 'a dated repeat of the title names no outlet');
  // A real team byline under a title still names its outlet.
  const team = docFromText('Pentagon Halts Cyber Work\nBy Coastal Daily News Desk | Jun 14, 2024\n\nThe Pentagon halted the work on Monday, officials said.', { source: 't.txt' });
  assert.equal(team.outlet, 'Coastal Daily');
  const dated = docFromText('Storm Closes Ports\n\nHALIFAX (March 3) - A storm closed three ports on Monday, officials said.\n\nFerries stayed in harbour.', { source: 'd.txt' });
  assert.equal(dated.outlet, null, '"(March 3)" in a dateline is a date, not a wire agency');
  const wire = docFromText('Storm Closes Ports\n\nHALIFAX (Wirewire) - A storm closed three ports on Monday, officials said.\n\nFerries stayed in harbour.', { source: 'w.txt' });
  assert.equal(wire.outlet, 'Wirewire');
});

test('seed 002: its title line is the title, never the outlet, as plain text, as a body or under its known title', { skip: dataSkip(existsSync(SEED_002), 'needs ../shared/seeds') }, () => {
  const text = readFileSync(SEED_002, 'utf8');
  const plain = docFromText(text, { source: '002.txt' });
  assert.equal(plain.title, HEADLINE);
  assert.equal(plain.outlet, null);
  assert.equal(plain.blocks[0]!.kind, 'title');
  const body = docFromBody(text, text, { source: '002.html' });
  assert.equal(body.outlet, null, 'without title detection the headline is a paragraph, not an outlet');
  const known = docFromBody(text, text, { source: '002.html', title: HEADLINE });
  assert.equal(known.outlet, null);
  assert.equal(known.blocks[0]!.kind, 'title');
  // Whatever comes under the headline: a byline-shaped line made of its words is not an outlet.
  const dressed = docFromText(text.replace(/\n/, '\nTrump’s Defense Secretary Halts Offensive Cyberoperations Team — March 3, 2025\n'), { source: '002b.txt' });
  assert.equal(dressed.outlet, null);
});
