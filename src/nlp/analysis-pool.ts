import { Worker } from 'node:worker_threads';
import type { ArticleDoc } from '../model/article.js';
import type { ClusterItem } from '../cluster/types.js';

/** An analysed document with its clustering item, both built on a worker thread. */
export interface Analysed {
  doc: ArticleDoc;
  item: ClusterItem;
}

type Reply = ({ id: number } & Analysed) | { id: number; error: string };

/**
 * Runs `analyseDoc` on worker threads so that document analysis (the expensive part) uses every
 * core while the main thread clusters and stores. Jobs go to the least busy worker.
 */
export class AnalysisPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, { resolve: (a: Analysed) => void; reject: (e: Error) => void }>();
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
        else p.resolve({ doc: r.doc, item: r.item });
      });
      worker.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      worker.unref();
      this.workers.push(slot);
    }
  }

  analyse(doc: ArticleDoc): Promise<ArticleDoc> {
    return this.analyseForClustering(doc).then((a) => a.doc);
  }

  analyseForClustering(doc: ArticleDoc): Promise<Analysed> {
    const id = this.next++;
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    // Idle workers are unref'd so they never hold the process open; a busy one must, or a caller
    // awaiting only pool results would see the event loop empty and the process exit mid-batch.
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, doc });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
