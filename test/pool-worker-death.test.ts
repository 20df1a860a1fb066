import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine.js';
import { CrosscheckError, isCrosscheckError } from '../src/errors.js';
import { ingestInputs } from '../src/ingest/ingest.js';
import { newArticle, type ArticleDoc } from '../src/model/article.js';
import { AnalysisPool, fromWire, toWire } from '../src/nlp/analysis-pool.js';
import { SqliteRepository } from '../src/store/sqlite-repository.js';

/** A short fictional article, different for every n (its own town, figures and people). */
function articleText(n: number): string {
  const town = `Varnholt${String.fromCharCode(65 + (n % 26))}${n}`;
  return [
    `Council of ${town} approves new bridge`,
    '',
    `The council of ${town} voted on Tuesday to build a footbridge over the river, mayor Ada Quill${n} said.`,
    '',
    `The bridge will cost ${n + 3} million crowns and open in ${2030 + (n % 7)}, according to the council.`,
    '',
    `"We have waited ${n + 10} years for this," said resident Bo Tarrant${n}.`,
  ].join('\n');
}

function doc(n: number): ArticleDoc {
  const text = articleText(n);
  return newArticle({
    id: `a-${n}`,
    source: `article-${n}.txt`,
    contentHash: `hash-${n}`,
    text,
    meta: { url: null, outlet: null, title: null, author: null, published: null },
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
  });
}

test('a worker killed mid-batch: only the job it was running fails, naming its input; the queued ones and the other worker go on', async () => {
  const pool = new AnalysisPool(2);
  try {
    const docs = Array.from({ length: 12 }, (_, i) => doc(i));
    const jobs = docs.map((d) => pool.analyseForStore(d));
    await pool.terminateWorker(0);
    const settled = await Promise.allSettled(jobs);
    const failed = settled.flatMap((s, i) => (s.status === 'rejected' ? [{ doc: docs[i]!, error: s.reason as unknown }] : []));
    assert.equal(failed.length, 1, 'exactly the running job of the killed thread fails');
    const [{ doc: victim, error }] = failed as [{ doc: ArticleDoc; error: unknown }];
    assert.ok(isCrosscheckError(error), String(error));
    assert.equal(error.code, 'CC_WORKER_DIED');
    assert.match(error.message, new RegExp(victim.source.replace('.', '\\.')));
    for (const s of settled) if (s.status === 'fulfilled') assert.ok(s.value.doc.encoded.length > 0);
    // The slot holds a working thread again, and the failed input goes through on a retry.
    assert.equal(pool.size, 2);
    const again = await pool.analyseForStore(victim);
    assert.equal(again.doc.id, victim.id);
  } finally {
    await pool.close();
  }
});

test("a worker's coded error keeps its code, arguments and message on the way back; a plain error stays plain", () => {
  const coded = fromWire(toWire(new CrosscheckError('CC_MODEL_INVALID', ['ner', 'bad magic'])));
  assert.ok(isCrosscheckError(coded));
  assert.equal(coded.code, 'CC_MODEL_INVALID');
  assert.equal(coded.message, 'model file cannot be loaded (ner): bad magic');
  const plain = fromWire(toWire(new TypeError('x is undefined')));
  assert.equal(isCrosscheckError(plain), false);
  assert.equal(plain.message, 'x is undefined');
});

test('engine: kill a worker thread mid-batch; every other article is stored, the failed one is reported, a re-run stores it', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cc-pool-'));
  const dir = join(tmp, 'articles');
  mkdirSync(dir);
  const original = AnalysisPool.prototype.analyseForStore;
  try {
    // More articles than the engine analyses in-process before it starts its pool (64).
    const total = 90;
    for (let n = 0; n < total; n++) writeFileSync(join(dir, `article-${String(n).padStart(3, '0')}.txt`), articleText(n));
    let calls = 0;
    AnalysisPool.prototype.analyseForStore = function (this: AnalysisPool, d: ArticleDoc) {
      const result = original.call(this, d);
      if (++calls === 6) void this.terminateWorker(0);
      return result;
    };
    const repo = new SqliteRepository(join(tmp, 'x.db'));
    try {
      const first = await (await Engine.open(repo)).ingest(ingestInputs([dir], {}), () => {}, { workers: 2 });
      assert.ok(calls >= 6, 'the batch ran on the pool');
      assert.equal(first.errors.length, 1, JSON.stringify(first.errors));
      const [failure] = first.errors as [{ input: string; code: string; message: string }];
      assert.equal(failure.code, 'CC_WORKER_DIED');
      assert.ok(failure.message.includes(failure.input), failure.message);
      assert.equal(first.stored, total - 1);
      assert.equal((await repo.counts()).articles, total - 1);

      AnalysisPool.prototype.analyseForStore = original;
      const second = await (await Engine.open(repo)).ingest(ingestInputs([dir], {}), () => {}, { workers: 2 });
      assert.deepEqual(second.errors, []);
      assert.equal(second.stored, 1);
      assert.equal(second.unchanged, total - 1);
      assert.equal((await repo.counts()).articles, total);
    } finally {
      await repo.close();
    }
  } finally {
    AnalysisPool.prototype.analyseForStore = original;
    rmSync(tmp, { recursive: true, force: true });
  }
});
