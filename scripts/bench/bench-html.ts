import { extractHtml } from '../../src/extract/html/extract-html.js';
import { loadBenchmark } from '../../src/eval/tasks/extract.js';

/**
 * Extraction speed on a benchmark folder (ground-truth.json + html/<id>.html.gz): pages per
 * CPU-second of extractHtml alone, single-threaded. Decoding and gunzip happen before timing; one
 * untimed warm-up pass lets V8 optimise first, as a long-running ingest would be.
 */
export async function benchHtml(folder: string): Promise<{ pages: number; pagesPerSecond: number }> {
  const pages = loadBenchmark(folder);
  for (const page of pages.slice(0, 20)) extractHtml(page.html, page.url);
  // CPU time of this process: pages/s per core, which a loaded shared machine does not distort.
  const t0 = process.cpuUsage();
  for (const page of pages) extractHtml(page.html, page.url);
  const used = process.cpuUsage(t0);
  const seconds = (used.user + used.system) / 1e6;
  return { pages: pages.length, pagesPerSecond: seconds > 0 ? pages.length / seconds : 0 };
}
