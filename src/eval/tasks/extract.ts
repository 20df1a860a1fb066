import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createError } from '../../errors.js';
import { decodeHtml } from '../../extract/html/decode-html.js';
import { extractHtml } from '../../extract/html/extract-html.js';
import { plainReadabilityText } from '../../extract/html/plain-readability.js';
import { formatPRF } from '../prf.js';
import type { EvalReport, EvalTask } from '../task.js';
import { benchmarkScore, pageCounts, type PageCounts } from './shingle-score.js';

interface TruthEntry {
  articleBody: string;
  url: string;
}

/** One benchmark page: id, expected body, decoded HTML. */
export interface BenchmarkPage {
  id: string;
  url: string;
  truth: string;
  html: string;
}

/** Reads `<folder>/ground-truth.json` and `<folder>/html/<id>.html.gz`, sorted by id for determinism. */
export function loadBenchmark(folder: string): BenchmarkPage[] {
  const truthPath = join(folder, 'ground-truth.json');
  if (!existsSync(truthPath)) throw createError('CC_DATA_MISSING', truthPath);
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, TruthEntry>;
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const entry = truth[id]!;
      const bytes = gunzipSync(readFileSync(join(folder, 'html', `${id}.html.gz`)));
      return { id, url: entry.url, truth: entry.articleBody ?? '', html: decodeHtml(bytes) };
    });
}

const WARM_UP_PAGES = 30;

interface Run {
  counts: PageCounts[];
  seconds: number;
}

function runExtractor(pages: readonly BenchmarkPage[], extract: (p: BenchmarkPage) => string): Run {
  const counts: PageCounts[] = [];
  let seconds = 0;
  // Untimed warm-up so neither extractor pays for JIT compilation and module start-up in its figure.
  for (const page of pages.slice(0, WARM_UP_PAGES)) extract(page);
  for (const page of pages) {
    // CPU time, not wall time: pages/s per core, stable on a shared, loaded machine.
    const t0 = process.cpuUsage();
    const text = extract(page);
    const used = process.cpuUsage(t0);
    seconds += (used.user + used.system) / 1e6;
    counts.push(pageCounts(page.truth, text));
  }
  return { counts, seconds };
}

export const crosscheckBody = (p: BenchmarkPage): string => extractHtml(p.html, p.url)?.text ?? '';
export const readabilityBody = (p: BenchmarkPage): string => plainReadabilityText(p.html);

export const extractTask: EvalTask = {
  name: 'extract',
  describe: 'HTML main-content extraction: token 4-shingle P/R/F1 on the article-extraction-benchmark, vs plain Readability',
  defaultPath: 'extraction-benchmark',
  async run(path: string): Promise<EvalReport> {
    const pages = loadBenchmark(path);
    const metrics: Record<string, number> = { pages: pages.length };
    const lines: string[] = [`${pages.length} pages`];
    for (const [label, extract] of [['crosscheck', crosscheckBody], ['readability', readabilityBody]] as const) {
      const run = runExtractor(pages, extract);
      const score = benchmarkScore(run.counts);
      const pagesPerSecond = run.seconds > 0 ? pages.length / run.seconds : 0;
      metrics[`${label}.precision`] = score.precision;
      metrics[`${label}.recall`] = score.recall;
      metrics[`${label}.f1`] = score.f1;
      metrics[`${label}.pagesPerSecond`] = pagesPerSecond;
      lines.push(formatPRF(label, score, `${pagesPerSecond.toFixed(1)} pages/s`));
    }
    return { task: 'extract', metrics, lines };
  },
};
