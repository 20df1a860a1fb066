import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { docFromText } from '../../src/ingest/ingest.js';
import type { IngestItem } from '../../src/ingest/ingest-item.js';
import { clusterItemOf } from '../../src/cluster/item-from-doc.js';
import { StoryClusterer } from '../../src/cluster/story-clusterer.js';
import type { ClusterItem } from '../../src/cluster/types.js';
import { AnalysisPool } from '../../src/engine/analysis-pool.js';
import { openRepository } from '../../src/store/open-repository.js';
import { loadBaseDocs } from './base-docs.js';
import { seededRandom as rng } from '../../src/util/random.js';
import { buildStream, streamDocs, type StreamDoc } from './stream.js';

export type Measurement = Record<string, number | string>;

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function* items(docs: Iterable<StreamDoc>): Generator<IngestItem> {
  for (const d of docs) {
    const doc = docFromText(d.text, { source: `bench#${d.id}`, id: d.id, published: d.published, outlet: `Outlet ${d.id.length % 17}` });
    yield { kind: 'article', doc, raw: d.text };
  }
}

/** Ingest + full analysis + clustering + storage of `docs` into a fresh SQLite file. */
async function pipeline(docs: Iterable<StreamDoc>): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-'));
  const file = join(dir, 'bench.db');
  const repo = await openRepository(file);
  const t0 = performance.now();
  // CPU time of the whole process (main and worker threads): steadier than wall time on a shared machine.
  const cpu0 = process.cpuUsage();
  const engine = await Engine.open(repo);
  const report = await engine.ingest(items(docs), () => {}, { workers: availableParallelism() });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const counts = await repo.counts();
  await repo.close();
  const dbBytes = [file, file + '-wal'].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
  rmSync(dir, { recursive: true, force: true });
  return {
    articles: report.stored,
    stories: counts.stories,
    seconds: +seconds.toFixed(1),
    articlesPerSecond: Math.round(report.stored / seconds),
    cpuSeconds: +cpuSeconds.toFixed(1),
    articlesPerCpuSecond: +(report.stored / cpuSeconds).toFixed(1),
    peakRssMb: peakMb(),
    dbMb: +(dbBytes / 1048576).toFixed(1),
  };
}

/** Cluster items for `size` articles: base documents analysed once, replicated with swapped names and shifted dates. */
async function clusterItems(dataDir: string, size: number): Promise<ClusterItem[]> {
  const base = buildStream(loadBaseDocs(dataDir), Math.min(size, 4000));
  const pool = new AnalysisPool(availableParallelism());
  const analysed = await Promise.all(base.map((d) => pool.analyse(docFromText(d.text, { source: d.id, id: d.id, published: d.published }))));
  await pool.close();
  const baseItems = analysed.map(clusterItemOf);
  const rand = rng(7);
  const out: ClusterItem[] = [];
  for (let i = 0; i < size; i++) {
    const b = baseItems[i % baseItems.length]!;
    const replica = Math.floor(i / baseItems.length);
    if (replica === 0) {
      out.push(b);
      continue;
    }
    const other = baseItems[Math.floor(rand() * baseItems.length)]!;
    const day = Date.parse((b.published ?? '2030-01-01').slice(0, 10)) + replica * 21 * 86_400_000;
    out.push({ ...b, id: `${b.id}~${replica}`, published: new Date(day).toISOString().slice(0, 10), entities: [...b.entities.slice(0, b.entities.length >> 1), ...other.entities.slice(0, 3)] });
  }
  return out.sort((a, b) => ((a.published ?? '') < (b.published ?? '') ? -1 : 1));
}

async function clusterOnly(dataDir: string, size: number): Promise<Measurement> {
  const list = await clusterItems(dataDir, size);
  const clusterer = new StoryClusterer();
  const stories = new Set<string>();
  // CPU time too (includes JIT and GC helper threads): on a shared machine the wall clock also measures the others.
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const item of list) stories.add(clusterer.add(item).storyId);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    articles: list.length,
    stories: stories.size,
    seconds: +seconds.toFixed(2),
    articlesPerSecond: Math.round(list.length / seconds),
    cpuSeconds: +cpuSeconds.toFixed(2),
    articlesPerCpuSecond: Math.round(list.length / cpuSeconds),
    peakRssMb: peakMb(),
  };
}

export async function measure(kind: string, size: number, dataDir: string, db?: string): Promise<Measurement> {
  switch (kind) {
    case 'html': {
      const { benchHtml } = await import('./bench-html.js');
      const r = await benchHtml(join(dataDir, 'extraction-benchmark'));
      return { pages: r.pages, pagesPerSecond: +r.pagesPerSecond.toFixed(1), peakRssMb: peakMb() };
    }
    case 'ecbplus': {
      const docs = readFileSync(join(dataDir, 'ecbplus/ecbplus.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; text: string })
        .map((j) => ({ id: j.id, text: j.text, published: '' }));
      return pipeline(docs.map((d) => ({ ...d, published: null as unknown as string })));
    }
    case 'pipeline':
      // Texts made as the engine reaches them: the peak memory is the engine's, not the stream's.
      return pipeline(streamDocs(loadBaseDocs(dataDir), size));
    case 'cluster':
      return clusterOnly(dataDir, size);
    case 'story': {
      // One replica story rebuilt at 10, 100 and 400 articles: CPU ms per article, claims step's share.
      const { storyRebuildMeasurement } = await import('./story-rebuild.js');
      return storyRebuildMeasurement(dataDir);
    }
    case 'workers': {
      // `size` is the number of worker processes; the queue needs a PostgreSQL server (--db).
      if (!db) throw new Error('the workers measurement needs --db postgres://…');
      const { queueWorkers } = await import('./queue-workers.js');
      return queueWorkers(dataDir, size, db);
    }
    default:
      throw new Error(`unknown measurement ${kind}`);
  }
}
