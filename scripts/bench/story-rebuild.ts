/**
 * One story's rebuild cost by its size, shared by `bench/story-size` (all steps, many sizes) and
 * `npm run bench` (kind `story`: ms per article at 10, 100 and 400 articles, and the claims step's share).
 *
 * A story is one base document and its bench-stream replicas (`buildStream`: shuffled lines,
 * swapped names, dates 21 days apart), which is what the bench stream's long replica chains look
 * like; each document is analysed once and reused by every round. Times are CPU time of this
 * thread, minimum of rounds: the machine is shared, and min-of-rounds removes most noise.
 * The rebuild is `buildStory` on analysed documents (the stored form's decode and the save that
 * the engine adds around it are not included).
 */
import { availableParallelism } from 'node:os';
import { analyseDoc } from '../../src/nlp/pipeline.js';
import { AnalysisPool } from '../../src/engine/analysis-pool.js';
import { docFromText } from '../../src/ingest/ingest.js';
import type { ArticleDoc } from '../../src/model/article.js';
import { buildStory, storySteps } from '../../src/analyze/build-story.js';
import type { StoryStep } from '../../src/analyze/story-step.js';
import { loadBaseDocs, type BaseDoc } from './base-docs.js';
import { buildStream } from './stream.js';

/** The named base document, else the first PolNeAR article of 3–6 KB (quotes and attributions, typical length). */
export function pickBase(docs: BaseDoc[], id: string | null): BaseDoc {
  const found = id === null ? docs.find((d) => d.id.startsWith('pn-') && d.text.length >= 3000 && d.text.length <= 6000) : docs.find((d) => d.id === id);
  if (!found) throw new Error(`no base document ${id ?? '(PolNeAR 3–6 KB)'}`);
  return found;
}

const unanalysed = (base: BaseDoc, n: number): ArticleDoc[] =>
  buildStream([base], n).map((d, i) => docFromText(d.text, { source: `bench#${d.id}`, id: d.id, published: d.published, outlet: `Outlet ${i % 17}` }));

/** The replica story of `n` articles, analysed on this thread. */
export function replicaStory(base: BaseDoc, n: number): ArticleDoc[] {
  return unanalysed(base, n).map((d) => analyseDoc(d));
}

/** The same story analysed on a worker pool (one worker per core): the same documents, faster. */
export async function replicaStoryPooled(base: BaseDoc, n: number): Promise<ArticleDoc[]> {
  const pool = new AnalysisPool(availableParallelism());
  try {
    return await Promise.all(unanalysed(base, n).map((d) => pool.analyse(d)));
  } finally {
    await pool.close();
  }
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU ms of each step in one build (each step timed alone, in pipeline order). */
export function timedBuild(docs: readonly ArticleDoc[]): Map<string, number> {
  const times = new Map<string, number>();
  const timed: StoryStep[] = storySteps.map((s) => ({
    ...s,
    run(input, story) {
      const t = cpuMs();
      const part = s.run(input, story);
      times.set(s.name, (times.get(s.name) ?? 0) + cpuMs() - t);
      return part;
    },
  }));
  buildStory('bench-story', docs, timed);
  return times;
}

export interface RebuildRow {
  articles: number;
  /** Best CPU ms per step over the rounds. */
  steps: Map<string, number>;
  totalMs: number;
  msPerArticle: number;
}

/** Per-step CPU ms (min of `rounds`) of rebuilding the first n documents, for each n of `sizes`. */
export function rebuildRow(docs: readonly ArticleDoc[], n: number, rounds: number): RebuildRow {
  const story = docs.slice(0, n);
  const best = new Map<string, number>();
  for (let r = 0; r < rounds; r++) for (const [name, ms] of timedBuild(story)) best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, ms));
  const totalMs = [...best.values()].reduce((a, b) => a + b, 0);
  return { articles: n, steps: best, totalMs, msPerArticle: totalMs / n };
}

/**
 * The bench's figures: ms per article of a story rebuild at each size, and the claims step's share
 * of it (keys `msPerArticle@N`, `claimsShare@N`). One warm-up build first (models, word lists, JIT),
 * then the minimum of `rounds` builds per size.
 */
export async function storyRebuildMeasurement(dataDir: string, sizes = [10, 100, 400], rounds = 2): Promise<Record<string, number | string>> {
  const base = pickBase(loadBaseDocs(dataDir), null);
  const docs = await replicaStoryPooled(base, Math.max(...sizes));
  timedBuild(docs.slice(0, Math.min(...sizes)));
  const out: Record<string, number | string> = {};
  for (const n of sizes) {
    const row = rebuildRow(docs, n, rounds);
    out[`msPerArticle@${n}`] = +row.msPerArticle.toFixed(2);
    out[`claimsShare@${n}`] = `${Math.round((100 * (row.steps.get('claims') ?? 0)) / row.totalMs)}%`;
  }
  out.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return out;
}
