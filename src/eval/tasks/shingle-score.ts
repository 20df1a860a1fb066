/**
 * The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark, evaluate.py),
 * reimplemented: token 4-shingles compared as multisets, per-page TP/FP/FN normalised so long
 * pages do not weigh more, precision and recall averaged over pages, F1 from the averages.
 */

/** Python's `\w+` with re.UNICODE: letters, digits/numbers and underscore. The benchmark does not lowercase. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN_RE) ?? [];
  const counts = new Map<string, number>();
  // Like the benchmark, a text shorter than the shingle size still yields one (short) shingle.
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + SHINGLE_SIZE);
    if (slice.length === 0) continue;
    const key = slice.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised TP/FP/FN of one page (they sum to 1 unless both texts are empty). */
export function pageCounts(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  return c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
}

export function pageRecall(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  return c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
}

/** Macro-averaged precision and recall (pages without predicted resp. true shingles are left out). */
export function benchmarkScore(pages: readonly PageCounts[]): { precision: number; recall: number; f1: number } {
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
