/**
 * How the cost of one story rebuild grows with the story's size: per story step, CPU ms (min of
 * rounds) for stories of N analysed documents, N = 10 … 400.
 *   node dist/scripts/bench/story-size.js [--sizes 10,25,50,100,200,400] [--rounds 3] [--base pn-…] [--data ../shared/data]
 * A story is one base document and its bench-stream replicas (the same perturbation as the
 * stream: shuffled lines, swapped names, dates 21 days apart), which is what the bench stream's
 * long replica chains look like; each document is analysed once and reused by every round.
 * CPU time of this thread, not wall: the machine is shared, and min-of-rounds removes most noise.
 */
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { analyseDoc } from '../../src/nlp/pipeline.js';
import { docFromText } from '../../src/ingest/ingest.js';
import type { ArticleDoc } from '../../src/model/article.js';
import { buildStory, storySteps } from '../../src/analyze/build-story.js';
import type { StoryStep } from '../../src/analyze/story-step.js';
import { loadBaseDocs, type BaseDoc } from './base-docs.js';
import { buildStream } from './stream.js';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, rounds: { type: 'string' }, base: { type: 'string' }, data: { type: 'string' } } });
const sizes = (values.sizes ?? '10,25,50,100,200,400').split(',').map(Number);
const rounds = Number(values.rounds ?? 3);
const all = loadBaseDocs(values.data ?? '../shared/data');
const base = pickBase(all, values.base ?? null);

/** The named base document, else the first PolNeAR article of 3–6 KB (quotes and attributions, typical length). */
function pickBase(docs: BaseDoc[], id: string | null): BaseDoc {
  const found = id === null ? docs.find((d) => d.id.startsWith('pn-') && d.text.length >= 3000 && d.text.length <= 6000) : docs.find((d) => d.id === id);
  if (!found) throw new Error(`no base document ${id ?? '(PolNeAR 3–6 KB)'}`);
  return found;
}

const largest = Math.max(...sizes);
const analysed: ArticleDoc[] = buildStream([base], largest).map((d, i) =>
  analyseDoc(docFromText(d.text, { source: `bench#${d.id}`, id: d.id, published: d.published, outlet: `Outlet ${i % 17}` })),
);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU ms of each step in one build (each step timed alone, in pipeline order). */
function timedBuild(docs: readonly ArticleDoc[]): Map<string, number> {
  const times = new Map<string, number>();
  const timed: StoryStep[] = storySteps.map((s) => ({
    name: s.name,
    run(input, story) {
      const t = cpuMs();
      s.run(input, story);
      times.set(s.name, (times.get(s.name) ?? 0) + cpuMs() - t);
    },
  }));
  buildStory('bench-story', docs, timed);
  return times;
}

console.log(`base ${base.id} (${base.text.length} chars), rounds ${rounds}, load ${loadavg()[0]!.toFixed(1)}`);
console.log(['N', ...storySteps.map((s) => s.name), 'total ms', 'ms/article', 'story KB', 'heap MB'].join(' | '));
for (const n of sizes) {
  const docs = analysed.slice(0, n);
  const best = new Map<string, number>();
  for (let r = 0; r < rounds; r++) for (const [name, ms] of timedBuild(docs)) best.set(name, Math.min(best.get(name) ?? Infinity, ms));
  const total = [...best.values()].reduce((a, b) => a + b, 0);
  const kb = JSON.stringify(buildStory('bench-story', docs)).length / 1024;
  const cells = storySteps.map((s) => (best.get(s.name) ?? 0).toFixed(1));
  console.log([n, ...cells, total.toFixed(0), (total / n).toFixed(2), kb.toFixed(0), (process.memoryUsage().heapUsed / 1048576).toFixed(0)].join(' | '));
}
