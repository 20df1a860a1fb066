/**
 * What queue mode costs the main threads per article, the old way and the new (docs/performance.md,
 * "Queue mode"): the analysing worker's main thread (AnalyseJobs) and the one serial thread that
 * clusters and stores (Sequencer), measured on the same ECB+ rows in one process, twice each,
 * alternating (the second round counts: the first warms the JIT).
 *   node dist/scripts/bench/queue-row.js [--data ../shared/data] [--docs 200]
 * - old: the row is decoded here, cloned to a thread as a document graph and back, encoded here;
 *   the sequencer decodes it again (re-tokenising) and makes the stored form and clustering item.
 * - new: the row goes to the thread as a string and comes back in the analysed-codec layout; the
 *   sequencer parses its header.
 * Main-thread time of the analysing side is its event-loop active time (waiting on the thread is
 * idle); the sequencer's part is synchronous, timed directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ingestJsonLines } from '../../src/ingest/ingest-jsonl.js';
import { decodeAnalysed } from '../../src/engine/analysed-codec.js';
import { AnalysisPool, analysedForStore } from '../../src/engine/analysis-pool.js';
import { decodeDoc, encodeDoc } from '../../src/store/doc-codec.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, docs: { type: 'string' } } });
const dataDir = values.data ?? '../shared/data';
const lines = readFileSync(join(dataDir, 'ecbplus/ecbplus.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).slice(0, Number(values.docs ?? 200));
const queued: { row: string; source: string }[] = [];
for (const item of ingestJsonLines(lines.join('\n'), { source: 'ecbplus.jsonl', url: null, charset: null }))
  if (item.kind === 'article') queued.push({ row: encodeDoc(item.doc), source: item.doc.source });

const pool = new AnalysisPool(1);

/** Main-thread active ms per row while `analyse` runs on every row (all posted at once, as a busy worker would). */
async function analysingSide(analyse: (q: { row: string; source: string }) => Promise<string>): Promise<{ ms: number; rows: string[] }> {
  const e0 = performance.eventLoopUtilization();
  const rows = await Promise.all(queued.map(analyse));
  return { ms: performance.eventLoopUtilization(e0).active / rows.length, rows };
}

function sequencerSide(rows: string[], prepare: (row: string) => unknown): number {
  const t0 = performance.now();
  for (const row of rows) prepare(row);
  return (performance.now() - t0) / rows.length;
}

const old = async (q: { row: string; source: string }) => encodeDoc(await pool.analyse(decodeDoc(q.row)));
const fresh = (q: { row: string; source: string }) => pool.analyseEncoded(q.row, q.source);
const results: Record<string, string | number> = { rows: queued.length };
for (let round = 1; round <= 2; round++) {
  const a = await analysingSide(old);
  const b = await analysingSide(fresh);
  const sa = sequencerSide(a.rows, (r) => analysedForStore(decodeDoc(r)));
  const sb = sequencerSide(b.rows, decodeAnalysed);
  if (round === 2)
    Object.assign(results, {
      'analysing main ms/row old': +a.ms.toFixed(2),
      'analysing main ms/row new': +b.ms.toFixed(2),
      'sequencer ms/row old': +sa.toFixed(2),
      'sequencer ms/row new': +sb.toFixed(2),
      'row KB old': +(a.rows.reduce((n, r) => n + r.length, 0) / a.rows.length / 1024).toFixed(1),
      'row KB new': +(b.rows.reduce((n, r) => n + r.length, 0) / b.rows.length / 1024).toFixed(1),
    });
}
await pool.close();
console.log(Object.entries(results).map(([k, v]) => `${k} ${v}`).join('\n'));
