import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docFromText } from '../src/ingest/doc-from-text.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { buildStory } from '../src/analyze/build-story.js';
import type { Story } from '../src/model/dossier.js';
import { SHARED, dataSkip } from './support/data-dir.js';

const has = existsSync(new URL('seeds/', SHARED));
const skip = dataSkip(has);

let cached: Story | null = null;
function story(): Story {
  if (cached) return cached;
  const dir = fileURLToPath(new URL('seeds/', SHARED));
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, 3);
      const meta = id === '004' ? { source: f, id, published: '2025-03-03' } : { source: f, id };
      return analyseDoc(docFromText(readFileSync(dir + f, 'utf8'), meta));
    });
  cached = buildStory('seeds', docs);
  return cached;
}

test('the order to halt offensive cyber operations is corroborated by all five seeds', { skip }, () => {
  const c = story().claims.find((x) => /Hegseth/.test(x.text) && /(stop|cease|halt)/i.test(x.text) && /Russia/.test(x.text))!;
  assert.ok(c);
  assert.equal(c.status, 'corroborated');
  assert.deepEqual(new Set(c.support.map((s) => s.article)), new Set(['000', '001', '002', '003', '004']));
  assert.ok(c.independentSources.length >= 2);
  assert.equal(story().claims[0]!.id, c.id);
});

test('the order came before the Oval Office meeting: seeds 001, 002 and 004', { skip }, () => {
  const c = story().claims.find((x) => /(directive|order)/i.test(x.text) && /(before|prior to)/i.test(x.text))!;
  assert.ok(c);
  for (const id of ['001', '002', '004']) assert.ok(c.support.some((s) => s.article === id), id);
});

test('single-source claims: Nord Stream 2 restart plan (001), French bewilderment (000)', { skip }, () => {
  const single = story().claims.filter((x) => x.status === 'single-source');
  // the claim's text is its own clause; its support is the whole sentence
  const says = (x: (typeof single)[number], re: RegExp) => re.test(x.text) || x.support.some((s) => re.test(s.text));
  assert.ok(single.some((x) => says(x, /Nord Stream 2/) && x.support[0]!.article === '001'));
  assert.ok(single.some((x) => says(x, /bewilderment/) && x.support[0]!.article === '000'));
});

test('discrepancies: duration of the pause (003 vs 004) and 003 internal contradiction', { skip }, () => {
  const s = story();
  const duration = s.discrepancies.find((d) => d.kind === 'duration');
  assert.ok(duration);
  assert.deepEqual(duration.articles, ['003', '004']);
  const internal = s.discrepancies.find((d) => d.kind === 'internal' && d.articles[0] === '003');
  assert.ok(internal);
  assert.ok(internal.evidence.some((e) => /not commented/.test(e.text)));
  assert.ok(s.articles.find((a) => a.id === '003')!.flags.includes('internal-contradiction'));
});

test('timeline: 2025-02-28 for the Oval Office meeting, from seed 004', { skip }, () => {
  const t = story().timeline.find((x) => x.date === '2025-02-28');
  assert.ok(t);
  assert.ok(t.articles.includes('004'));
  assert.ok(t.evidence.some((e) => /Oval Office|White House/.test(e.text)) && /Zelensky/.test(t.text));
});

test('brief: first sentence states the order and cites all five; no allegation from 000 as fact', { skip }, () => {
  const b = story().brief;
  assert.ok(b.length >= 5 && b.length <= 10);
  assert.match(b[0]!.text, /Hegseth/);
  assert.match(b[0]!.text, /(cease|halt|stop)/);
  assert.deepEqual(new Set(b[0]!.citations), new Set(['000', '001', '002', '003', '004']));
  assert.ok(!b.some((s) => /asset|puppet|compromised|sellout|betrayal/i.test(s.text)), b.map((s) => s.text).join('\n'));
});
