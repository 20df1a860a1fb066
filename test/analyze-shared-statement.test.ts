import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFrames } from '../src/analyze/claims/claim-frame.js';
import { isQuoteOnly, quotedPairAllowed, sameStatement } from '../src/analyze/align/shared-quote.js';
import { buildStory } from '../src/analyze/build-story.js';
import { article } from './story-fixtures.js';

const a = article('sa', 'Harlow Bay Ledger', 'The reservoir will be lowered over the weekend, the authority said.\n"We are taking the water level down as a precaution, not because we expect the dam to fail," Lindqvist said.');
const b = article('sb', 'Coastline Wire', 'Chief executive Marta Lindqvist said on Thursday: "We are taking the water level down as a precaution, not because we expect the dam to fail."\nEngineers will inspect the spillway on Friday.');
const c = article('sc', 'Valley Standard', '"Nobody will be sent home until the engineers tell us it is safe," Okafor said.\nThe shelter at the school hall has room for 400 people.');

test('a mostly-quoted sentence is a quoted frame; a sentence whose clause leaves its long quote out gets one too', () => {
  const qa = docFrames(a).filter((f) => f.quoted);
  const qb = docFrames(b).filter((f) => f.quoted);
  assert.equal(qa.length, 1);
  assert.match(a.text.slice(qa[0]!.sentence.start, qa[0]!.sentence.end), /precaution/);
  assert.equal(qb.length, 1, 'the framing clause "Marta Lindqvist said on Thursday" does not hold the quote');
  assert.ok(docFrames(a).some((f) => !f.quoted), 'plain statements stay ordinary frames');
});

test('two outlets quoting the same words report one statement; other quotes and plain claims stay apart', () => {
  const qa = docFrames(a).find((f) => f.quoted)!;
  const qb = docFrames(b).find((f) => f.quoted)!;
  const qc = docFrames(c).find((f) => f.quoted)!;
  assert.ok(sameStatement(qa, qb));
  assert.ok(!sameStatement(qa, qc));
  const plain = docFrames(b).find((f) => !f.quoted && /spillway/.test(b.text.slice(f.claim.start, f.claim.end)))!;
  assert.ok(!quotedPairAllowed(qa, plain), 'a quote is never aligned to a statement of fact by wording alone');
  assert.ok(quotedPairAllowed(qa, qb));
  assert.ok(isQuoteOnly([qc]));
  assert.ok(!isQuoteOnly([qa, qb]));
});

test('the shared quote is one claim of both outlets; a quote only one outlet reports is no claim row', () => {
  const story = buildStory('s', [a, b, c]);
  const shared = story.claims.filter((cl) => cl.support.some((p) => /precaution/.test(p.text)));
  assert.equal(shared.length, 1);
  assert.deepEqual(new Set(shared[0]!.support.map((p) => p.article)), new Set(['sa', 'sb']));
  // (Its status also weighs each outlet's flags: these two-line articles are low-information.)
  assert.ok(!story.claims.some((cl) => cl.support.some((p) => /Nobody will be sent home/.test(p.text))), 'the single-outlet quote stays in the quotes section');
});
