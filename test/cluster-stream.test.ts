import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from '../src/cluster/story-clusterer.js';
import type { ClusterDecision, ClusterItem } from '../src/cluster/types.js';
import type { FingerprintRow } from '../src/cluster/types.js';

// Fictional news: two look-alike events (two singers entering two rehab clinics), an unrelated
// harbour story, and their follow-ups.
const item = (id: string, text: string, published: string | null = null, title: string | null = null): ClusterItem => ({
  id,
  title,
  text,
  published,
  entities: [],
  dates: [],
});

const REHAB_A1 = item(
  'a1',
  'Pop singer Mara Quellen has checked into the Silverpine Recovery Center in Arizona, her publicist Dov Harlan said on Tuesday.\n' +
    'Quellen, 29, entered the rehabilitation facility voluntarily after a difficult year, Harlan told reporters.\n' +
    'The Silverpine clinic treats alcohol and prescription drug dependency. Quellen cancelled three concerts in Phoenix.',
);
const REHAB_A2 = item(
  'a2',
  'Mara Quellen is receiving treatment at Silverpine Recovery Center, spokesman Dov Harlan confirmed.\n' +
    'The singer checked herself into the Arizona rehab facility and asked fans to respect her privacy.\n' +
    'Quellen postponed her Phoenix concerts; Harlan said she expects to stay at Silverpine for several weeks.',
);
const REHAB_B1 = item(
  'b1',
  'Country star Ned Oskarsen has entered the Bluewater Treatment Institute in Oregon for rehabilitation, his manager Lise Varga said.\n' +
    'Oskarsen, 41, checked into the rehab facility on Monday after an arrest for drunk driving in Portland.\n' +
    'Varga said Oskarsen will remain at Bluewater for a 30-day program and has cancelled his Seattle tour dates.',
);
const REHAB_B2 = item(
  'b2',
  'Ned Oskarsen checked into Bluewater Treatment Institute, manager Lise Varga confirmed on Monday.\n' +
    'The country singer was arrested in Portland last week for drunk driving and entered the Oregon rehab facility.\n' +
    'Oskarsen apologised to fans in Seattle for the cancelled tour; Varga said the program lasts 30 days.',
);
const HARBOUR = item(
  'h1',
  'A cargo crane collapsed at the port of Velmora on Wednesday, blocking two container berths, the harbour authority said.\n' +
    'Nobody was injured when the crane fell onto an empty quay. Engineers from the Velmora Port Authority are inspecting the other cranes.\n' +
    'Shipping lines diverted four vessels to the neighbouring port of Castrel while the berths are cleared.',
);

function run(items: readonly ClusterItem[], c = new StoryClusterer()): ClusterDecision[] {
  return items.map((i) => c.add(i));
}

test('two look-alike events stay apart while each gathers its follow-up', () => {
  const [a1, b1, h1, a2, b2] = run([REHAB_A1, REHAB_B1, HARBOUR, REHAB_A2, REHAB_B2]);
  assert.equal(a2!.storyId, a1!.storyId);
  assert.equal(b2!.storyId, b1!.storyId);
  assert.notEqual(a1!.storyId, b1!.storyId);
  assert.notEqual(h1!.storyId, a1!.storyId);
  assert.notEqual(h1!.storyId, b1!.storyId);
});

test('story ids are deterministic: s- plus a hash of the first article id', () => {
  const first = run([REHAB_A1, REHAB_A2]);
  const again = run([REHAB_A1, REHAB_A2]);
  assert.deepEqual(first, again);
  assert.match(first[0]!.storyId, /^s-[0-9a-f]{12}$/);
});

test('a syndicated copy is a duplicate of the original and joins its story', () => {
  const copy = item('a1-copy', 'By Wire Staff\n' + REHAB_A1.text + '\nCopyright wire service.');
  const [a1, , c] = run([REHAB_A1, REHAB_B1, copy]);
  assert.equal(c!.duplicateOf, 'a1');
  assert.equal(c!.storyId, a1!.storyId);
  // A rewrite on the same event is not a copy.
  const [, r] = run([REHAB_A1, REHAB_A2]);
  assert.equal(r!.duplicateOf, null);
});

test('an article that bridges two stories merges them and reports the merge', () => {
  // Two halves of one event told with different words, then a report that tells both.
  const crane = item('c1', 'A cargo crane collapsed at the port of Velmora, blocking container berths. Engineers inspect the crane wreck on the quay.');
  const ships = item('c2', 'Shipping lines diverted vessels to Castrel this week. Freight schedules slipped by days for importers and retailers.');
  const both = item(
    'c3',
    'A cargo crane collapsed at the port of Velmora, blocking container berths; engineers inspect the crane wreck on the quay. ' +
      'Shipping lines diverted vessels to Castrel this week, and freight schedules slipped by days for importers and retailers.',
  );
  const c = new StoryClusterer();
  const [d1, d2, d3] = run([crane, ships, both], c);
  assert.notEqual(d1!.storyId, d2!.storyId);
  assert.equal(d3!.storyId, d1!.storyId, 'the older story survives');
  assert.deepEqual(d3!.merged, [d2!.storyId]);
  assert.equal(c.fingerprintRow('c2')!.storyId, d1!.storyId, 'merged articles move to the survivor');
  // With a stricter merge threshold the bridge only joins the best story.
  const strict = run([crane, ships, both], new StoryClusterer({ merge: 0.9 }));
  assert.deepEqual(strict.map((d) => d.merged.length), [0, 0, 0]);
  assert.ok(strict[2]!.storyId === d1!.storyId || strict[2]!.storyId === d2!.storyId);
});

test('dates: a same-looking report years later starts a new story; undated articles still join', () => {
  const dated = { ...REHAB_A1, published: '2021-03-02' };
  const followUp = { ...REHAB_A2, published: '2021-03-04' };
  const yearsLater = { ...REHAB_A2, id: 'a2-later', published: '2024-06-01' };
  const undated = { ...REHAB_A2, id: 'a2-undated' };
  const [d1, d2, d3, d4] = run([dated, followUp, yearsLater, undated]);
  assert.equal(d2!.storyId, d1!.storyId);
  assert.notEqual(d3!.storyId, d1!.storyId);
  assert.ok(d4!.storyId === d1!.storyId || d4!.storyId === d3!.storyId);
});

test('restoring from fingerprints gives the same decisions as an uninterrupted run', () => {
  const stream = [REHAB_A1, HARBOUR, REHAB_B1, REHAB_A2, REHAB_B2, item('a1-copy', REHAB_A1.text + ' More soon.')];
  const live = new StoryClusterer();
  const head = stream.slice(0, 3);
  head.forEach((i) => live.add(i));
  const rows: FingerprintRow[] = head.map((i) => live.fingerprintRow(i.id)!);
  for (const r of rows) assert.ok(r.data.length < 3000, 'fingerprints stay compact');
  const restored = new StoryClusterer();
  restored.restore(JSON.parse(JSON.stringify(rows)) as FingerprintRow[]);
  const tail = stream.slice(3);
  assert.deepEqual(run(tail, restored), run(tail, live));
  assert.equal(restored.fingerprint('nope'), null);
});
