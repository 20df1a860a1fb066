import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyIdFor } from '../src/cluster/hash.js';
import { StoryClusterer } from '../src/cluster/story-clusterer.js';
import type { ClusterItem } from '../src/cluster/types.js';
import { finalStories, settledStories } from '../src/eval/tasks/cluster.js';
import { Engine, type EngineEvent } from '../src/engine/engine.js';
import { docFromText } from '../src/ingest/ingest.js';
import { openRepository } from '../src/store/open-repository.js';

const item = (id: string, text: string): ClusterItem => ({ id, title: null, text, published: null, entities: [], dates: [] });

// Fictional event: a dam breach at Korvel told by three reports, each about one side of it, and a
// round-up of all three sides that arrives first. No single report is close enough to the round-up
// to join its story, and the later ones join the first report's story instead; that story, once it
// holds all three, is close enough.
const ROUNDUP = item('r0', 'Flooded orchards, ferried children, questioned cracks.');
const KEY = 'The Korvel dam breach emptied the Korvel reservoir overnight, officials in Korvel said.';
const SIDES = [
  item('s1', `${KEY} Orchards flooded in the valley.`),
  item('s2', `${KEY} Fishing boats ferried children to safety.`),
  item('s3', `${KEY} Inspectors questioned spillway cracks.`),
];
const OTHER = item('o1', 'A cargo crane collapsed at the port of Velmora, blocking two container berths; engineers are inspecting the other cranes.');

test('settle: a loner that came before its event gathered is merged into the story that takes it now', () => {
  const c = new StoryClusterer();
  const stream = [ROUNDUP, ...SIDES, OTHER];
  const decisions = stream.map((i) => c.add(i));
  const live = finalStories(stream, decisions);
  assert.notEqual(live.get('r0'), live.get('s1'), 'at arrival the round-up opened its own story');
  assert.equal(live.get('s1'), live.get('s3'), 'the three sides are one story');
  const merges = c.settle();
  assert.deepEqual(merges, [{ from: live.get('r0'), into: live.get('s1') }]);
  assert.equal(c.fingerprintRow('r0')!.storyId, live.get('s1'));
  const final = settledStories(live, merges);
  assert.equal(final.get('r0'), final.get('s1'));
  assert.notEqual(final.get('o1'), final.get('s1'), 'an unrelated loner stays alone');
  assert.deepEqual(c.settle(), [], 'each loner is settled once: the next settle has nothing new');
});

test('settle through the engine: an ingest run ends with the loner merged in the store, and says so', async () => {
  const repo = await openRepository(':memory:');
  try {
    const engine = await Engine.open(repo);
    const events: EngineEvent[] = [];
    const run = [ROUNDUP, ...SIDES, OTHER].map((i) => ({ kind: 'article' as const, doc: docFromText(i.text, { source: `${i.id}.txt`, id: i.id }), raw: i.text }));
    await engine.ingest(run, (e) => events.push(e));
    const stored = new Map((await repo.fingerprintsSince(null)).map((r) => [r.articleId, r.storyId]));
    assert.equal(stored.get('r0'), stored.get('s1'));
    assert.notEqual(stored.get('o1'), stored.get('s1'));
    // Announced last, after every article of the run was stored: the round-up's own story went into the event's.
    assert.deepEqual(events.at(-1), { kind: 'merged', from: storyIdFor('r0'), into: stored.get('s1') });
    assert.equal((await repo.articlesOfStory(stored.get('s1')!)).length, 4);
  } finally {
    await repo.close();
  }
});
