import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFromText } from '../src/ingest/ingest.js';
import { parseByline } from '../src/extract/text/byline.js';
import { findDateline } from '../src/extract/text/dateline.js';
import { isBoilerplate } from '../src/extract/text/boilerplate.js';
import { isHeading } from '../src/extract/text/heading.js';
import { normalizeDate } from '../src/extract/normalize-date.js';
import type { ArticleDoc } from '../src/model/article.js';

const kinds = (doc: ArticleDoc): string[] => doc.blocks.map((b) => `${b.kind}:${doc.text.slice(b.start, b.end)}`);

test('one paragraph per line: title, byline with team outlet and date, heading, boilerplate', () => {
  const text = [
    'Harbour Bridge Reopens After Repairs',
    'By Coastal Daily News Desk | Jun 14, 2024',
    'The harbour bridge reopened on Friday after six months of repairs, the city said.',
    'Engineers replaced 40 cables and repainted the deck.',
    'What Drivers Should Know',
    'Tolls stay at their old level until the end of the year.',
    'Click here to subscribe to our newsletter',
    'bridge-photo.jpg)',
  ].join('\r\n');
  const doc = docFromText(text, { source: 'mem' });
  assert.ok(!doc.text.includes('\r'));
  assert.deepEqual(kinds(doc), [
    'title:Harbour Bridge Reopens After Repairs',
    'byline:By Coastal Daily News Desk | Jun 14, 2024',
    'paragraph:The harbour bridge reopened on Friday after six months of repairs, the city said.',
    'paragraph:Engineers replaced 40 cables and repainted the deck.',
    'heading:What Drivers Should Know',
    'paragraph:Tolls stay at their old level until the end of the year.',
    'boilerplate:Click here to subscribe to our newsletter',
    'boilerplate:bridge-photo.jpg)',
  ]);
  assert.equal(doc.title, 'Harbour Bridge Reopens After Repairs');
  assert.equal(doc.author, 'Coastal Daily News Desk');
  assert.equal(doc.outlet, 'Coastal Daily');
  assert.equal(doc.published, '2024-06-14');
  assert.equal(doc.id, doc.id.match(/^a-[0-9a-f]{12}$/)?.[0]);
  assert.equal(doc.contentHash.length, 64);
});

test('blank-line paragraphs, hard-wrapped lines joined, dateline split from the first paragraph', () => {
  const text = [
    'Storm Closes Ports Along the Coast',
    '',
    'HALIFAX, Nova Scotia (Wirewire) - A storm closed three ports on Monday, and',
    'officials said ferries would not sail before Wednesday at the earliest, as',
    'winds reached 120 km/h.',
    '',
    'Fishing crews stayed in harbour.',
  ].join('\n');
  const doc = docFromText(text, { source: 'mem' });
  const expected = [
    'title:Storm Closes Ports Along the Coast',
    'dateline:HALIFAX, Nova Scotia (Wirewire) -',
    'paragraph:A storm closed three ports on Monday,',
    'paragraph:Fishing crews stayed in harbour.',
  ];
  assert.deepEqual(kinds(doc).map((k, i) => k.slice(0, expected[i]!.length)), expected);
  const para = doc.blocks[2]!;
  assert.ok(doc.text.slice(para.start, para.end).endsWith('winds reached 120 km/h.'));
  assert.equal(doc.outlet, 'Wirewire', 'the dateline agency is the last-resort outlet');
});

test('a title directly above a byline is not glued into one wrapped paragraph', () => {
  const doc = docFromText('Storm Closes Ports Along the Coast\nBy Jane Roe | May 2, 2024\n\nA storm closed three ports on Monday.', { source: 'x' });
  assert.deepEqual(doc.blocks.map((b) => b.kind), ['title', 'byline', 'paragraph']);
  assert.equal(doc.author, 'Jane Roe');
});

test('given metadata wins; a long first sentence is not a title; NFC normalisation', () => {
  const text = 'Cafe\u0301 owners in the old town said on Tuesday that rents rose by a third.\nThey plan a protest.';
  const doc = docFromText(text, { source: 'x', id: 'given', outlet: 'The Town Crier', url: 'https://www.example-news.com/a' });
  assert.equal(doc.id, 'given');
  assert.equal(doc.title, null);
  assert.equal(doc.outlet, 'The Town Crier');
  assert.ok(doc.text.startsWith('Café'));
  assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph', 'paragraph']);
  const fromHost = docFromText(text, { source: 'x', url: 'https://news.example-news.com/a' });
  assert.equal(fromHost.outlet, 'example-news.com');
  assert.equal(docFromText(text, { source: 'x', url: 'https://www.nytimes.com/x' }).outlet, 'The New York Times');
});

test('a Title Case headline with a final period is a title; a sentence-case lead is not', () => {
  const body = 'The minister resigned on Monday after a week of protests, aides said.';
  assert.equal(docFromText(`Minister Quits After Week Of Protests.\n\n${body}`, { source: 'x' }).title, 'Minister Quits After Week Of Protests.');
  assert.equal(docFromText(`Minister quits after protests.\n\n${body}`, { source: 'x' }).title, null);
  assert.equal(docFromText(`Minister Quits. Protests Go On.\n\n${body}`, { source: 'x' }).title, null);
});

test('a text of short unpunctuated lines is analysed rather than dropped as headings', () => {
  const doc = docFromText('Mayor resigns\nCouncil to vote on successor', { source: 'x' });
  assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph', 'paragraph']);
});

test('byline forms', () => {
  assert.deepEqual(parseByline('By Jane Roe and John Doe | March 3, 2025'), { author: 'Jane Roe and John Doe', outlet: null, published: '2025-03-03' });
  assert.deepEqual(parseByline('By Jane Roe for The Daily Example'), { author: 'Jane Roe', outlet: 'The Daily Example', published: null });
  assert.deepEqual(parseByline('By Jane Roe, Staff Writer'), { author: 'Jane Roe', outlet: null, published: null });
  assert.deepEqual(parseByline('Published: 2025-03-04T09:30:00Z'), { author: null, outlet: null, published: '2025-03-04T09:30:00Z' });
  assert.equal(parseByline('By the end of the week the talks had collapsed.'), null);
  assert.equal(parseByline('By the Numbers'), null);
  assert.equal(parseByline('Pentagon Reviews Plan'), null);
});

test('datelines', () => {
  assert.equal(findDateline('WASHINGTON, D.C. – The vote failed.')?.length, 'WASHINGTON, D.C. –'.length);
  assert.deepEqual(findDateline('LONDON (Reuters) - Prices rose.'), { length: 18, bodyStart: 19, place: 'LONDON', agency: 'Reuters' });
  assert.equal(findDateline('NEW YORK, March 3 (AP) — Stocks fell.')?.agency, 'AP');
  assert.equal(findDateline('KYIV, Ukraine — Sirens sounded.')?.place, 'KYIV');
  assert.equal(findDateline('Washington - the capital - was quiet.'), null);
  assert.equal(findDateline('A - B testing is common.'), null);
  assert.equal(findDateline('EXCLUSIVE – The minister resigned.'), null, 'a kicker is not a place');
});

test('headings and boilerplate', () => {
  assert.ok(isHeading('Experts Warn of Rising Costs'));
  assert.ok(isHeading('What comes next'));
  assert.ok(!isHeading('The minister resigned on Monday.'));
  assert.ok(!isHeading('Officials said the talks would continue into the night without a break for anyone'));
  assert.ok(!isHeading('“We will not stop”'));
  for (const b of ['Read the original article here', 'Share this article', 'Follow us on Twitter', 'Advertisement', '![](img/a.png)', '© 2025 Example Media. All rights reserved.', '* * *', 'Subscribe to our daily briefing', 'Download the Example News app', 'Join our WhatsApp channel on your phone']) {
    assert.ok(isBoilerplate(b), b);
  }
  for (const p of ['Readers were asked to click through dozens of pages.', 'Follow the money, the investigator said.', 'Subscribers to the service rose by 10% last year, the company said.', 'Get to know the other stages of the process']) {
    assert.ok(!isBoilerplate(p), p);
  }
});

test('dates keep the writer’s day', () => {
  assert.equal(normalizeDate('Mon, 03 Mar 2025 23:30:00 -0500'), '2025-03-03T23:30:00-05:00');
  assert.equal(normalizeDate('Tue, 04 Mar 2025 08:00:00 GMT'), '2025-03-04T08:00:00Z');
  assert.equal(normalizeDate('2025-03-03'), '2025-03-03');
  assert.equal(normalizeDate('3 March 2025'), '2025-03-03');
  assert.equal(normalizeDate('March 3'), null, 'no year: unknown, not guessed');
  assert.equal(normalizeDate('2025-02-30'), null);
  assert.equal(normalizeDate('yesterday'), null);
});
