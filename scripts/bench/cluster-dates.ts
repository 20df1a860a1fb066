/**
 * Story clustering with and without publication dates, and over 10 arrival orders.
 *   node dist/scripts/bench/cluster-dates.js [--data ../shared/data] [--part tune|unseen|all]
 *
 * 1. ECB+ (real multi-outlet news, gold events, no dates of its own): every event gets a
 *    publication day (seeded; the two look-alike events of a topic 1–5 years apart, an event's
 *    articles over 0–3 days), then the stream is clustered with all dates, with half of the
 *    articles undated, and with none, in each of the 10 fixed orders (min / median / max BCubed
 *    F1). `--part`: odd topics were used while tuning (tune), even topics were not (unseen).
 * 2. PolNeAR (924 political articles, 7 outlets, 2016, real dates from metadata.tsv, no gold):
 *    the same stream clustered with its dates and with them removed; the dated clustering is the
 *    reference, so the figure says how far decisions without dates drift from those with dates.
 *    Months Jan–Jun 2016 and earlier were used while tuning, Jul 2016 on were not (both printed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { clusterItemOf } from '../../src/cluster/item-from-doc.js';
import type { ClusterItem } from '../../src/cluster/types.js';
import { clusterScores } from '../../src/eval/bcubed.js';
import { analysed, clusterStream, docFromText, ORDER_SEEDS, readLabelled, shuffled, spread } from '../../src/eval/tasks/cluster.js';
import { docFromText as ingestText } from '../../src/ingest/doc-from-text.js';
import { analyseDoc } from '../../src/nlp/pipeline.js';
import { seededRandom } from '../../src/util/random.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, part: { type: 'string' } } });
const dataDir = values.data ?? '../shared/data';
const part = values.part ?? 'all';

const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Seeded publication days per gold event: a topic's two events years apart, articles within 0–3 days. */
function eventDays(lines: readonly { id: string; cluster: string }[]): Map<string, string> {
  const rand = seededRandom(2026);
  const eventStart = new Map<string, number>();
  const topicStart = new Map<string, number>();
  const out = new Map<string, string>();
  for (const l of [...lines].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const topic = l.cluster.replace(/_ecb(plus)?$/, '');
    if (!topicStart.has(topic)) topicStart.set(topic, Date.UTC(2006, 0, 1) + Math.floor(rand() * 700) * DAY);
    let start = eventStart.get(l.cluster);
    if (start === undefined) {
      const later = l.cluster.endsWith('_ecbplus') ? (1 + Math.floor(rand() * 5)) * 365 * DAY : 0;
      start = topicStart.get(topic)! + later;
      eventStart.set(l.cluster, start);
    }
    out.set(l.id, isoDay(start + Math.floor(rand() * rand() * 4) * DAY));
  }
  return out;
}

function orderSpread(items: readonly ClusterItem[], gold: ReadonlyMap<string, string>): string {
  const f = ORDER_SEEDS.map((seed) => clusterScores(clusterStream(shuffled(items, seed)).stories, gold).bcubed.f1);
  const s = spread(f);
  return `min ${s.min.toFixed(3)} / median ${s.median.toFixed(3)} / max ${s.max.toFixed(3)}`;
}

// 1. ECB+ with seeded event dates.
const lines = readLabelled(join(dataDir, 'ecbplus', 'ecbplus.jsonl')).filter((l) => {
  const topic = Number(l.cluster.replace(/_ecb(plus)?$/, ''));
  return part === 'all' || (part === 'unseen') === (topic % 2 === 0);
});
const failures: string[] = [];
const items = lines.map((l) => clusterItemOf(analysed(docFromText(l.id, l.text, l.id), failures)));
const gold = new Map(lines.map((l) => [l.id, l.cluster]));
const days = eventDays(lines);
const undatedHalf = seededRandom(7);
const variants: [string, ClusterItem[]][] = [
  ['all dated', items.map((i) => ({ ...i, published: days.get(i.id)! }))],
  ['half undated', items.map((i) => ({ ...i, published: undatedHalf() < 0.5 ? null : days.get(i.id)! }))],
  ['none dated', items.map((i) => ({ ...i, published: null }))],
];
console.log(`ECB+ ${part} topics: ${lines.length} articles, ${new Set(gold.values()).size} events; BCubed F1 over ${ORDER_SEEDS.length} orders`);
for (const [name, v] of variants) console.log(`  ${name.padEnd(13)} ${orderSpread(v, gold)}`);

// 2. PolNeAR: dates kept vs removed.
const dir = join(dataDir, 'polnear');
const metas = readFileSync(join(dir, 'metadata.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .map((r) => r.split('\t'))
  .filter((c) => c.length >= 8 && (c[0] === 'train' || c[0] === 'dev'))
  .map((c) => ({ file: c[1]!, split: c[0]!, publisher: c[4]!, date: c[5]!, title: c[7]! }))
  .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : 1));
const dated = metas.map((m) => {
  const text = readFileSync(join(dir, m.split, 'text', `${m.file}.txt`), 'utf8');
  return clusterItemOf(analyseDoc(ingestText(`${m.title}\n\n${text}`, { source: m.file, id: m.file, published: m.date, outlet: m.publisher })));
});
const reference = clusterStream(dated).stories;
const half = (first: boolean) => new Set(metas.filter((m) => (m.date < '2016-07-01') === first).map((m) => m.file));
const agreement = (stories: ReadonlyMap<string, string>, keep: ReadonlySet<string>) => {
  const ref = new Map([...reference].filter(([a]) => keep.has(a)));
  const s = clusterScores(new Map([...stories].filter(([a]) => keep.has(a))), ref).bcubed;
  return `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
};
const stats = (stories: ReadonlyMap<string, string>) => {
  const sizes = new Map<string, number>();
  for (const s of stories.values()) sizes.set(s, (sizes.get(s) ?? 0) + 1);
  const sorted = [...sizes.values()].sort((a, b) => b - a);
  return `${sizes.size} stories, largest ${sorted.slice(0, 5).join(', ')}`;
};
console.log(`PolNeAR ${metas.length} articles in date order; with dates: ${stats(reference)}`);
for (const [name, order] of [
  ['date order', dated],
  ['shuffled', shuffled(dated)],
] as const) {
  const undated = clusterStream(order.map((i) => ({ ...i, published: null }))).stories;
  console.log(`  dates removed, ${name}: ${stats(undated)}; against the dated clustering: tuned months ${agreement(undated, half(true))}, unseen months ${agreement(undated, half(false))}`);
}
