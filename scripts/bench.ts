/**
 * `npm run bench`: speed and memory figures, each measured in a fresh child process so that
 * peak memory belongs to one measurement. Prints a table and a one-line summary; never asserts.
 * The full pipeline's smallest size runs before and after the largest (growth: their mean).
 *   node dist/scripts/bench.js [--sizes 10000,100000] [--only html,ecbplus,story,pipeline,cluster,workers] [--data ../shared/data]
 *   [--db postgres://…]   queue throughput with 1, 2 and 4 `crosscheck worker` processes (alone unless --only says more)
 * `story`: one replica story (bench/story-rebuild.ts) rebuilt at 10, 100 and 400 articles, CPU ms per
 * article (min of 2 builds) and the claims step's share of it; ~30-60 s, mostly analysing the 400 articles.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measure, type Measurement } from './bench/measure.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string' }, only: { type: 'string' }, data: { type: 'string' }, child: { type: 'string' }, size: { type: 'string' }, db: { type: 'string' } },
});
const dataDir = values.data ?? '../shared/data';

if (values.child) {
  const m = await measure(values.child, Number(values.size ?? 0), dataDir, values.db);
  process.send?.(m);
  process.exit(0);
}

function child(kind: string, size: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const p = fork(new URL(import.meta.url).pathname, ['--child', kind, '--size', String(size), '--data', dataDir, ...(values.db ? ['--db', values.db] : [])], { execArgv: ['--max-old-space-size=4096'] });
    let result: Measurement | null = null;
    p.on('message', (m) => (result = m as Measurement));
    p.on('exit', (code) => (result ? resolve(result) : reject(new Error(`${kind} ${size} exited with ${code}`))));
  });
}

if (!existsSync(dataDir)) {
  console.error(`bench: data folder not found: ${dataDir}`);
  process.exit(2);
}
const sizes = (values.sizes ?? '10000,100000').split(',').map(Number);
const only = new Set((values.only ?? (values.db ? 'workers' : 'html,ecbplus,story,cluster,pipeline')).split(','));
const results: Record<string, Measurement> = {};
const run = async (name: string, kind: string, size = 0) => {
  if (!only.has(kind)) return;
  process.stderr.write(`bench: ${name}…\n`);
  results[name] = await child(kind, size);
  console.log(`${name.padEnd(24)} ${Object.entries(results[name]!).map(([k, v]) => `${k} ${v}`).join('  ')}`);
};

await run('html extraction', 'html');
await run('analyze ECB+ (982)', 'ecbplus');
await run('story rebuild', 'story');
for (const n of sizes) await run(`cluster only ${n}`, 'cluster', n);
const [small, large] = [sizes[0]!, sizes[sizes.length - 1]!];
for (const n of sizes) await run(`full pipeline ${n}`, 'pipeline', n);
// This shared VM's speed drifts by up to ±20 % within an hour, as long as the largest run takes,
// so the smallest size is measured again after it and the growth ratio uses the mean of the two.
if (small !== large) await run(`full pipeline ${small} again`, 'pipeline', small);
for (const n of [1, 2, 4]) await run(`queue, ${n} worker${n > 1 ? 's' : ''}`, 'workers', n);

const growth = (kind: string) => {
  const before = results[`${kind} ${small}`];
  const after = results[`${kind} ${small} again`];
  const b = results[`${kind} ${large}`];
  if (!before || !b || small === large) return 'n/a';
  const a = after ? (Number(before.seconds) + Number(after.seconds)) / 2 : Number(before.seconds);
  return (Number(b.seconds) / a).toFixed(1);
};
const f = (name: string, key: string) => results[name]?.[key] ?? 'n/a';
console.log(
  `summary: html ${f('html extraction', 'pagesPerSecond')} pages/s; ECB+ ${f('analyze ECB+ (982)', 'articlesPerSecond')} articles/s; ` +
    `pipeline ${f(`full pipeline ${large}`, 'articlesPerSecond')} articles/s at ${large} (peak ${f(`full pipeline ${large}`, 'peakRssMb')} MB, db ${f(`full pipeline ${large}`, 'dbMb')} MB, growth ${growth('full pipeline')}); ` +
    `clustering ${f(`cluster only ${large}`, 'articlesPerSecond')} articles/s (growth ${growth('cluster only')}); ` +
    `story rebuild ${[10, 100, 400].map((n) => `${f('story rebuild', `msPerArticle@${n}`)}`).join('/')} ms per article at 10/100/400 ` +
    `(claims ${[10, 100, 400].map((n) => f('story rebuild', `claimsShare@${n}`)).join('/')})`,
);
if (only.has('workers'))
  console.log(`queue: ${[1, 2, 4].map((n) => `${n} worker${n > 1 ? 's' : ''} ${f(`queue, ${n} worker${n > 1 ? 's' : ''}`, 'articlesPerSecond')} articles/s`).join(', ')}`);
