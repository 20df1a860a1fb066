/**
 * Worker-thread entry: analyses documents sent by AnalysisPool and sends them back with their
 * clustering item, and builds story dossiers from stored (encoded) documents.
 */
import { parentPort } from 'node:worker_threads';
import { analyseDoc } from '../nlp/pipeline.js';
import { buildStory } from '../analyze/build-story.js';
import { decodeDoc } from '../store/doc-codec.js';
import { storedStory } from '../store/summary.js';
import { analysedForStore, jobSource, toWire, type Job } from './analysis-pool.js';
import { faultInsideJob, faultOutsideJob } from './worker-fault.js';
import { encodeAnalysed } from './analysed-codec.js';

parentPort?.on('message', (job: Job) => {
  // Test hook only (worker-fault.ts): a no-op unless CROSSCHECK_TEST_WORKER_FAULT names this input.
  faultOutsideJob(jobSource(job));
  try {
    faultInsideJob(jobSource(job));
    switch (job.kind) {
      case 'analyse':
        parentPort!.postMessage({ id: job.id, analysed: analyseDoc(job.doc) });
        return;
      case 'analyse-for-store': {
        // The clustering item (feature counts, MinHash) and the stored encoding are made here too,
        // so the serial main thread only clusters and writes.
        parentPort!.postMessage({ id: job.id, ...analysedForStore(analyseDoc(job.doc)) });
        return;
      }
      case 'analyse-encoded':
        // A queue row in, a queue row out: what the sequencer stores and clusters, ready made.
        parentPort!.postMessage({ id: job.id, row: encodeAnalysed(analysedForStore(analyseDoc(decodeDoc(job.encoded)))) });
        return;
      case 'story':
        // Decoding and encoding here too: parsing the stored JSON is a large share of a rebuild, and
        // a large dossier sent as one string is never an object graph on the storing thread.
        parentPort!.postMessage({ id: job.id, story: storedStory(buildStory(job.storyId, job.docs.map(decodeDoc))) });
        return;
      case 'memory': {
        // heapUsed/heapTotal are this thread's isolate; rss would be the whole process
        const { heapUsed, heapTotal, external } = process.memoryUsage();
        parentPort!.postMessage({ id: job.id, heap: { heapUsed, heapTotal, external } });
        return;
      }
    }
  } catch (e) {
    // Code and arguments travel too: a coded error (a model file that fails to load) keeps its code.
    parentPort!.postMessage({ id: job.id, error: toWire(e) });
  }
});
