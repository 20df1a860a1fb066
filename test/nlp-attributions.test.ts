import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationsOf } from '../src/model/article.js';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { docFromLines } from '../src/eval/lines-doc.js';
import { findRelations } from '../src/nlp/attribution-relations.js';

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
