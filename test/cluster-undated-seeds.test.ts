import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clusterItemOf } from '../src/cluster/item-from-doc.js';
import type { ClusterItem } from '../src/cluster/types.js';
import { clusterStream } from '../src/eval/tasks/cluster.js';
import { docFromText } from '../src/ingest/doc-from-text.js';
import { analyseDoc } from '../src/nlp/pipeline.js';

const SHARED = new URL('../../../shared/', import.meta.url);
const POLNEAR = new URL('data/polnear/', SHARED);
const has = existsSync(new URL('metadata.tsv', POLNEAR)) && existsSync(new URL('seeds/', SHARED));

/** Every third PolNeAR article (train + dev) in publication order, with its date, title and outlet from metadata.tsv. */
function polnear(): ClusterItem[] {
  const rows = readFileSync(new URL('metadata.tsv', POLNEAR), 'utf8')
    .split('\n')
    .slice(1)
    .map((r) => r.split('\t'))
    .filter((c) => c.length >= 8 && (c[0] === 'train' || c[0] === 'dev'))
    .sort((a, b) => (a[5]! < b[5]! ? -1 : a[5]! > b[5]! ? 1 : a[1]! < b[1]! ? -1 : 1))
    .filter((_, i) => i % 3 === 0);
  return rows.map(([split, file, , , publisher, date, , title]) => {
    const text = readFileSync(new URL(`${split}/text/${file}.txt`, POLNEAR), 'utf8');
    return clusterItemOf(analyseDoc(docFromText(`${title}\n\n${text}`, { source: file!, id: file!, published: date!, outlet: publisher! })));
  });
}

function seeds(): ClusterItem[] {
  const dir = new URL('seeds/', SHARED);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => clusterItemOf(analyseDoc(docFromText(readFileSync(fileURLToPath(new URL(f, dir)), 'utf8'), { source: f, id: 'seed-' + f }))));
}

test('undated seeds mixed into a dated PolNeAR stream stay one story of exactly the five', { skip: !has && 'needs ../shared' }, () => {
  const seedItems = seeds();
  assert.ok(seedItems.filter((s) => s.published === null).length >= 4, 'most seeds carry no date');
  const stream = polnear();
  // Spread over the stream: early, middle and late.
  seedItems.forEach((s, i) => stream.splice(Math.floor(((i + 1) * stream.length) / (seedItems.length + 1)), 0, s));
  const { stories } = clusterStream(stream);
  const seedStories = new Set(seedItems.map((s) => stories.get(s.id)));
  assert.equal(seedStories.size, 1);
  const members = [...stories].filter(([, s]) => seedStories.has(s)).map(([id]) => id);
  assert.deepEqual(members.sort(), seedItems.map((s) => s.id).sort());
});
