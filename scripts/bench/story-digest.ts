/**
 * A digest of `buildStory` output over many stories, to check that a performance change to the
 * story steps leaves every dossier byte-identical.
 *   node dist/scripts/bench/story-digest.js [--data ../shared/data] [--cache /tmp/story-digest-docs.json]
 * Stories: every ECB+ sub-topic and topic, the seed articles as one story, and bench-stream
 * replica chains (one base document and its perturbed copies) of 5–60 articles. Analysed
 * documents are cached (document analysis is not what is compared, and other work may change it).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseDoc } from '../../src/nlp/pipeline.js';
import { docFromText } from '../../src/ingest/doc-from-text.js';
import type { ArticleDoc } from '../../src/model/article.js';
import { buildStory } from '../../src/analyze/build-story.js';
import { loadBaseDocs } from './base-docs.js';
import { buildStream } from './stream.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, cache: { type: 'string' } } });
const data = values.data ?? '../shared/data';
const cache = values.cache ?? '/tmp/story-digest-docs.json';

type Group = { name: string; docs: ArticleDoc[] };

function analysedGroups(): Group[] {
  const groups: Group[] = [];
  const ecb = readFileSync(join(data, 'ecbplus/ecbplus.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; topic: number; cluster: string; text: string });
  const byKey = new Map<string, ArticleDoc[]>();
  ecb.forEach((e, i) => {
    const doc = analyseDoc(docFromText(e.text, { source: `ecb#${e.id}`, id: e.id, published: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, outlet: `Outlet ${i % 13}` }));
    for (const key of [`cluster ${e.cluster}`, `topic ${e.topic}`]) byKey.set(key, [...(byKey.get(key) ?? []), doc]);
  });
  for (const [name, docs] of byKey) groups.push({ name, docs });
  const seeds = join(data, '../seeds');
  if (existsSync(seeds))
    groups.push({
      name: 'seeds',
      docs: readdirSync(seeds)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => analyseDoc(docFromText(readFileSync(join(seeds, f), 'utf8'), { source: f, id: f.slice(0, 3) }))),
    });
  const base = loadBaseDocs(data).filter((d) => d.id.startsWith('pn-') && d.text.length >= 2000 && d.text.length <= 6000);
  for (const b of base.slice(0, 6)) {
    const docs = buildStream([b], 60).map((d, i) => analyseDoc(docFromText(d.text, { source: `bench#${d.id}`, id: d.id, published: d.published, outlet: `Outlet ${i % 17}` })));
    for (const n of [5, 12, 30, 60]) groups.push({ name: `replicas ${n} of ${b.id}`, docs: docs.slice(0, n) });
  }
  return groups;
}

if (!existsSync(cache)) writeFileSync(cache, JSON.stringify(analysedGroups()));
const groups = JSON.parse(readFileSync(cache, 'utf8')) as Group[];
const all = createHash('sha256');
const bySort = new Map<string, ReturnType<typeof createHash>>();
for (const g of groups) {
  const json = JSON.stringify(buildStory(g.name, g.docs));
  all.update(json);
  const kind = g.name.replace(/ .*/, '') + (g.name.startsWith('replicas') ? ` ${g.name.split(' ')[1]}` : '');
  if (!bySort.has(kind)) bySort.set(kind, createHash('sha256'));
  bySort.get(kind)!.update(json);
}
for (const [kind, h] of bySort) console.log(`${kind.padEnd(12)} ${h.digest('hex').slice(0, 16)}`);
console.log(`all ${groups.length} stories ${all.digest('hex').slice(0, 16)}`);
