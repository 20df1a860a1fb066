/**
 * The engine ties the pipeline stages together for one batch of inputs:
 * ingest → (extract, done by ingest) → nlp → cluster → store → analyze (dirty stories only).
 * It never re-reads the whole store: the clusterer is restored from the fingerprints of a recent
 * time window, and only stories that received articles are rebuilt.
 */
import type { ArticleDoc } from '../model/article.js';
import type { Story } from '../model/dossier.js';
import { CrosscheckError, isCrosscheckError } from '../errors.js';
import { analyseDoc } from '../nlp/pipeline.js';
import { AnalysisPool, analysedForStore, type Analysed } from './analysis-pool.js';
import { buildStory } from '../analyze/build-story.js';
import type { Repository, StoreWrite } from '../store/repository.js';
import type { StoredDoc } from '../store/doc-codec.js';
import { storedStory, type StoredStory } from '../store/summary.js';
import type { IngestItem } from '../ingest/ingest-item.js';
import { StoryClusterer } from '../cluster/story-clusterer.js';
import type { ClusterDecision, ClusterItem } from '../cluster/types.js';

export type { IngestItem };

export type EngineEvent =
  | { kind: 'stored'; id: string; source: string; storyId: string; duplicateOf: string | null }
  | { kind: 'unchanged'; id: string; source: string }
  | { kind: 'merged'; from: string; into: string }
  | { kind: 'error'; input: string; error: CrosscheckError };

export interface IngestRunOptions {
  /** Worker threads for document analysis; 0 analyses on this thread. */
  workers?: number;
  /** Stop taking new items once aborted; items already analysed are still stored, stories refreshed. */
  signal?: AbortSignal;
}

type Prepared = { kind: 'analysed'; doc: StoredDoc; item: ClusterItem; raw: string } | Extract<EngineEvent, { kind: 'error' | 'unchanged' }>;

/** An article clustered and waiting in the current store batch. */
interface Placed {
  doc: StoredDoc;
  decision: ClusterDecision;
  writes: StoreWrite[];
}

/**
 * Articles per store transaction, and the longest an article waits for its batch (a slow input
 * stream still gets stored promptly). A crash loses at most the open batch; re-ingesting redoes it.
 */
const STORE_BATCH = 64;
const STORE_BATCH_MS = 1000;

/**
 * Most articles whose stories are being rebuilt on the pool at once (see refreshStories). A worker
 * rebuilding a 900-article story holds ~300 MB, so a story larger than this is rebuilt alone;
 * typical stories (a few articles) still keep every worker busy.
 */
const REBUILD_ARTICLES_IN_FLIGHT = 250;

/** Worker threads only pay for their start-up (loading models) on batches larger than this. */
const POOL_AFTER = 64;

function asCoded(source: string, e: unknown): CrosscheckError {
  return isCrosscheckError(e) ? e : new CrosscheckError('CC_ANALYSIS_FAILED', [source, e instanceof Error ? e.message : String(e)], { cause: e });
}

function analyseInProcess(doc: ArticleDoc): ArticleDoc {
  try {
    return analyseDoc(doc);
  } catch (e) {
    throw asCoded(doc.source, e);
  }
}

export interface BatchReport {
  stored: number;
  unchanged: number;
  errors: { input: string; code: string; message: string }[];
  storiesUpdated: string[];
}

/** How many days back from the newest stored article the clusterer's memory reaches on start-up. */
export const CLUSTER_WINDOW_DAYS = 30;

export class Engine {
  private constructor(
    readonly repo: Repository,
    private readonly clusterer: StoryClusterer,
    private readonly batchMs: number,
  ) {}

  /**
   * `restore: 'all'` rebuilds the clusterer from every stored fingerprint, in storage order: the
   * state of one process that clustered the whole stream (a queue worker taking over clustering
   * needs exactly that); the default window is cheaper and enough for a restarted batch.
   * `batchMs`: how long a store batch may stay open before it is committed (STORE_BATCH_MS).
   */
  static async open(repo: Repository, opts: { restore?: 'window' | 'all'; batchMs?: number } = {}): Promise<Engine> {
    const clusterer = new StoryClusterer();
    const latest = opts.restore === 'all' ? null : await repo.latestDay();
    clusterer.restore(await repo.fingerprintsSince(latest === null ? null : latest - CLUSTER_WINDOW_DAYS));
    return new Engine(repo, clusterer, opts.batchMs ?? STORE_BATCH_MS);
  }

  /** Analyse, cluster and store one article; returns the cluster decision, or null if already stored. */
  async add(doc: ArticleDoc, raw: string): Promise<ClusterDecision | null> {
    if ((await this.repo.findByHash(doc.contentHash)) !== null) return null;
    return this.store(analysedForStore(analyseInProcess(doc)), raw);
  }

  /**
   * Cluster and store an article analysed elsewhere (a queue worker); null if already stored.
   * Callers must serialise these calls in stream order, as `ingest` does.
   */
  async addAnalysed(doc: ArticleDoc, raw: string): Promise<ClusterDecision | null> {
    if ((await this.repo.findByHash(doc.contentHash)) !== null) return null;
    return this.store(analysedForStore(doc), raw);
  }

  /**
   * Cluster and store an article whose stored form and clustering item were made elsewhere (a
   * queue worker's analysis thread); null if already stored. Serialised in stream order, as `addAnalysed`.
   */
  async addStored(analysed: Analysed, raw: string): Promise<ClusterDecision | null> {
    if ((await this.repo.findByHash(analysed.doc.contentHash)) !== null) return null;
    return this.store(analysed, raw);
  }

  /** Cluster and store an analysed article (serially: clustering decisions depend on order). */
  private async store({ doc: stored, item }: Analysed, raw: string): Promise<ClusterDecision> {
    const placed = this.place(stored, raw, item);
    await this.repo.saveBatch(placed.writes);
    return placed.decision;
  }

  /** Cluster an article and return the writes that store it (its merges first); not yet stored. */
  private place(doc: StoredDoc, raw: string, item: ClusterItem): Placed {
    const decision = this.clusterer.add(item);
    const writes: StoreWrite[] = decision.merged.map((from) => ({ kind: 'merge', from, into: decision.storyId, reason: `bridged by ${doc.id}` }));
    // A story found to hold two events was split: its moved articles follow (after the merges, as the clusterer applied them).
    for (const m of decision.moved) writes.push({ kind: 'move', articleIds: m.articleIds, from: m.from, into: m.into, reason: `split after ${doc.id}` });
    writes.push({
      kind: 'article',
      doc,
      raw,
      // The clusterer's own row: the stored day is the day it clustered on (one dayOf, time-window.ts).
      fingerprint: this.clusterer.fingerprintRow(doc.id) ?? { articleId: doc.id, storyId: decision.storyId, day: null, data: '' },
    });
    return { doc, decision, writes };
  }

  /**
   * Process a stream of ingested items; bad items are reported and the batch goes on.
   * Analysis runs ahead on worker threads (once the batch is large enough to pay for them);
   * clustering and storing happen on this thread in input order, so results do not depend on timing.
   */
  async ingest(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, onEvent: (e: EngineEvent) => void = () => {}, opts: IngestRunOptions = {}): Promise<BatchReport> {
    const report: BatchReport = { stored: 0, unchanged: 0, errors: [], storiesUpdated: [] };
    const workers = opts.workers ?? 0;
    let pool: AnalysisPool | null = null;
    const inBatch = new Set<string>();
    const queue: Promise<Prepared>[] = [];
    let seen = 0;

    // Articles are stored in batches (one transaction each, far cheaper than one per article); their
    // events, and any event queued behind them, are sent once the batch is committed.
    let batch: Placed[] = [];
    let held: EngineEvent[] = [];
    let batchStarted = 0;
    const emit = (e: EngineEvent) => (batch.length === 0 ? onEvent(e) : held.push(e));
    const flush = async () => {
      if (batch.length === 0) return;
      const placed = batch;
      const events = held;
      batch = [];
      held = [];
      const failed = new Map<Placed, CrosscheckError>();
      try {
        await this.repo.saveBatch(placed.flatMap((p) => p.writes));
      } catch {
        // One bad article must not fail its neighbours: retry one by one and report only the failures.
        for (const p of placed)
          await this.repo.saveBatch(p.writes).catch((e: unknown) => failed.set(p, asCoded(p.doc.source, e)));
      }
      let i = 0;
      for (const e of events) {
        if (e.kind !== 'stored') {
          onEvent(e);
          continue;
        }
        const p = placed[i++]!;
        const error = failed.get(p);
        if (error) {
          report.errors.push({ input: p.doc.source, code: error.code, message: error.message });
          onEvent({ kind: 'error', input: p.doc.source, error });
          continue;
        }
        report.stored++;
        for (const from of p.decision.merged) onEvent({ kind: 'merged', from, into: p.decision.storyId });
        onEvent(e);
      }
    };

    const commit = async (p: Prepared) => {
      switch (p.kind) {
        case 'error':
          report.errors.push({ input: p.input, code: p.error.code, message: p.error.message });
          emit(p);
          return;
        case 'unchanged':
          report.unchanged++;
          emit(p);
          return;
        case 'analysed': {
          let placed: Placed;
          try {
            placed = this.place(p.doc, p.raw, p.item);
          } catch (e) {
            await commit({ kind: 'error', input: p.doc.source, error: asCoded(p.doc.source, e) });
            return;
          }
          if (batch.length === 0) batchStarted = performance.now();
          batch.push(placed);
          held.push({ kind: 'stored', id: p.doc.id, source: p.doc.source, storyId: placed.decision.storyId, duplicateOf: placed.decision.duplicateOf });
          if (batch.length >= STORE_BATCH || performance.now() - batchStarted > this.batchMs) await flush();
          return;
        }
      }
    };

    try {
      try {
        for await (const item of items) {
          if (opts.signal?.aborted) break;
          if (item.kind === 'error') queue.push(Promise.resolve(item));
          else if (inBatch.has(item.doc.contentHash) || (await this.repo.findByHash(item.doc.contentHash)) !== null)
            queue.push(Promise.resolve({ kind: 'unchanged', id: item.doc.id, source: item.doc.source }));
          else {
            inBatch.add(item.doc.contentHash);
            if (workers > 0 && pool === null && ++seen > POOL_AFTER) pool = new AnalysisPool(workers);
            const { doc, raw } = item;
            const analysed = pool
              ? pool.analyseForStore(doc)
              : Promise.resolve().then(() => analysedForStore(analyseInProcess(doc)));
            queue.push(analysed.then((a): Prepared => ({ kind: 'analysed', ...a, raw }), (e: unknown): Prepared => ({ kind: 'error', input: doc.source, error: asCoded(doc.source, e) })));
          }
          while (queue.length > (pool ? workers * 8 : 0)) await commit(await queue.shift()!);
        }
        while (queue.length > 0) await commit(await queue.shift()!);
      } finally {
        // Also when the input stream failed: what was analysed and clustered is kept.
        await flush();
      }
      await this.settleRun(onEvent);
      report.storiesUpdated = await this.refreshStories(pool);
    } finally {
      await pool?.close();
    }
    return report;
  }

  /**
   * The end of a run: the run's loners that a story takes now are merged into it
   * (StoryClusterer.settle), stored and announced like bridging merges.
   */
  private async settleRun(onEvent: (e: EngineEvent) => void): Promise<void> {
    const merges = this.clusterer.settle();
    if (merges.length === 0) return;
    await this.repo.saveBatch(merges.map((m): StoreWrite => ({ kind: 'merge', from: m.from, into: m.into, reason: 'loner settled at the end of the run' })));
    for (const m of merges) onEvent({ kind: 'merged', from: m.from, into: m.into });
  }

  /**
   * Rebuild the dossiers of stories that received articles (also after a crash mid-batch), each once.
   * With a pool the rebuilds run on its worker threads, which also decode the stored documents.
   */
  async refreshStories(pool: AnalysisPool | null = null): Promise<string[]> {
    const dirty = await this.repo.dirtyStories();
    if (pool === null) {
      for (const id of dirty) {
        const docs = await this.repo.articlesOfStory(id);
        if (docs.length > 0) await this.repo.saveStory(storedStory(buildStory(id, docs)));
      }
      return dirty;
    }
    // A few rebuilds in flight per worker, and a bounded number of articles: a story's documents and
    // its dossier are held until saved, so a few large stories at once would set the peak memory.
    // Settled results are saved in the order of `dirty`.
    type Built = { story: StoredStory | null } | { error: unknown };
    const inFlight: { built: Promise<Built>; articles: number }[] = [];
    let articlesInFlight = 0;
    const save = async (next: { built: Promise<Built>; articles: number }) => {
      const built = await next.built;
      articlesInFlight -= next.articles;
      if ('error' in built) throw built.error;
      if (built.story) await this.repo.saveStory(built.story);
    };
    for (const id of dirty) {
      const docs = await this.repo.encodedArticlesOfStory(id);
      // Wait before sending, so that a story larger than the limit is rebuilt alone.
      while (inFlight.length > 0 && (inFlight.length >= pool.size * 4 || articlesInFlight + docs.length > REBUILD_ARTICLES_IN_FLIGHT)) await save(inFlight.shift()!);
      const story = docs.length > 0 ? pool.buildStory(id, docs) : Promise.resolve(null);
      inFlight.push({ built: story.then((s): Built => ({ story: s }), (e: unknown): Built => ({ error: e })), articles: docs.length });
      articlesInFlight += docs.length;
    }
    while (inFlight.length > 0) await save(inFlight.shift()!);
    return dirty;
  }

  async stories(): Promise<Story[]> {
    const list = await this.repo.listStories({ sort: 'size', limit: 1_000_000 });
    const out: Story[] = [];
    for (const s of list) {
      const story = await this.repo.getStory(s.id);
      if (story) out.push(story);
    }
    return out;
  }
}
