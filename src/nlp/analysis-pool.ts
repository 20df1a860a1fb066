import { Worker } from 'node:worker_threads';
import type { ArticleDoc } from '../model/article.js';
import type { ClusterItem } from '../cluster/types.js';
import { storedDoc, type StoredDoc } from '../store/doc-codec.js';
import { clusterItemOf } from '../cluster/item-from-doc.js';
import type { StoredStory } from '../store/summary.js';

/** An analysed document as the store writes it, with its clustering item, both built on a worker thread. */
export interface Analysed {
  doc: StoredDoc;
  item: ClusterItem;
}

/** The stored form and clustering item of an analysed document (made on a worker, or in-process without a pool). */
export function analysedForStore(doc: ArticleDoc): Analysed {
  return { doc: storedDoc(doc), item: clusterItemOf(doc) };
}

/** What the main thread asks a worker to do. */
export type Job =
  | { kind: 'analyse'; id: number; doc: ArticleDoc }
  | { kind: 'analyse-for-store'; id: number; doc: ArticleDoc }
  | { kind: 'story'; id: number; storyId: string; docs: string[] }
  | { kind: 'memory'; id: number };

/** One worker's V8 heap, in bytes (the process's RSS holds every worker's heap). */
export interface WorkerHeap {
  heapUsed: number;
  heapTotal: number;
  external: number;
}

type Reply = { id: number; analysed: ArticleDoc } | ({ id: number } & Analysed) | { id: number; story: StoredStory } | { id: number; heap: WorkerHeap } | { id: number; error: string };

type Pending = { resolve: (r: Reply) => void; reject: (e: Error) => void };

/**
 * Runs `analyseDoc` on worker threads so that document analysis (the expensive part) uses every
 * core while the main thread clusters and stores; story rebuilds at the end of a batch run there
 * too. Jobs go to the least busy worker.
 */
export class AnalysisPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./analysis-worker.js', import.meta.url));
      const slot = { worker, busy: 0 };
      worker.on('message', (r: Reply) => {
        slot.busy--;
        if (slot.busy === 0) worker.unref();
        const p = this.pending.get(r.id);
        this.pending.delete(r.id);
        if (!p) return;
        if ('error' in r) p.reject(new Error(r.error));
        else p.resolve(r);
      });
      worker.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      worker.unref();
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  async analyse(doc: ArticleDoc): Promise<ArticleDoc> {
    const r = await this.run({ kind: 'analyse', id: this.next++, doc });
    if (!('analysed' in r)) throw new Error('analysis worker sent no document');
    return r.analysed;
  }

  /** Analyse for clustering and storing: the document comes back encoded, with its clustering item. */
  async analyseForStore(doc: ArticleDoc): Promise<Analysed> {
    const r = await this.run({ kind: 'analyse-for-store', id: this.next++, doc });
    if (!('item' in r)) throw new Error('analysis worker sent no document');
    return { doc: r.doc, item: r.item };
  }

  /** Build a story's dossier from its stored documents, as encoded by the store's doc-codec; it comes back ready to store. */
  async buildStory(storyId: string, encodedDocs: string[]): Promise<StoredStory> {
    const r = await this.run({ kind: 'story', id: this.next++, storyId, docs: encodedDocs });
    if (!('story' in r)) throw new Error('analysis worker sent no story');
    return r.story;
  }

  /** Each worker's heap, for the benchmarks' memory figures (a job behind those already queued). */
  async heaps(): Promise<WorkerHeap[]> {
    return Promise.all(
      this.workers.map(async (slot) => {
        const r = await this.runOn(slot, { kind: 'memory', id: this.next++ });
        if (!('heap' in r)) throw new Error('analysis worker sent no heap figures');
        return r.heap;
      }),
    );
  }

  private run(job: Job): Promise<Reply> {
    return this.runOn(this.workers.reduce((a, b) => (b.busy < a.busy ? b : a)), job);
  }

  private runOn(slot: { worker: Worker; busy: number }, job: Job): Promise<Reply> {
    // Idle workers are unref'd so they never hold the process open; a busy one must, or a caller
    // awaiting only pool results would see the event loop empty and the process exit mid-batch.
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(job.id, { resolve, reject });
      slot.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
