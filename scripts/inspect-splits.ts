/**
 * The story split check (src/cluster/story-split.ts) on real multi-outlet news with no gold
 * stories: PolNeAR's 924 political articles from 7 outlets (2016), streamed in publication order
 * with their titles and dates, clustered as `crosscheck ingest` would. Prints the story sizes and,
 * for every split, the titles on each side, so a reader can judge whether the two groups were
 * really two stories.
 *   node dist/scripts/inspect-splits.js [--data ../shared/data] [--split-sizes]
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { StoryClusterer } from '../src/cluster/story-clusterer.js';
import { docFromText } from '../src/ingest/ingest.js';
import { AnalysisPool } from '../src/engine/analysis-pool.js';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dir = join(values.data ?? '../shared/data', 'polnear');

interface Meta {
  file: string;
  split: string;
  publisher: string;
  date: string;
  title: string;
}

const metas: Meta[] = [];
const rows = readFileSync(join(dir, 'metadata.tsv'), 'utf8').split('\n').slice(1);
for (const row of rows) {
  const c = row.split('\t');
  if (c.length < 8 || (c[0] !== 'train' && c[0] !== 'dev')) continue;
  metas.push({ file: c[1]!, split: c[0]!, publisher: c[4]!, date: c[5]!, title: c[7]! });
}
metas.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : 1));

const pool = new AnalysisPool(availableParallelism());
const analysed = await Promise.all(
  metas.map((m) => {
    const text = readFileSync(join(dir, m.split, 'text', `${m.file}.txt`), 'utf8');
    return pool.analyseForStore(docFromText(`${m.title}\n\n${text}`, { source: m.file, id: m.file, published: m.date, outlet: m.publisher }));
  }),
);
await pool.close();

const clusterer = new StoryClusterer();
const storyOf = new Map<string, string>();
const title = new Map(metas.map((m) => [m.file, `${m.date} ${m.publisher.padEnd(10)} ${m.title}`]));
let splits = 0;
for (const { item } of analysed) {
  const d = clusterer.add(item);
  storyOf.set(item.id, d.storyId);
  for (const gone of d.merged) for (const [a, s] of storyOf) if (s === gone) storyOf.set(a, d.storyId);
  for (const move of d.moved) {
    splits++;
    const stay = [...storyOf].filter(([a, s]) => s === move.from && !move.articleIds.includes(a)).map(([a]) => a);
    console.log(`\nsplit ${splits} after ${item.id}: ${stay.length} stay, ${move.articleIds.length} move`);
    for (const a of stay) console.log(`  stay ${title.get(a)}`);
    for (const a of move.articleIds) console.log(`  move ${title.get(a)}`);
    for (const a of move.articleIds) storyOf.set(a, move.into);
  }
}
const sizes = new Map<string, number>();
for (const s of storyOf.values()) sizes.set(s, (sizes.get(s) ?? 0) + 1);
const sorted = [...sizes.values()].sort((a, b) => b - a);
console.log(`\n${analysed.length} articles, ${sizes.size} stories, ${splits} splits; largest ${sorted.slice(0, 10).join(', ')}; single-article ${sorted.filter((n) => n === 1).length}`);
