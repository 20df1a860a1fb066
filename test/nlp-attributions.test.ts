import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationsOf } from '../src/model/article.js';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { docFromLines } from '../src/eval/lines-doc.js';
import { findRelations } from '../src/nlp/attribution/attribution-relations.js';

const STEPS = docSteps.filter((s) => ['segment', 'entities', 'attributions'].includes(s.name));
const run = (text: string) => {
  const doc = analyseDoc(docFromLines('t', text), STEPS);
  return { doc, atts: annotationsOf(doc, 'attribution') };
};
const cited = (text: string) => run(text).atts.map((a) => `${a.cited}/${a.citedKind}`);

test('according to an outlet, with content', () => {
  const { doc, atts } = run('The factory will close in May, according to The New York Times.');
  const a = atts.find((x) => x.cited === 'The New York Times')!;
  assert.equal(a.citedKind, 'outlet');
  assert.equal(a.cue.toLowerCase(), 'according to');
  assert.equal(doc.text.slice(a.content!.start, a.content!.end), 'The factory will close in May');
});

test('told an outlet and its partner outlet', () => {
  const c = cited("The plan was dropped, officials told the BBC's U.S. partner, CBS News.");
  assert.ok(c.includes('BBC/outlet'));
  assert.ok(c.includes('CBS News/outlet'));
});

test('first report: appositive publication, "first reported by" and "X first reported"', () => {
  const a = run('According to The Record, a cybersecurity publication that first reported the news, the order affects hundreds.').atts;
  assert.equal(a.find((x) => x.cited === 'The Record')?.firstReport, true);
  const b = run('The deal was first reported by Reuters on Tuesday.').atts;
  assert.equal(b.find((x) => x.cited === 'Reuters')?.firstReport, true);
  const c = run('The Springfield Herald reported that the mayor resigned.').atts;
  assert.equal(c.find((x) => x.cited === 'The Springfield Herald')?.citedKind, 'outlet');
  assert.equal(c.find((x) => x.cited === 'The Springfield Herald')?.firstReport, false);
});

test('interview, statement and speaking-to cues credit the outlet', () => {
  assert.ok(cited('Speaking to the Washington Post, he said the talks would resume.').includes('The Washington Post/outlet'));
  assert.ok(cited('In a statement to the New York Times, Senator Ana Ruiz criticised the plan.').includes('The New York Times/outlet'));
  assert.ok(cited('Jon Hale acknowledged in an interview with CNN that costs had risen.').includes('CNN/outlet'));
});

test('indirect speech: "X told Y that …" credits the person with the content', () => {
  const { doc, atts } = run('Secretary of State Marco Delgado told ABC that the talks had stalled.');
  const p = atts.find((x) => x.citedKind === 'person')!;
  assert.equal(p.cited, 'Marco Delgado');
  assert.equal(doc.text.slice(p.content!.start, p.content!.end), 'that the talks had stalled');
  assert.ok(atts.some((x) => x.cited === 'ABC News' && x.citedKind === 'outlet'));
});

test('short outlet forms and back-references: "the NYT emphasizes", "the publication notes"', () => {
  const c = cited('The NYT emphasizes that access matters. "Access to networks is crucial for any negotiation," the publication notes.');
  assert.deepEqual([...new Set(c)], ['The New York Times/outlet']);
});

test('anonymous sources stay anonymous; no cue means no attribution', () => {
  assert.deepEqual(cited('Two senior officials said the budget would shrink.'), ['Two senior officials/anonymous']);
  assert.deepEqual(cited('The budget shrank this year and the agency closed two offices.'), []);
});

test('relations: "X said that …" content and "…, sources said" content before', () => {
  const doc = analyseDoc(docFromLines('t', 'The bridge was closed for repairs, sources said. Mayor Lee said that it would reopen soon.'), STEPS);
  const rels = findRelations(doc).map((r) => ({ src: r.source && doc.text.slice(r.source.start, r.source.end), content: r.content && doc.text.slice(r.content.start, r.content.end) }));
  assert.deepEqual(rels, [
    { src: 'sources', content: 'The bridge was closed for repairs' },
    { src: 'Mayor Lee', content: 'that it would reopen soon' },
  ]);
});

const runAs = (outlet: string | null, text: string) => {
  const d = docFromLines('t', text);
  d.outlet = outlet;
  const doc = analyseDoc(d, STEPS);
  return annotationsOf(doc, 'attribution');
};
const firstReporters = (text: string) => runAs(null, text).filter((a) => a.firstReport).map((a) => `${a.cited}/${a.citedKind}`);

test('first report, appositive relative clause: "according to the Harlow Bay Ledger, which first reported the cracks"', () => {
  const atts = runAs('Coastline Wire', 'The authority ordered the drawdown on Thursday, according to the Harlow Bay Ledger, which first reported the cracks.');
  const ledger = atts.filter((a) => a.cited === 'The Harlow Bay Ledger');
  assert.equal(ledger.length, 1, JSON.stringify(atts));
  assert.equal(ledger[0]!.citedKind, 'outlet');
  assert.equal(ledger[0]!.firstReport, true);
  // the credit keeps the cue written next to the outlet, not an earlier verb of the sentence
  assert.equal(ledger[0]!.cue, 'according to');
});

test('first report, other forms: "first reported by X", "X was first to report", "X was the first outlet to report", "X broke the story", "X, which broke the news, said"', () => {
  assert.deepEqual(firstReporters('The closure was first reported by the Orvell Evening Post on Monday.'), ['The Orvell Evening Post/outlet']);
  assert.deepEqual(firstReporters('The Orvell Evening Post was first to report the closure.'), ['The Orvell Evening Post/outlet']);
  assert.deepEqual(firstReporters('The Orvell Evening Post was the first outlet to report the closure.'), ['The Orvell Evening Post/outlet']);
  assert.deepEqual(firstReporters('The Orvell Evening Post broke the story on Monday.'), ['The Orvell Evening Post/outlet']);
  assert.deepEqual(firstReporters('The Orvell Evening Post, which broke the news, said the mayor had resigned.'), ['The Orvell Evening Post/outlet']);
  // reporting, but not first
  assert.deepEqual(firstReporters('The mayor resigned, the Springfield Ledger reported.'), []);
  assert.deepEqual(firstReporters('The Orvell Evening Post later reported that the mayor had resigned.'), []);
});

test('no self-credit: an article never credits its own outlet', () => {
  const own = runAs('Valley Standard', 'About 2,100 residents were evacuated, officials told the Valley Standard.');
  assert.ok(!own.some((a) => a.citedKind === 'outlet'), JSON.stringify(own));
  assert.ok(own.some((a) => a.cited === 'officials' && a.citedKind === 'anonymous'));
  assert.deepEqual(runAs('The Valley Standard', 'The Valley Standard first reported the cracks on Monday.').filter((a) => a.citedKind === 'outlet'), []);
  // the same sentence in another outlet's article is a credit
  const other = runAs('Coastline Wire', 'About 2,100 residents were evacuated, officials told the Valley Standard.');
  assert.ok(other.some((a) => a.cited === 'The Valley Standard' && a.citedKind === 'outlet'));
});

test('outlet names ending in Ledger, Sentinel, Radio are outlets', () => {
  assert.ok(cited('The dam was safe, according to the Springfield Ledger.').includes('The Springfield Ledger/outlet'));
  assert.ok(cited('Brandt told Harlow Public Radio that a review was needed.').includes('Harlow Public Radio/outlet'));
  assert.ok(cited('The dam was safe, according to the Orlando Sentinel.').includes('The Orlando Sentinel/outlet'));
});
