import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { itemFeatures } from '../../cluster/item-features.js';
import { clusterItemOf } from '../../cluster/item-from-doc.js';
import { StoryClusterer, type ClusterSettings } from '../../cluster/story-clusterer.js';
import type { ClusterDecision, ClusterItem } from '../../cluster/types.js';
import { createError } from '../../errors.js';
import { newArticle, type ArticleDoc, type Block } from '../../model/article.js';
import { analyseDoc } from '../../nlp/pipeline.js';
import { clusterScores } from '../bcubed.js';
import { formatPRF } from '../prf.js';
import type { EvalReport, EvalTask } from '../task.js';
import { seededRandom, shuffledWith } from '../../util/random.js';

/** One line of the ECB+ JSON lines file. `cluster` is the gold label, read only by the scorer. */
interface LabelledLine {
  id: string;
  text: string;
  cluster: string;
}

export const STREAM_SEED = 20140526;
/**
 * The fixed stream orders of the order check: the eval order and nine more. An online
 * clusterer's result depends on arrival order; the report gives its minimum, median and maximum.
 */
export const ORDER_SEEDS: readonly number[] = [STREAM_SEED, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** BCubed and pairwise F1 of the stream in each fixed order (ORDER_SEEDS: seeded shuffles of `items` as given, the file order). */
export function orderScores(
  items: readonly ClusterItem[],
  gold: ReadonlyMap<string, string>,
  settings: Partial<ClusterSettings> = {},
): { bcubed: number[]; pairwise: number[] } {
  const bcubed: number[] = [];
  const pairwise: number[] = [];
  for (const seed of ORDER_SEEDS) {
    const s = clusterScores(clusterStream(shuffled(items, seed), settings).stories, gold);
    bcubed.push(s.bcubed.f1);
    pairwise.push(s.pairwise.f1);
  }
  return { bcubed, pairwise };
}

/** Minimum, median and maximum of a non-empty list. */
export function spread(xs: readonly number[]): { min: number; median: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { min: s[0]!, median, max: s[s.length - 1]! };
}

/** A document per line: one 'paragraph' block per text line, no metadata. */
export function docFromText(id: string, text: string, source: string): ArticleDoc {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph', start, end: start + line.length });
    start += line.length + 1;
  }
  const doc = newArticle({
    id,
    source,
    contentHash: createHash('sha256').update(text).digest('hex'),
    text,
    meta: { url: null, outlet: null, title: null, author: null, published: null },
    blocks,
  });
  return doc;
}

/**
 * Analyse with the full document pipeline. A step that throws is another step's bug, not a
 * clustering one: the document keeps what it had and the failure is counted in the report.
 */
export function analysed(doc: ArticleDoc, failures: string[]): ArticleDoc {
  try {
    return analyseDoc(doc);
  } catch {
    failures.push(doc.id);
    return doc;
  }
}

export function readLabelled(path: string): LabelledLine[] {
  if (!existsSync(path)) throw createError('CC_DATA_MISSING', path);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledLine);
}

/** The stream order: a seeded shuffle, so every run sees the same stream. */
export function shuffled<T>(xs: readonly T[], seed = STREAM_SEED): T[] {
  return shuffledWith(xs, seededRandom(seed));
}

/** Cluster a stream; returns article → final story id (merges applied) and the clustering time. */
export function clusterStream(
  items: readonly ClusterItem[],
  settings: Partial<ClusterSettings> = {},
): { stories: Map<string, string>; seconds: number; cpuSeconds: number; decisions: ClusterDecision[] } {
  const clusterer = new StoryClusterer(settings);
  const decisions: ClusterDecision[] = [];
  // CPU time as well as wall clock: on a shared, loaded machine the wall clock mostly measures the other processes.
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const item of items) decisions.push(clusterer.add(item));
  // The end of the stream: loners are scored again (StoryClusterer.settle).
  const settled = clusterer.settle();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { stories: settledStories(finalStories(items, decisions), settled), seconds, cpuSeconds, decisions };
}

/**
 * Article → final story, replaying the decisions as a store applies them: each article goes to
 * its story, merged stories hand all their articles to the survivor, moved articles change story.
 */
export function finalStories(items: readonly ClusterItem[], decisions: readonly ClusterDecision[]): Map<string, string> {
  const story = new Map<string, string>();
  const members = new Map<string, Set<string>>();
  const put = (article: string, to: string) => {
    const from = story.get(article);
    if (from !== undefined) members.get(from)?.delete(article);
    story.set(article, to);
    let set = members.get(to);
    if (!set) members.set(to, (set = new Set()));
    set.add(article);
  };
  decisions.forEach((d, i) => {
    for (const gone of d.merged) for (const a of [...(members.get(gone) ?? [])]) put(a, d.storyId);
    for (const move of d.moved) for (const a of move.articleIds) put(a, move.into);
    put(items[i]!.id, d.storyId);
  });
  return story;
}

/** The final stories after the end-of-stream merges (`settle`), applied in order. */
export function settledStories(stories: Map<string, string>, merges: readonly { from: string; into: string }[]): Map<string, string> {
  for (const { from, into } of merges) for (const [a, s] of stories) if (s === from) stories.set(a, into);
  return stories;
}

/**
 * CPU microseconds per article of the text work that `clusterItemOf` does next to the analysis
 * (feature counts and MinHash), measured again on its own, so the report shows what moved out
 * of `add` and was not made to disappear.
 */
export function featureMicros(items: readonly ClusterItem[]): number {
  const cpu0 = process.cpuUsage();
  for (const item of items) itemFeatures(item);
  const cpu = process.cpuUsage(cpu0);
  return items.length ? (cpu.user + cpu.system) / items.length : 0;
}

/**
 * Speed as a long-running engine sees it: the stream replayed `copies` times with new ids, each
 * copy 3 weeks after the previous one (so copies form new stories instead of duplicates), on
 * one clusterer. The first pass over 982 articles is dominated by JIT warm-up (whose background
 * compile threads count in CPU time); this is not.
 */
export function steadyState(items: readonly ClusterItem[], copies = 10): { articles: number; perCpuSecond: number } {
  const replay: ClusterItem[] = [];
  const start = Date.UTC(2020, 0, 1);
  for (let c = 0; c < copies; c++) {
    items.forEach((item, i) => {
      const day = start + (c * 21 + Math.floor(i / 100)) * 86_400_000;
      replay.push({ ...item, id: `${item.id}#${c}`, published: new Date(day).toISOString().slice(0, 10) });
    });
  }
  const { cpuSeconds } = clusterStream(replay);
  return { articles: replay.length, perCpuSecond: cpuSeconds > 0 ? replay.length / cpuSeconds : 0 };
}

export const clusterTask: EvalTask = {
  name: 'cluster',
  describe: 'story clustering of a shuffled ECB+ stream: BCubed and pairwise P/R/F1 (also min/median/max over 10 orders), articles/s',
  defaultPath: 'ecbplus/ecbplus.jsonl',
  async run(path: string): Promise<EvalReport> {
    const lines = readLabelled(path);
    const failures: string[] = [];
    // Analysed in file order; every stream order is a seeded shuffle of that (the eval order first).
    const fileOrder = lines.map((l) => clusterItemOf(analysed(docFromText(l.id, l.text, `${path}#${l.id}`), failures)));
    const items = shuffled(fileOrder);
    const { stories, seconds, cpuSeconds } = clusterStream(items);
    const featureUs = featureMicros(items);
    const steady = steadyState(items);
    const gold = new Map(lines.map((l) => [l.id, l.cluster]));
    const { bcubed, pairwise } = clusterScores(stories, gold);
    // The same analysed items in ORDER_SEEDS orders (the first is the stream above).
    const orders = orderScores(fileOrder, gold);
    const ob = spread(orders.bcubed);
    const op = spread(orders.pairwise);
    const perSecond = seconds > 0 ? items.length / seconds : 0;
    const perCpuSecond = cpuSeconds > 0 ? items.length / cpuSeconds : 0;
    const storyCount = new Set(stories.values()).size;
    return {
      task: 'cluster',
      metrics: {
        articles: items.length,
        stories: storyCount,
        'bcubed.precision': bcubed.precision,
        'bcubed.recall': bcubed.recall,
        'bcubed.f1': bcubed.f1,
        'pairwise.precision': pairwise.precision,
        'pairwise.recall': pairwise.recall,
        'pairwise.f1': pairwise.f1,
        'orders.bcubed.f1.min': ob.min,
        'orders.bcubed.f1.median': ob.median,
        'orders.bcubed.f1.max': ob.max,
        'orders.pairwise.f1.min': op.min,
        'orders.pairwise.f1.median': op.median,
        articlesPerSecond: perSecond,
        articlesPerCpuSecond: perCpuSecond,
        steadyArticlesPerCpuSecond: steady.perCpuSecond,
        featureMicrosPerArticle: featureUs,
      },
      lines: [
        `${items.length} articles, ${new Set(gold.values()).size} gold stories, ${storyCount} predicted`,
        formatPRF('BCubed', bcubed),
        formatPRF('pairwise', pairwise),
        `over ${ORDER_SEEDS.length} stream orders: BCubed F1 min ${ob.min.toFixed(3)} / median ${ob.median.toFixed(3)} / max ${ob.max.toFixed(3)}; pairwise F1 min ${op.min.toFixed(3)} / median ${op.median.toFixed(3)} / max ${op.max.toFixed(3)}`,
        `clustering alone, this stream (cold code): ${perSecond.toFixed(0)} articles/s wall clock, ${perCpuSecond.toFixed(0)} per CPU second`,
        `steady state (stream replayed ${steady.articles / items.length}×, new ids, 3 weeks apart): ${steady.perCpuSecond.toFixed(0)} per CPU second (${(1e6 / steady.perCpuSecond).toFixed(0)} µs per article)`,
        `feature extraction (in clusterItemOf, with the analysis): ${featureUs.toFixed(0)} µs CPU per article`,
        ...(failures.length ? [`analysis failed on ${failures.length} documents (clustered on their text alone): ${failures.slice(0, 5).join(', ')}`] : []),
      ],
    };
  },
};
