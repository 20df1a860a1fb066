import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { docFromText } from '../src/ingest/doc-from-text.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { annotationsOf, type ArticleDoc } from '../src/model/article.js';
import { oneClaimPerClause } from '../src/nlp/claims/sentence-claims.js';
import { WEAK_EVIDENCE } from '../src/nlp/claims/claim-checkable.js';
import type { Claim } from '../src/model/annotation.js';
import { SHARED, dataSkip } from './support/data-dir.js';

// Every sentence here is written for these tests (general news English, no corpus text).
const analysed = (text: string): ArticleDoc => analyseDoc(docFromText(text, { source: 't', id: 't' }));
const claimTexts = (d: ArticleDoc): string[] => annotationsOf(d, 'claim').map((c) => d.text.slice(c.start, c.end));
const flags = (d: ArticleDoc): string[] => d.messages.filter((m) => /^claim-/.test(m.ruleId)).map((m) => m.ruleId);

/** One sentence alone: its claims and the claim-* rules it was flagged with. */
function judge(sentence: string): { claims: string[]; rules: string[] } {
  const d = analysed(sentence);
  return { claims: claimTexts(d), rules: flags(d) };
}

function assertNoClaim(sentence: string, rule: 'claim-filler' | 'claim-opinion'): void {
  const r = judge(sentence);
  assert.deepEqual(r.claims, [], `${sentence} → ${r.claims.join(' | ')}`);
  assert.ok(r.rules.includes(rule), `${sentence}: expected ${rule}, got ${r.rules.join(', ') || 'no flag'}`);
}

function assertClaim(sentence: string): void {
  const r = judge(sentence);
  assert.ok(r.claims.length > 0, `${sentence}: no claim (${r.rules.join(', ')})`);
}

test('a reaction and nothing else is filler: raised eyebrows, sparked debate, drew criticism', () => {
  assertNoClaim('The unusual timing of the tariff announcement has raised eyebrows in the capital.', 'claim-filler');
  assertNoClaim('The merger has sparked debate among shareholders and regulators.', 'claim-filler');
  assertNoClaim('The ruling drew sharp criticism.', 'claim-filler');
  assertNoClaim('There are growing concerns about the future of the bridge.', 'claim-filler');
  assertNoClaim('Questions have lingered over the cost of the project.', 'claim-filler');
});

test('someone who voices a concern reports a statement; "there is no question" is no reaction', () => {
  assertClaim('Farm groups have raised concerns that the levy will double feed prices.');
  assertClaim('Prosecutors said there is no question the defendant wrote the letters.');
});

test('unnamed commentators watching or weighing in are filler; a backdrop alone is filler', () => {
  assertNoClaim('Observers are closely monitoring the negotiations.', 'claim-filler');
  assertNoClaim('Analysts are weighing in on the consequences of the vote.', 'claim-filler');
  assertNoClaim('The outcome of the talks will be closely watched in the coming weeks.', 'claim-filler');
  assertNoClaim('The announcement comes amid rising tensions in the region.', 'claim-filler');
  assertNoClaim('Whether the plan works remains to be seen.', 'claim-filler');
});

test('weak signals add up: nothing named, an unnamed subject, a stock phrase and a vague predicate', () => {
  assert.equal(WEAK_EVIDENCE, 3);
  assertNoClaim('In a significant development, authorities have taken action following the storm.', 'claim-filler');
  assertNoClaim('The situation is expected to remain a topic of discussion in the coming days.', 'claim-filler');
});

test('perception, evaluation, interpretation and speculation are opinion', () => {
  assertNoClaim('The new budget is seen as a retreat from the promises of the campaign.', 'claim-opinion');
  assertNoClaim('The closure of the plant is a notable development for the town.', 'claim-opinion');
  assertNoClaim('The consequences of the vote are significant.', 'claim-opinion');
  assertNoClaim('The silence of the board further reinforces the perception of a captured institution.', 'claim-opinion');
  assertNoClaim('This narrative explains the anger of the farmers.', 'claim-opinion');
  assertNoClaim('Perhaps the inspectors could have found the leak years ago.', 'claim-opinion');
  assertNoClaim('The decision will likely shape the debate for years.', 'claim-opinion');
  assertNoClaim('However, experts warn that the tariff could hurt exporters.', 'claim-opinion');
  assertNoClaim('Nobody who lives near the river should feel safe.', 'claim-opinion');
});

test('checkable facts stay claims, also with hedges, modals, reported forecasts and definite numerals', () => {
  for (const s of [
    'Interior Minister Jane Doe ordered the border agency to halt deportations to Freedonia.',
    'Defense Secretary Pete Hegseth ordered U.S. Cyber Command to stand down from all planning against Russia.',
    'Water managers began lowering the Kessel Reservoir on Friday.',
    'The ferry operator suspended all crossings on Tuesday after a storm damaged the pier.',
    'About 3,000 residents were evacuated from the valley overnight.',
    'The halt comes despite the European Union’s warnings about the pipeline.',
    'Finance Minister Ola Berg cautioned that the deficit was likely to exceed $5 billion next year.',
    'Officials said that the port will reopen on Monday.',
    'The two countries signed a trade agreement in Geneva on Friday.',
    'A grey van was also seen near the warehouse, police said.',
    'Companies listed in Oslo must publish their accounts by April.',
    'The union said the strike would last 48 hours.',
    'The halt is temporary.',
    'The dam was completed in 1968 and holds back 40 million cubic metres of water.',
  ]) assertClaim(s);
});

test('flagged sentences stay visible: an info message on the sentence per rule, with the reason', () => {
  const d = analysed('The port reopened on Monday. The reopening has raised eyebrows among traders.');
  assert.deepEqual(claimTexts(d), ['The port reopened on Monday']);
  const m = d.messages.filter((x) => x.ruleId === 'claim-filler');
  assert.equal(m.length, 1);
  assert.equal(m[0]!.severity, 'info');
  assert.equal(d.text.slice(m[0]!.start, m[0]!.end), 'The reopening has raised eyebrows among traders.');
  assert.match(m[0]!.reason, /reaction only/);
});

test('opinion-dominated sentences are flagged too', () => {
  const d = analysed('The prevailing view is that the council is a puppet of the developers.');
  assert.deepEqual(claimTexts(d), []);
  assert.ok(flags(d).includes('claim-opinion'));
});

test('one claim per clause: overlapping or nested claims are merged into the longest', () => {
  const c = (start: number, end: number): Claim => ({ kind: 'claim', start, end, subject: null, predicate: 'x', object: null, negated: false });
  assert.deepEqual(oneClaimPerClause([c(0, 10), c(2, 8), c(12, 20), c(15, 25)]).map((x) => [x.start, x.end]), [[0, 10], [15, 25]]);
  // no analysed document has two overlapping claims
  const d = analysed('The mayor denied that the council had sold the port, and the council said it would appeal.');
  const claims = annotationsOf(d, 'claim');
  for (const a of claims) for (const b of claims) if (a !== b) assert.ok(a.end <= b.start || b.end <= a.start);
});

test('a list after ", and" whose verb sits in a relative clause is not a clause of its own', () => {
  const d = analysed('This raises concerns about the response to floods, droughts, and storms that have hit the coast.');
  assert.deepEqual(claimTexts(d), []);
});

test('"It\'s not a matter of …": the contracted copula is read as "is"', () => {
  const d = analysed('It’s not a matter of money.');
  assert.deepEqual(claimTexts(d), []);
  assert.ok(flags(d).includes('claim-opinion'));
});

test('example corpus: the news pieces keep every claim, the filler digest gives none, the opinion piece only its fact', () => {
  const dir = new URL('../../examples/kessel-dam/', import.meta.url);
  const read = (f: string) => analyseDoc(docFromText(readFileSync(new URL(f, dir), 'utf8'), { source: f, id: f.slice(0, 2) }));
  for (const f of ['01-harlow-bay-ledger.txt', '02-coastline-wire.txt', '03-regional-times.txt', '04-valley-standard.txt']) {
    const d = read(f);
    assert.deepEqual(d.messages.filter((m) => /^claim-/.test(m.ruleId)).map((m) => m.reason), [], f);
    assert.ok(annotationsOf(d, 'claim').length >= 7, f);
  }
  assert.deepEqual(claimTexts(read('06-newsflash-digest.txt')), []);
  assert.deepEqual(claimTexts(read('05-daily-meridian-opinion.txt')), ['The water authority ordered the reservoir lowered on Thursday']);
});

// Calibration check on real newswire (MRPC sentences: mostly factual reports). docs/claims.md gives the figures.
const MRPC = new URL('data/paraphrase/msr-para-val.tsv', SHARED);
test('on MRPC validation sentences at most 1.5 % of sentences lose a claim to the checkability rules', { skip: dataSkip(existsSync(MRPC)) }, () => {
  const lines = readFileSync(MRPC, 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1).filter(Boolean);
  const sentences = [...new Set(lines.flatMap((l) => l.split('\t').slice(3, 5)))];
  let flagged = 0;
  for (const text of sentences) {
    const d = analyseDoc(docFromText(text, { source: 'mrpc', id: 'mrpc' }));
    if (d.messages.some((m) => /^claim-/.test(m.ruleId) && !/opinion-dominated/.test(m.reason))) flagged++;
  }
  assert.ok(sentences.length > 900);
  assert.ok(flagged / sentences.length <= 0.015, `${flagged} of ${sentences.length}`);
});
