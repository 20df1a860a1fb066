/**
 * Queue mode hands the sequencer the analysis thread's stored form (analysed-codec.ts) instead
 * of a document to decode, re-encode and re-featurise. What it stores and how it clusters must
 * be exactly what the in-process path gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine/engine.js';
import { docFromText } from '../src/ingest/doc-from-text.js';
import type { ArticleDoc } from '../src/model/article.js';
import { decodeAnalysed, encodeAnalysed, isEncodedAnalysed } from '../src/engine/analysed-codec.js';
import { AnalysisPool, analysedForStore } from '../src/engine/analysis-pool.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { decodeDoc, encodeDoc } from '../src/store/doc-codec.js';
import { SqliteRepository } from '../src/store/sqlite-repository.js';

/** Fictional articles: three events in two towns, each reported by several outlets, so that the clusterer groups and splits. */
function articles(): ArticleDoc[] {
  const events = [
    (o: string) => `Flood closes Brenmoor harbour\n\nBRENMOOR, March 3 (${o}) - The harbour of Brenmoor was closed on Monday after the river Auln rose 2.4 metres, harbour master Ilse Varga said.\n\n"We have never seen water this high," Varga told reporters. About 300 homes were evacuated.`,
    (o: string) => `Brenmoor council delays budget vote\n\nBRENMOOR, March 5 (${o}) - The council of Brenmoor postponed its budget vote to April, mayor Tomas Ekdahl said on Wednesday, citing the cost of the flood repairs, estimated at 12 million crowns.`,
    (o: string) => `Kessling miners end strike\n\nKESSLING, March 4 (${o}) - Miners at the Kessling copper mine ended a nine-day strike on Tuesday after the owner, Nordvik Metals, agreed to a 6 percent raise, union leader Ana Roth said.`,
  ];
  const outlets = ['Coastline Wire', 'Metro Bulletin', 'Harbour Times'];
  return events.flatMap((e, i) => outlets.map((o, j) => docFromText(e(o), { source: `event-${i}-${j}.txt`, outlet: o, published: `2026-03-0${3 + i}` })));
}

/** The in-process path: what `Engine.addAnalysed` stores for a queued (encoded) document. */
function inProcess(queued: string) {
  return analysedForStore(analyseDoc(decodeDoc(queued)));
}

test("a queue row's stored form, made on an analysis thread, equals the in-process stored form and clustering item", { timeout: 120_000 }, async () => {
  const pool = new AnalysisPool(1);
  try {
    for (const doc of articles().slice(0, 4)) {
      const queued = encodeDoc(doc);
      const row = await pool.analyseEncoded(queued, doc.source);
      assert.ok(isEncodedAnalysed(row));
      // Typed arrays (feature hashes, MinHash signature) come back as the same typed arrays.
      assert.deepStrictEqual(decodeAnalysed(row), inProcess(queued));
    }
  } finally {
    await pool.close();
  }
});

test('encodeAnalysed and decodeAnalysed are inverse, and a row of the earlier layout (encoded document alone) is told apart', () => {
  const doc = articles()[2]!;
  const a = inProcess(encodeDoc(doc));
  assert.deepStrictEqual(decodeAnalysed(encodeAnalysed(a)), a);
  assert.equal(isEncodedAnalysed(encodeDoc(analyseDoc(doc))), false);
  // The stored document is carried verbatim, not escaped into the header.
  assert.ok(encodeAnalysed(a).endsWith('\n' + a.doc.encoded));
});

test('an engine fed stored forms (addStored) stores and clusters exactly as one fed documents (addAnalysed)', { timeout: 120_000 }, async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cc-stored-form-'));
  const a = new SqliteRepository(join(tmp, 'a.db'));
  const b = new SqliteRepository(join(tmp, 'b.db'));
  try {
    const [byDoc, byForm] = [await Engine.open(a), await Engine.open(b)];
    for (const doc of articles()) {
      const queued = encodeDoc(doc);
      const viaDoc = await byDoc.addAnalysed(analyseDoc(decodeDoc(queued)), doc.text);
      const viaForm = await byForm.addStored(decodeAnalysed(encodeAnalysed(inProcess(queued))), doc.text);
      assert.deepStrictEqual(viaForm, viaDoc);
    }
    assert.deepStrictEqual(await b.fingerprintsSince(null), await a.fingerprintsSince(null));
    const stories = [...new Set((await a.fingerprintsSince(null)).map((f) => f.storyId))];
    assert.ok(stories.length >= 2, `several stories (${stories.length})`);
    for (const id of stories) assert.deepStrictEqual(await b.encodedArticlesOfStory(id), await a.encodedArticlesOfStory(id));
  } finally {
    await a.close();
    await b.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});
