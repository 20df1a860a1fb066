import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { docFromLines } from '../src/eval/lines-doc.js';
import { readPolnear } from '../src/eval/tasks/polnear-docs.js';
import { findRelations } from '../src/nlp/attribution/attribution-relations.js';
import { attributionRelations, reportedPassages } from '../src/nlp/relations.js';
import { defaultAttributionTagger } from '../src/nlp/attribution/model/tagger.js';
import { linkLeftoverContents, linkSpans } from '../src/nlp/attribution/model/link-spans.js';
import { SHARED, dataSkip } from './support/data-dir.js';

const DEV = fileURLToPath(new URL('data/polnear/dev', SHARED));
const has = existsSync(DEV) && defaultAttributionTagger() !== null;
const STEPS = docSteps.filter((s) => ['segment', 'entities'].includes(s.name));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

test('fallback contents become reported passages, never relation contents', { skip: dataSkip(has) }, () => {
  let fallbackContents = 0;
  let passages = 0;
  for (const { name, text } of readPolnear(DEV, 20)) {
    const doc = analyseDoc(docFromLines(name, text), STEPS);
    const spans = defaultAttributionTagger()!.tag(doc, findRelations(doc));
    const contents = attributionRelations(doc).flatMap((r) => (r.content ? [r.content] : []));
    const linked = linkSpans(doc, spans);
    const fromTags = [...linked, ...linkLeftoverContents(doc, spans, linked)].flatMap((r) => (r.content ? [r.content] : []));
    const reported = reportedPassages(doc);
    passages += reported.length;
    for (const s of spans.filter((x) => x.role === 'content' && x.fallback)) {
      fallbackContents++;
      assert.ok(!fromTags.some((c) => c.start === s.start && c.end === s.end), `fallback content linked: ${text.slice(s.start, s.end)}`);
    }
    // passages are disjoint from every relation's content and from one another
    for (const p of reported) assert.ok(!contents.some((c) => overlaps(c, p)));
    reported.forEach((p, i) => reported.slice(i + 1).forEach((q) => assert.ok(!overlaps(p, q))));
  }
  assert.ok(fallbackContents > 0, 'the second content decoding adds contents on real news');
  assert.ok(passages >= fallbackContents / 2);
});
