import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine/engine.js';
import { CrosscheckError, isCrosscheckError } from '../src/errors.js';
import { ingestInputs } from '../src/ingest/ingest.js';
import { newArticle, type ArticleDoc } from '../src/model/article.js';
import { AnalysisPool, fromWire, toWire } from '../src/engine/analysis-pool.js';
import { WORKER_FAULT_ENV, workerFault } from '../src/engine/worker-fault.js';
import { encodeDoc } from '../src/store/doc-codec.js';
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

/** A pool whose threads carry the test hook (worker-fault.ts): they fail `how` on the input `source`. */
function faultyPool(size: number, how: 'exit' | 'crash' | 'coded', source: string): AnalysisPool {
  process.env[WORKER_FAULT_ENV] = workerFault(how, source);
  try {
    return new AnalysisPool(size);
  } finally {
    // Threads copy the environment when they start: the pool's replacements keep the hook, others never see it.
    delete process.env[WORKER_FAULT_ENV];
  }
}

for (const how of ['exit', 'crash'] as const) {
  test(`a thread that dies in its own code (${how}) on one input: that input fails, coded and named; the batch finishes`, { timeout: 120_000 }, async () => {
    const docs = Array.from({ length: 10 }, (_, i) => doc(i));
    const victim = docs[4]!;
    const pool = faultyPool(2, how, victim.source);
    try {
      const settled = await Promise.allSettled(docs.map((d) => pool.analyseForStore(d)));
      const failed = settled.flatMap((s, i) => (s.status === 'rejected' ? [{ source: docs[i]!.source, error: s.reason as unknown }] : []));
      assert.deepEqual(failed.map((f) => f.source), [victim.source]);
      const error = failed[0]!.error;
      assert.ok(isCrosscheckError(error), String(error));
      assert.equal(error.code, 'CC_WORKER_DIED');
      assert.ok(error.message.includes(victim.source), error.message);
      // The reason says how it died: the uncaught error's message, or the exit code.
      assert.match(error.message, how === 'crash' ? /test fault: uncaught error on article-4\.txt/ : /exited with code 70/);
      assert.equal(pool.size, 2);
      // Every other job, including those queued behind the victim on its thread, was answered.
      assert.equal(settled.filter((s) => s.status === 'fulfilled').length, docs.length - 1);
    } finally {
      await pool.close();
    }
  });
}

test('a coded error thrown in a worker thread arrives with its code and arguments', { timeout: 60_000 }, async () => {
  const pool = faultyPool(1, 'coded', 'article-2.txt');
  try {
    await assert.rejects(pool.analyseEncoded(encodeDoc(doc(2)), 'article-2.txt'), (e: unknown) => {
      assert.ok(isCrosscheckError(e), String(e));
      assert.equal(e.code, 'CC_MODEL_INVALID');
      assert.deepEqual(e.args, ['test fault', 'article-2.txt']);
      return true;
    });
    // The thread lives on: an error sent back is not a death.
    assert.equal((await pool.analyseForStore(doc(3))).doc.source, 'article-3.txt');
  } finally {
    await pool.close();
  }
});

test('closing the pool with jobs unanswered fails them instead of leaving them pending', { timeout: 60_000 }, async () => {
  const pool = new AnalysisPool(1);
  const jobs = Promise.allSettled(Array.from({ length: 4 }, (_, i) => pool.analyseForStore(doc(i))));
  await pool.close();
  for (const s of await jobs) {
    assert.equal(s.status, 'rejected');
    assert.ok(isCrosscheckError(s.reason) && s.reason.code === 'CC_WORKER_DIED', String(s.reason));
  }
});

test('engine: a worker thread dies mid-batch; every other article is stored, the failed one is reported, a re-run stores it', { timeout: 300_000 }, async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cc-pool-'));
  const dir = join(tmp, 'articles');
  mkdirSync(dir);
  try {
    // More articles than the engine analyses in-process before it starts its pool (64); the
    // victim comes after that, so a pool thread analyses it.
    const total = 90;
    for (let n = 0; n < total; n++) writeFileSync(join(dir, `article-${String(n).padStart(3, '0')}.txt`), articleText(n));
    const victim = join(dir, 'article-075.txt');
    const repo = new SqliteRepository(join(tmp, 'x.db'));
    try {
      process.env[WORKER_FAULT_ENV] = workerFault('exit', victim);
      let first: Awaited<ReturnType<Engine['ingest']>>;
      try {
        first = await (await Engine.open(repo)).ingest(ingestInputs([dir], {}), () => {}, { workers: 2 });
      } finally {
        delete process.env[WORKER_FAULT_ENV];
      }
      assert.equal(first.errors.length, 1, JSON.stringify(first.errors));
      const [failure] = first.errors as [{ input: string; code: string; message: string }];
      assert.equal(failure.code, 'CC_WORKER_DIED');
      assert.equal(failure.input, victim);
      assert.ok(failure.message.includes(victim), failure.message);
      assert.equal(first.stored, total - 1);
      assert.equal((await repo.counts()).articles, total - 1);

      const second = await (await Engine.open(repo)).ingest(ingestInputs([dir], {}), () => {}, { workers: 2 });
      assert.deepEqual(second.errors, []);
      assert.equal(second.stored, 1);
      assert.equal(second.unchanged, total - 1);
      assert.equal((await repo.counts()).articles, total);
    } finally {
      await repo.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
