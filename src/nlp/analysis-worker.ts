/** Worker-thread entry: analyses documents sent by AnalysisPool and sends them back. */
import { parentPort } from 'node:worker_threads';
import type { ArticleDoc } from '../model/article.js';
import { analyseDoc } from './pipeline.js';

parentPort?.on('message', (msg: { id: number; doc: ArticleDoc }) => {
  try {
    parentPort!.postMessage({ id: msg.id, doc: analyseDoc(msg.doc) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).message ?? String(e) });
  }
});
