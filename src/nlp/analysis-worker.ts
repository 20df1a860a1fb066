/** Worker-thread entry: analyses documents sent by AnalysisPool and sends them back with their clustering item. */
import { parentPort } from 'node:worker_threads';
import type { ArticleDoc } from '../model/article.js';
import { analyseDoc } from './pipeline.js';
import { clusterItemOf } from '../cluster/item-from-doc.js';

parentPort?.on('message', (msg: { id: number; doc: ArticleDoc }) => {
  try {
    // The clustering item (feature counts, MinHash) is built here too, so the serial main thread only clusters.
    const doc = analyseDoc(msg.doc);
    parentPort!.postMessage({ id: msg.id, doc, item: clusterItemOf(doc) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).message ?? String(e) });
  }
});
