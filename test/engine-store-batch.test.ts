import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, type EngineEvent } from '../src/engine/engine.js';
import { docFromText } from '../src/ingest/ingest.js';
import type { IngestItem } from '../src/ingest/ingest-item.js';
import { openRepository } from '../src/store/open-repository.js';
import type { Repository, StoreWrite } from '../src/store/repository.js';
import { AnalysisPool } from '../src/engine/analysis-pool.js';
import { decodeDoc, storedDoc } from '../src/store/doc-codec.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { clusterItemOf } from '../src/cluster/item-from-doc.js';

const texts = [
  'Quarry workers in Danvik walked out on Monday over unpaid overtime, the union said.',
  'The mayor of Danvik met striking quarry workers on Tuesday and promised talks.',
  'A ferry ran aground near Ostholm on Sunday; all 40 passengers were brought ashore.',
  'Coast guard officers said the Ostholm ferry had lost steering before it ran aground.',
  'Orchard growers expect a record apple harvest this autumn after a mild spring.',
];

function items(list: string[]): IngestItem[] {
  return list.map((t, i) => {
    const doc = docFromText(t, { source: `t${i}.txt`, id: `t${i}`, published: `2031-05-0${1 + (i % 5)}` });
    return { kind: 'article', doc, raw: t };
  });
}

/** The real SQLite repository, recording which articles are committed and failing one chosen article. */
function recording(repo: Repository, failId: string | null) {
  const committed = new Set<string>();
  const batches: number[] = [];
  const wrapped: Repository = Object.create(repo) as Repository;
  wrapped.saveBatch = async (writes: readonly StoreWrite[]) => {
    const ids = writes.flatMap((w) => (w.kind === 'article' ? [w.doc.id] : []));
    if (failId !== null && ids.includes(failId)) throw new Error(`refusing ${failId}`);
    await repo.saveBatch(writes);
    batches.push(ids.length);
    for (const id of ids) committed.add(id);
  };
  return { wrapped, committed, batches };
}

test('engine: articles are stored in batches and reported only once committed, in input order', async () => {
  const repo = await openRepository(':memory:');
  const rec = recording(repo, null);
  // Only the size limit may close the batch: on a loaded machine the first analysis (loading the
  // models) can take longer than the default one-second limit.
  const engine = await Engine.open(rec.wrapped, { batchMs: 600_000 });
  const events: EngineEvent[] = [];
  const list = items(texts);
  const report = await engine.ingest([...list, list[1]!], (e) => {
    if (e.kind === 'stored') assert.ok(rec.committed.has(e.id), `${e.id} reported before its batch was committed`);
    events.push(e);
  });
  assert.equal(report.stored, 5);
  assert.equal(report.unchanged, 1);
  assert.deepEqual(rec.batches, [5], 'one transaction for the whole small batch');
  assert.deepEqual(events.filter((e) => e.kind !== 'merged').map((e) => `${e.kind}:${'id' in e ? e.id : ''}`), ['stored:t0', 'stored:t1', 'stored:t2', 'stored:t3', 'stored:t4', 'unchanged:t1']);
  assert.deepEqual((await repo.counts()).articles, 5);
  assert.ok(report.storiesUpdated.length > 0);
  await repo.close();
});

test('engine: a batch open longer than its time limit is committed without waiting for more articles', async () => {
  const repo = await openRepository(':memory:');
  const rec = recording(repo, null);
  const engine = await Engine.open(rec.wrapped, { batchMs: 0 });
  const report = await engine.ingest(items(texts));
  assert.equal(report.stored, 5);
  assert.deepEqual(rec.batches, [1, 1, 1, 1, 1]);
  await repo.close();
});

test('engine: one article failing to store fails alone; its batch neighbours are stored', async () => {
  const repo = await openRepository(':memory:');
  const rec = recording(repo, 't2');
  const engine = await Engine.open(rec.wrapped);
  const events: EngineEvent[] = [];
  const report = await engine.ingest(items(texts), (e) => events.push(e));
  assert.equal(report.stored, 4);
  assert.deepEqual(report.errors.map((e) => [e.input, e.code]), [['t2.txt', 'CC_ANALYSIS_FAILED']]);
  assert.equal(await repo.getArticle('t2'), null);
  assert.deepEqual(events.filter((e) => e.kind === 'stored' || e.kind === 'error').map((e) => e.kind), ['stored', 'stored', 'error', 'stored', 'stored']);
  assert.equal((await repo.counts()).articles, 4);
  await repo.close();
});

test('engine: story rebuilds on worker threads give the same dossiers as on this thread', async () => {
  const a = await openRepository(':memory:');
  const engineA = await Engine.open(a);
  const report = await engineA.ingest(items(texts));
  // The same articles in a second store, every story dirty, rebuilt through a pool.
  const b = await openRepository(':memory:');
  for (const storyId of report.storiesUpdated)
    for (const doc of await a.articlesOfStory(storyId))
      await b.saveBatch([{ kind: 'article', doc: storedDoc(doc), raw: doc.text, fingerprint: { articleId: doc.id, storyId, day: null, data: '' } }]);
  const pool = new AnalysisPool(2);
  try {
    const rebuilt = await (await Engine.open(b)).refreshStories(pool);
    assert.deepEqual(rebuilt, report.storiesUpdated);
    for (const id of rebuilt) {
      const story = await b.getStory(id);
      assert.ok(story && story.articles.length > 0);
      assert.equal(JSON.stringify(story), JSON.stringify(await a.getStory(id)));
    }
    assert.deepEqual(await b.dirtyStories(), []);
  } finally {
    await pool.close();
    await a.close();
    await b.close();
  }
});

test('engine: a worker sends an analysed article as the store writes it (encoded document, clustering item)', async () => {
  const pool = new AnalysisPool(1);
  try {
    const doc = items(texts)[1]!;
    assert.equal(doc.kind, 'article');
    if (doc.kind !== 'article') return;
    const here = analyseDoc(structuredClone(doc.doc));
    const { doc: stored, item } = await pool.analyseForStore(doc.doc);
    assert.deepEqual(stored, storedDoc(here));
    assert.ok(stored.encoded.includes('"kind":"entity"'), 'the encoding carries the annotations');
    assert.deepEqual(item, clusterItemOf(here));
    assert.deepEqual(decodeDoc(stored.encoded).tokens, here.tokens, 'tokens are rebuilt on decoding');
  } finally {
    await pool.close();
  }
});
