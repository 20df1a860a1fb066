/**
 * Main-thread cost of the full pipeline by phase, per window of the stream, to see what grows
 * faster than the stream (a phase whose per-article cost rises with the window number).
 *   node dist/scripts/bench/phases.js [--size 6000] [--window 1000] [--data ../shared/data] [--db file]
 * Timers wrap the engine's clusterer and the repository (no engine change needed); the event-loop
 * utilisation of the main thread per window says whether it or the workers are the limit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Engine } from '../../src/engine/engine.js';
import { AnalysisPool, type WorkerHeap } from '../../src/engine/analysis-pool.js';
import { docFromText } from '../../src/ingest/ingest.js';
import type { IngestItem } from '../../src/ingest/ingest-item.js';
import type { StoryClusterer } from '../../src/cluster/story-clusterer.js';
import { openRepository } from '../../src/store/open-repository.js';
import type { StoreWrite } from '../../src/store/repository.js';
import { loadBaseDocs } from './base-docs.js';
import { streamDocs } from './stream.js';

const { values } = parseArgs({ options: { size: { type: 'string' }, window: { type: 'string' }, data: { type: 'string' }, db: { type: 'string' } } });
const size = Number(values.size ?? 6000);
const windowSize = Number(values.window ?? 1000);
const docs = streamDocs(loadBaseDocs(values.data ?? '../shared/data'), size);

const dir = mkdtempSync(join(tmpdir(), 'cc-phases-'));
const repo = await openRepository(values.db ?? join(dir, 'phases.db'));
const engine = await Engine.open(repo);

interface Window { add: number; save: number; find: number; merges: number; moves: number; mergedRows: number; cpu: number }
const fresh = (): Window => ({ add: 0, save: 0, find: 0, merges: 0, moves: 0, mergedRows: 0, cpu: 0 });
let w = fresh();

// The engine keeps its clusterer private; the bench reaches it to time `add` without changing the engine.
const clusterer = (engine as unknown as { clusterer: StoryClusterer }).clusterer;
const add = clusterer.add.bind(clusterer);
clusterer.add = (item) => {
  const t = performance.now();
  const d = add(item);
  w.add += performance.now() - t;
  w.merges += d.merged.length;
  w.moves += d.moved.length;
  return d;
};
const saveBatch = repo.saveBatch.bind(repo);
repo.saveBatch = async (writes: readonly StoreWrite[]) => {
  const t = performance.now();
  await saveBatch(writes);
  w.save += performance.now() - t;
};
const findByHash = repo.findByHash.bind(repo);
repo.findByHash = async (h: string) => {
  const t = performance.now();
  const r = await findByHash(h);
  w.find += performance.now() - t;
  return r;
};

// The workers' heaps, sampled once a window (a job queued behind the analyses, so a window shows
// the figures asked for at the end of the one before): RSS alone does not say which thread grows.
let livePool: AnalysisPool | null = null;
let heaps: WorkerHeap[] = [];
const analyseForStore = AnalysisPool.prototype.analyseForStore;
AnalysisPool.prototype.analyseForStore = function (this: AnalysisPool, doc) {
  livePool = this;
  return analyseForStore.call(this, doc);
};
const mb = (bytes: number) => Math.round(bytes / 1048576);

function* items(): Generator<IngestItem> {
  for (const d of docs) yield { kind: 'article', doc: docFromText(d.text, { source: `bench#${d.id}`, id: d.id, published: d.published, outlet: `Outlet ${d.id.length % 17}` }), raw: d.text };
}

// The end-of-run story rebuilds timed on their own (wall and process CPU, all threads), since the
// tail after the last window also holds the articles stored after it.
// RSS is sampled during the rebuilds: the process peak alone does not say which phase set it.
let rebuild = { wall: 0, cpu: 0, stories: 0, rssBefore: 0, rssMax: 0, peakAfter: 0 };
const refreshStories = engine.refreshStories.bind(engine);
engine.refreshStories = async (pool) => {
  const t = performance.now();
  const c = process.cpuUsage();
  const rssBefore = process.memoryUsage.rss();
  let rssMax = rssBefore;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, process.memoryUsage.rss())), 200);
  const ids = await refreshStories(pool).finally(() => clearInterval(sampler));
  const cpu = process.cpuUsage(c);
  // The process peak so far (kernel-kept, catches spikes between samples), before this script lists the stories.
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  rebuild = { wall: (performance.now() - t) / 1000, cpu: (cpu.user + cpu.system) / 1e6, stories: ids.length, rssBefore, rssMax, peakAfter };
  return ids;
};

let stored = 0;
let t0 = performance.now();
let elu0 = performance.eventLoopUtilization();
let cpu0 = process.cpuUsage();
const start = performance.now();
console.log('window      wall s  cores  mainELU  add ms/a  save ms/a  find ms/a  merges  moves  load  rss MB  heap MB  worker heaps MB');
const report = await engine.ingest(
  items(),
  (e) => {
    if (e.kind !== 'stored' || ++stored % windowSize !== 0) return;
    const wall = (performance.now() - t0) / 1000;
    const elu = performance.eventLoopUtilization(elu0);
    const cpu = process.cpuUsage(cpu0);
    const per = (ms: number) => (ms / windowSize).toFixed(2).padStart(9);
    console.log(
      `${String(stored).padStart(6)}  ${wall.toFixed(1).padStart(9)}  ${((cpu.user + cpu.system) / 1e6 / wall).toFixed(2).padStart(5)}  ${elu.utilization.toFixed(2).padStart(7)} ${per(w.add)} ${per(w.save)}  ${per(w.find)}  ${String(w.merges).padStart(6)} ${String(w.moves).padStart(6)}  ${loadavg()[0]!.toFixed(1).padStart(4)}  ${String(Math.round(process.memoryUsage.rss() / 1048576)).padStart(6)}  ${String(Math.round(process.memoryUsage().heapUsed / 1048576)).padStart(7)}  ${heaps.map((h) => `${mb(h.heapUsed)}/${mb(h.heapTotal)}+${mb(h.external)}`).join(' ')}`,
    );
    void livePool?.heaps().then((h) => (heaps = h));
    w = fresh();
    t0 = performance.now();
    elu0 = performance.eventLoopUtilization();
    cpu0 = process.cpuUsage();
  },
  { workers: availableParallelism() },
);
const refresh = (performance.now() - t0) / 1000;
const total = (performance.now() - start) / 1000;
// Rebuild cost grows with story size, so the size distribution tells whether replicas pile into old stories.
const sizes = (await repo.listStories({ sort: 'size', limit: 1_000_000 })).map((s) => s.articleCount);
const sq = sizes.reduce((n, x) => n + x * x, 0);
console.log(`after the last window (tail + story rebuilds): ${refresh.toFixed(1)} s; stories ${sizes.length}, largest ${sizes.slice(0, 5).join(',')}, sum of squared sizes ${sq}`);
console.log(`story rebuilds: ${rebuild.stories} stories, ${rebuild.wall.toFixed(1)} s wall, ${rebuild.cpu.toFixed(1)} CPU s (${((rebuild.cpu * 1000) / Math.max(1, rebuild.stories)).toFixed(1)} CPU ms per story), RSS ${Math.round(rebuild.rssBefore / 1048576)} MB at start, ${Math.round(rebuild.rssMax / 1048576)} MB highest, process peak ${Math.round(rebuild.peakAfter / 1048576)} MB, load ${loadavg()[0]!.toFixed(1)}`);
console.log(`stored ${report.stored}, stories updated ${report.storiesUpdated.length}, total ${total.toFixed(1)} s (${(report.stored / total).toFixed(1)}/s), peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
await repo.close();
rmSync(dir, { recursive: true, force: true });
