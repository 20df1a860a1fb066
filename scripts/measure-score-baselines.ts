/**
 * Distribution of the article profile over real news (PolNeAR texts, ../shared/data/polnear),
 * the evidence behind the flag thresholds in src/analyze/flags/article-flags.ts. Prints percentiles.
 * Run: node dist/scripts/measure-score-baselines.js [polnearTextDir] [maxDocs]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newArticle, type Block } from '../src/model/article.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { articleProfile } from '../src/analyze/article-profile.js';
import { specificityScore, sourcingScore, hedgingScore } from '../src/analyze/scores.js';
import { articleFlags } from '../src/analyze/flags/article-flags.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = process.argv[2] ?? join(ROOT, '../shared/data/polnear/train/text');
const MAX = Number(process.argv[3] ?? 300);

const flagged = new Map<string, number>();
const series: Record<string, number[]> = { speculativeShare: [], opinionShare: [], hedging: [], specificity: [], sourcing: [] };
// Every 2nd file, so the sample spreads over all publishers (files are sorted by publisher).
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 2 === 0).slice(0, MAX);
for (const f of files) {
  const text = readFileSync(join(DIR, f), 'utf8');
  const blocks: Block[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph', start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  const doc = analyseDoc(newArticle({ id: f, source: f, contentHash: '', text, meta: { url: null, outlet: null, title: null, author: null, published: null }, blocks }));
  const p = articleProfile(doc);
  if (p.sentences < 5) continue;
  series.speculativeShare!.push(p.speculative / p.sentences);
  series.opinionShare!.push(p.opinionated / p.sentences);
  series.hedging!.push(hedgingScore(p));
  series.specificity!.push(specificityScore(p));
  series.sourcing!.push(sourcingScore(p));
  const scores = { originality: 1, specificity: specificityScore(p), sourcing: sourcingScore(p), hedging: hedgingScore(p) };
  for (const f of articleFlags(p, scores)) flagged.set(f, (flagged.get(f) ?? 0) + 1);
}
const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
console.log(`${series.hedging!.length} articles from ${DIR}`);
for (const [name, xs] of Object.entries(series)) {
  console.log(`${name.padEnd(18)} ${[0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99].map((q) => `p${Math.round(q * 100)} ${pct(xs, q).toFixed(3)}`).join('  ')}`);
}
const n = series.hedging!.length;
console.log(`flagged with the current thresholds: ${[...flagged].map(([f, c]) => `${f} ${((100 * c) / n).toFixed(1)}%`).join(', ')}`);
