import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromText } from '../src/extract/date/date-from-text.js';
import { docFromText } from '../src/ingest/doc-from-text.js';

test('a dateline or date line with its year gives the article date and where it was read', () => {
  const text = 'Harbour crane collapses\n\nVELMORA, March 3, 2025 — A cargo crane collapsed at the port on Monday.';
  const d = dateFromText(text)!;
  assert.equal(d.date, '2025-03-03');
  assert.equal(text.slice(d.start, d.end), 'March 3, 2025');
  assert.equal(dateFromText('NEW YORK (Wire) 3 March 2025 - Shares fell.')!.date, '2025-03-03');
  assert.equal(dateFromText('Crane collapses\nPublished: Monday, March 3, 2025 10:15 AM\nThe crane fell.')!.date, '2025-03-03');
  assert.equal(dateFromText('Crane collapses\nMar. 3rd 2025\nThe crane fell.')!.date, '2025-03-03');
});

test('no year, or a date inside the story, is not the article date', () => {
  assert.equal(dateFromText('VELMORA, March 3 — A cargo crane collapsed at the port.'), null);
  assert.equal(dateFromText('A cargo crane collapsed on March 3, 2025, the harbour authority said.'), null);
  const late = `${'The crane fell. '.repeat(40)}\nMarch 3, 2025`;
  assert.equal(dateFromText(late), null, 'only the opening lines count');
});

test('ingest: the text date fills only a missing publication date, with an info message', () => {
  const text = 'VELMORA, March 3, 2025 — A cargo crane collapsed at the port of Velmora on Monday, blocking two berths.';
  const doc = docFromText(text, { source: 't' });
  assert.equal(doc.published, '2025-03-03');
  const m = doc.messages.find((x) => x.ruleId === 'published-from-text')!;
  assert.equal(m.severity, 'info');
  assert.equal(doc.text.slice(m.start, m.end), 'March 3, 2025');
  const given = docFromText(text, { source: 't', published: '2025-03-04' });
  assert.equal(given.published, '2025-03-04');
  assert.equal(given.messages.some((x) => x.ruleId === 'published-from-text'), false);
});
