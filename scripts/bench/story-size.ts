/**
 * How the cost of one story rebuild grows with the story's size: per story step, CPU ms (min of
 * rounds) for stories of N analysed documents, N = 10 … 400.
 *   node dist/scripts/bench/story-size.js [--sizes 10,25,50,100,200,400] [--rounds 3] [--base pn-…] [--data ../shared/data]
 * A story is one base document and its bench-stream replicas (the same perturbation as the
 * stream: shuffled lines, swapped names, dates 21 days apart), which is what the bench stream's
 * long replica chains look like; each document is analysed once and reused by every round.
 * CPU time of this thread, not wall: the machine is shared, and min-of-rounds removes most noise.
 * (`npm run bench` reports ms per article at 10, 100 and 400 from the same code: story-rebuild.ts.)
 */
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { buildStory, storySteps } from '../../src/analyze/build-story.js';
import { loadBaseDocs } from './base-docs.js';
import { pickBase, rebuildRow, replicaStory } from './story-rebuild.js';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, rounds: { type: 'string' }, base: { type: 'string' }, data: { type: 'string' } } });
const sizes = (values.sizes ?? '10,25,50,100,200,400').split(',').map(Number);
const rounds = Number(values.rounds ?? 3);
const base = pickBase(loadBaseDocs(values.data ?? '../shared/data'), values.base ?? null);
const analysed = replicaStory(base, Math.max(...sizes));

console.log(`base ${base.id} (${base.text.length} chars), rounds ${rounds}, load ${loadavg()[0]!.toFixed(1)}`);
console.log(['N', ...storySteps.map((s) => s.name), 'total ms', 'ms/article', 'story KB', 'heap MB'].join(' | '));
for (const n of sizes) {
  const row = rebuildRow(analysed, n, rounds);
  const kb = JSON.stringify(buildStory('bench-story', analysed.slice(0, n))).length / 1024;
  const cells = storySteps.map((s) => (row.steps.get(s.name) ?? 0).toFixed(1));
  console.log([n, ...cells, row.totalMs.toFixed(0), row.msPerArticle.toFixed(2), kb.toFixed(0), (process.memoryUsage().heapUsed / 1048576).toFixed(0)].join(' | '));
}
