import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStory } from '../src/analyze/build-story.js';
import { claimSources, type SupportPlace } from '../src/analyze/claims/claim-sources.js';
import { ingestInputs } from '../src/ingest/ingest.js';
import type { ArticleDoc } from '../src/model/article.js';
import type { Story } from '../src/model/dossier.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { sameOutlet } from '../src/nlp/outlets.js';
import { SHARED, dataSkip } from './support/data-dir.js';

const skip = dataSkip(existsSync(new URL('seeds/', SHARED)));
const EXAMPLES = fileURLToPath(new URL('../../examples/kessel-dam/', import.meta.url));

interface Built {
  story: Story;
  docs: ArticleDoc[];
}

/** A folder's story as the engine builds it: ingest every file, analyse, build (no clustering). */
async function built(dir: string, id?: (source: string) => string): Promise<Built> {
  const docs: ArticleDoc[] = [];
  for await (const item of ingestInputs([dir], {})) {
    if (item.kind !== 'article') continue;
    if (id) item.doc.id = id(item.doc.source);
    docs.push(analyseDoc(item.doc));
  }
  return { story: buildStory('s', docs), docs };
}

let seeds: Promise<Built> | null = null;
/** The seeds, with the first three digits of the file name as article id. */
const seedStory = () => (seeds ??= built(fileURLToPath(new URL('seeds/', SHARED)), (source) => basename(source).slice(0, 3)));
let example: Promise<Built> | null = null;
const exampleStory = () => (example ??= built(EXAMPLES));

function place(b: Built, article: string, words: string): SupportPlace {
  const doc = b.docs.find((d) => d.id === article || d.outlet === article);
  assert.ok(doc, article);
  const s = doc.sentences.find((x) => doc.text.slice(x.start, x.end).includes(words));
  assert.ok(s, `no sentence with "${words}" in ${article}`);
  return { doc, sentence: s };
}

const idOf = (b: Built, outlet: string) => b.story.articles.find((a) => a.outlet === outlet)!.id;

function noSelfCredit(story: Story): void {
  for (const c of story.provenance.cited) {
    for (const id of c.citedBy) assert.ok(!sameOutlet(c.name, story.articles.find((a) => a.id === id)?.outlet), `${c.name} credited by its own article ${id}`);
  }
}

test('seeds: the pause order’s originators are The Record, The New York Times and CBS News, not five sources', { skip }, async () => {
  const b = await seedStory();
  const places = [
    place(b, '004', 'The pause in U.S. cyber operations against Russia came from Defense Secretary Pete Hegseth'),
    place(b, '000', 'expressed bewilderment over reports that'),
    place(b, '001', 'has ordered the U.S. Cyber Command to cease offensive operations'),
    place(b, '002', 'has directed the Pentagon to cease all offensive cyber operations'),
    place(b, '003', 'ordered the US Cyber Command to stop offensive cyber operations'),
  ];
  const src = claimSources(b.story, places);
  assert.deepEqual(new Set(src.independentSources), new Set(['The Record', 'The New York Times', 'CBS News']));
  // 004 credits CBS News, 001 The New York Times; 003 relays "the reports", and 004 credits The Record with the first report
  assert.deepEqual(src.origin, ['CBS News', null, 'The New York Times', null, 'The Record']);
  assert.deepEqual(src.dependent.map((d) => d.article), ['000', '002']);
  assert.match(src.dependent[0]!.reason, /Read the original article here/);
  assert.match(src.dependent[1]!.reason, /no source of its own.*low-information/);
});

test('seeds: the claims step rates the pause order with the same three originators', { skip }, async () => {
  const { story } = await seedStory();
  const c = story.claims.find((x) => x.support.some((s) => s.article === '004' && /came from Defense Secretary/.test(s.text)));
  assert.ok(c, 'a claim holds 004’s “came from Defense Secretary Pete Hegseth” sentence');
  assert.deepEqual(new Set(c.independentSources), new Set(['The Record', 'The New York Times', 'CBS News']));
});

test('seeds: provenance names The Record as first reporter, credited by 004, and no self-credit', { skip }, async () => {
  const { story } = await seedStory();
  assert.equal(story.provenance.firstReporter, 'The Record');
  const record = story.provenance.cited.find((c) => c.name === 'The Record')!;
  assert.deepEqual(record.citedBy, ['004']);
  assert.equal(record.firstReport, true);
  noSelfCredit(story);
});

test('examples: the Harlow Bay Ledger is the first reporter, credited by Coastline Wire and Regional Times; no self-credit', async () => {
  const b = await exampleStory();
  const { provenance } = b.story;
  assert.equal(provenance.firstReporter, 'Harlow Bay Ledger');
  const ledger = provenance.cited.find((c) => c.name === 'Harlow Bay Ledger')!;
  assert.ok(ledger.firstReport);
  for (const outlet of ['Coastline Wire', 'Regional Times', 'Harlow Public Radio']) assert.ok(ledger.citedBy.includes(idOf(b, outlet)), outlet);
  assert.ok(!provenance.cited.some((c) => sameOutlet(c.name, 'Valley Standard')), 'Valley Standard is not credited by itself');
  noSelfCredit(b.story);
});

test('examples: the drawdown order credited to the Ledger has one originator; the wire copy counts once; opinion and filler add nothing', async () => {
  const b = await exampleStory();
  const drawdown = claimSources(b.story, [
    place(b, 'Harlow Bay Ledger', 'ordered an emergency drawdown'),
    place(b, 'Coastline Wire', 'ordered the drawdown on Thursday, according to'),
    place(b, 'Regional Times', 'ordered the drawdown on Thursday, according to'),
  ]);
  assert.deepEqual(drawdown.independentSources, ['Harlow Bay Ledger']);
  assert.deepEqual(drawdown.via, [null, 'Harlow Bay Ledger', 'Harlow Bay Ledger']);

  // Regional Times is Coastline Wire's copy (near-duplicate, "HARLOW BAY (Coastline Wire) –")
  const lowering = claimSources(b.story, [place(b, 'Coastline Wire', 'Water managers began lowering'), place(b, 'Regional Times', 'Water managers began lowering')]);
  assert.deepEqual(lowering.independentSources, ['Coastline Wire']);

  const weak = claimSources(b.story, [
    place(b, 'Valley Standard', 'ordered the Kessel Reservoir drained'),
    place(b, 'Daily Meridian Opinion', 'ordered the reservoir lowered on Thursday'),
    place(b, 'NewsFlash Digest', 'authorities have taken action'),
  ]);
  assert.deepEqual(weak.independentSources, ['Valley Standard']);
  assert.deepEqual(weak.dependent.map((d) => d.article), [idOf(b, 'Daily Meridian Opinion'), idOf(b, 'NewsFlash Digest')]);
  assert.match(weak.dependent[0]!.reason, /opinion/);
  assert.match(weak.dependent[1]!.reason, /low-information/);
});
