/**
 * The engine ties the pipeline stages together for one batch of inputs:
 * ingest → (extract, done by ingest) → nlp → cluster → store → analyze (dirty stories only).
 * It never re-reads the whole store: the clusterer is restored from the fingerprints of a recent
 * time window, and only stories that received articles are rebuilt.
 */
import type { ArticleDoc } from './model/article.js';
import type { Story } from './model/dossier.js';
import { CrosscheckError, isCrosscheckError } from './errors.js';
import { analyseDoc } from './nlp/pipeline.js';
import { buildStory } from './analyze/build-story.js';
import type { Repository } from './store/repository.js';
import { dayOf } from './store/summary.js';
import { clusterItemOf, StoryClusterer, type ClusterDecision } from './cluster/index.js';

export type IngestItem =
  | { kind: 'article'; doc: ArticleDoc; raw: string }
  | { kind: 'error'; input: string; error: CrosscheckError };

export type EngineEvent =
  | { kind: 'stored'; id: string; source: string; storyId: string; duplicateOf: string | null }
  | { kind: 'unchanged'; id: string; source: string }
  | { kind: 'merged'; from: string; into: string }
  | { kind: 'error'; input: string; error: CrosscheckError };

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
  ) {}

  static async open(repo: Repository): Promise<Engine> {
    const clusterer = new StoryClusterer();
    const latest = await repo.latestDay();
    clusterer.restore(await repo.fingerprintsSince(latest === null ? null : latest - CLUSTER_WINDOW_DAYS));
    return new Engine(repo, clusterer);
  }

  /** Analyse, cluster and store one article; returns the cluster decision, or null if already stored. */
  async add(doc: ArticleDoc, raw: string): Promise<ClusterDecision | null> {
    if ((await this.repo.findByHash(doc.contentHash)) !== null) return null;
    try {
      analyseDoc(doc);
    } catch (e) {
      throw new CrosscheckError('CC_ANALYSIS_FAILED', [doc.source, (e as Error).message], { cause: e });
    }
    const decision = this.clusterer.add(clusterItemOf(doc));
    for (const from of decision.merged) await this.repo.mergeStories(from, decision.storyId, `bridged by ${doc.id}`);
    await this.repo.saveArticle(doc, raw, {
      articleId: doc.id,
      storyId: decision.storyId,
      day: dayOf(doc.published),
      data: this.clusterer.fingerprint(doc.id),
    });
    return decision;
  }

  /** Process a stream of ingested items; bad items are reported and the batch goes on. */
  async ingest(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, onEvent: (e: EngineEvent) => void = () => {}): Promise<BatchReport> {
    const report: BatchReport = { stored: 0, unchanged: 0, errors: [], storiesUpdated: [] };
    const fail = (input: string, error: CrosscheckError) => {
      report.errors.push({ input, code: error.code, message: error.message });
      onEvent({ kind: 'error', input, error });
    };
    for await (const item of items) {
      if (item.kind === 'error') {
        fail(item.input, item.error);
        continue;
      }
      try {
        const decision = await this.add(item.doc, item.raw);
        if (decision === null) {
          report.unchanged++;
          onEvent({ kind: 'unchanged', id: item.doc.id, source: item.doc.source });
          continue;
        }
        report.stored++;
        for (const from of decision.merged) onEvent({ kind: 'merged', from, into: decision.storyId });
        onEvent({ kind: 'stored', id: item.doc.id, source: item.doc.source, storyId: decision.storyId, duplicateOf: decision.duplicateOf });
      } catch (e) {
        fail(item.doc.source, isCrosscheckError(e) ? e : new CrosscheckError('CC_ANALYSIS_FAILED', [item.doc.source, String(e)], { cause: e }));
      }
    }
    report.storiesUpdated = await this.refreshStories();
    return report;
  }

  /** Rebuild the dossiers of stories that received articles (also after a crash mid-batch). */
  async refreshStories(): Promise<string[]> {
    const dirty = await this.repo.dirtyStories();
    for (const id of dirty) {
      const docs = await this.repo.articlesOfStory(id);
      if (docs.length > 0) await this.repo.saveStory(buildStory(id, docs));
    }
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
