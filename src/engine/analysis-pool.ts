import { Worker } from 'node:worker_threads';
import type { ArticleDoc } from '../model/article.js';
import type { ClusterItem } from '../cluster/types.js';
import { storedDoc, type StoredDoc } from '../store/doc-codec.js';
import { clusterItemOf } from '../cluster/item-from-doc.js';
import type { StoredStory } from '../store/summary.js';
import { CrosscheckError, isCrosscheckError, isErrorCode } from '../errors.js';

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
  | { kind: 'analyse-encoded'; id: number; source: string; encoded: string }
  | { kind: 'story'; id: number; storyId: string; docs: string[] }
  | { kind: 'memory'; id: number };

/** One worker's V8 heap, in bytes (the process's RSS holds every worker's heap). */
export interface WorkerHeap {
  heapUsed: number;
  heapTotal: number;
  external: number;
}

/** An error as it crosses the thread boundary: a coded error keeps its code and arguments. */
export type WireError = { code: string | null; args: (string | number)[]; message: string };

type Reply = { id: number; analysed: ArticleDoc } | { id: number; row: string } | ({ id: number } & Analysed) | { id: number; story: StoredStory } | { id: number; heap: WorkerHeap } | { id: number; error: WireError };

/** What a worker sends back for an error thrown by a job. */
export function toWire(e: unknown): WireError {
  if (isCrosscheckError(e)) return { code: e.code, args: [...e.args], message: e.message };
  return { code: null, args: [], message: e instanceof Error ? e.message : String(e) };
}

/** The error again on the main thread: the same code and message when it was coded. */
export function fromWire(w: WireError): Error {
  return isErrorCode(w.code) ? new CrosscheckError(w.code, w.args) : new Error(w.message);
}

/** The source of the article a job analyses, or null for the other jobs. */
export function jobSource(job: Job): string | null {
  switch (job.kind) {
    case 'analyse':
    case 'analyse-for-store':
      return job.doc.source;
    case 'analyse-encoded':
      return job.source;
    case 'story':
    case 'memory':
      return null;
  }
}

/** The input a job works on, for the error when its worker dies. */
function subjectOf(job: Job): string {
  if (job.kind === 'story') return `the dossier of story ${job.storyId}`;
  return jobSource(job) ?? 'a heap measurement';
}

type Pending = { job: Job; resolve: (r: Reply) => void; reject: (e: Error) => void };

/** One worker thread and the jobs posted to it, in the order it runs them. */
interface Slot {
  worker: Worker;
  /** Posted, unanswered jobs: the first is the one running, the others wait in the thread's queue. */
  jobs: Pending[];
  /** The uncaught error the thread reported before it exited, if any. */
  lastError: Error | null;
  /** Whether the thread ever answered: one that dies before that may be unable to start at all. */
  answered: boolean;
}

/** Threads in a row that die before answering anything before the pool gives up (they cannot start, e.g. a broken model file). */
const MAX_SILENT_DEATHS = 3;

/**
 * Runs `analyseDoc` on worker threads so that document analysis (the expensive part) uses every
 * core while the main thread clusters and stores; story rebuilds at the end of a batch run there
 * too. Jobs go to the least busy worker.
 *
 * A worker that dies (out of memory, a native crash, terminated) is replaced in its slot: the job
 * it was running fails with CC_WORKER_DIED naming its input, and the jobs queued behind it are
 * posted again to the new thread, so the batch goes on without them ever being lost.
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private next = 0;
  private closing = false;
  private silentDeaths = 0;
  /** Set when threads cannot start: every job then fails with it instead of respawning forever. */
  private broken: CrosscheckError | null = null;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(new URL('./analysis-worker.js', import.meta.url)), jobs: [], lastError: null, answered: false };
    slot.worker.on('message', (r: Reply) => {
      const at = slot.jobs.findIndex((p) => p.job.id === r.id);
      if (at < 0) return;
      const [p] = slot.jobs.splice(at, 1);
      slot.answered = true;
      this.silentDeaths = 0;
      if (slot.jobs.length === 0) slot.worker.unref();
      if ('error' in r) p!.reject(fromWire(r.error));
      else p!.resolve(r);
    });
    slot.worker.on('error', (e) => (slot.lastError = e));
    slot.worker.on('exit', (code) => this.replace(slot, code));
    slot.worker.unref();
    return slot;
  }

  /** A thread exited: fail the job it was running, start a new thread, and hand it the queued ones. */
  private replace(dead: Slot, exitCode: number): void {
    const index = this.slots.indexOf(dead);
    if (this.closing || index < 0) return;
    const [running, ...queued] = dead.jobs;
    dead.jobs = [];
    const reason = dead.lastError?.message ?? `the thread exited with code ${exitCode}`;
    if (running) running.reject(new CrosscheckError('CC_WORKER_DIED', [subjectOf(running.job), reason]));
    if (!dead.answered && ++this.silentDeaths >= MAX_SILENT_DEATHS) {
      this.broken = new CrosscheckError('CC_WORKER_DIED', ['any input: analysis threads cannot start', reason]);
      for (const p of [...queued, ...this.slots.flatMap((s) => s.jobs)]) p.reject(this.broken);
      for (const s of this.slots) s.jobs = [];
      return;
    }
    const fresh = this.spawn();
    this.slots[index] = fresh;
    for (const p of queued) this.post(fresh, p);
  }

  get size(): number {
    return this.slots.length;
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

  /**
   * Analyse a document given in the store's encoding (a queue row) and get it back as one string
   * in the `encodeAnalysed` layout: decoding, analysis, the stored form and the clustering item
   * all happen on the worker, so this thread neither parses nor clones a document graph.
   * `source` names the input in the error if the worker dies.
   */
  async analyseEncoded(encoded: string, source: string): Promise<string> {
    const r = await this.run({ kind: 'analyse-encoded', id: this.next++, source, encoded });
    if (!('row' in r)) throw new Error('analysis worker sent no document');
    return r.row;
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
      this.slots.map(async (slot) => {
        const r = await this.runOn(slot, { kind: 'memory', id: this.next++ });
        if (!('heap' in r)) throw new Error('analysis worker sent no heap figures');
        return r.heap;
      }),
    );
  }

  /**
   * Stop one worker thread abruptly, as a crash would (fault drills; the pool test): the pool
   * replaces it as it replaces any thread that dies.
   */
  async terminateWorker(index: number): Promise<void> {
    await this.slots[index]?.worker.terminate();
  }

  private run(job: Job): Promise<Reply> {
    return this.runOn(this.slots.reduce((a, b) => (b.jobs.length < a.jobs.length ? b : a)), job);
  }

  private runOn(slot: Slot, job: Job): Promise<Reply> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => this.post(slot, { job, resolve, reject }));
  }

  private post(slot: Slot, p: Pending): void {
    // Idle workers are unref'd so they never hold the process open; a busy one must, or a caller
    // awaiting only pool results would see the event loop empty and the process exit mid-batch.
    if (slot.jobs.length === 0) slot.worker.ref();
    slot.jobs.push(p);
    slot.worker.postMessage(p.job);
  }

  /** Stop every thread; jobs still unanswered fail (CC_WORKER_DIED) rather than wait forever. */
  async close(): Promise<void> {
    this.closing = true;
    const unanswered = this.slots.flatMap((s) => s.jobs.splice(0));
    for (const p of unanswered) p.reject(new CrosscheckError('CC_WORKER_DIED', [subjectOf(p.job), 'the analysis pool was closed']));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
