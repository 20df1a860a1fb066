import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from '../src/cluster/story-clusterer.js';
import { dayOf } from '../src/cluster/time-window.js';
import type { ClusterDecision, ClusterItem } from '../src/cluster/types.js';
import { Engine } from '../src/engine/engine.js';
import { docFromText } from '../src/ingest/doc-from-text.js';
import { openRepository } from '../src/store/open-repository.js';

// Fictional news (the harbour and rehab stories of cluster-stream.test.ts, retold).
const item = (id: string, text: string, published: string | null = null): ClusterItem => ({ id, title: null, text, published, entities: [], dates: [] });

const CRANE =
  'A cargo crane collapsed at the port of Velmora, blocking container berths. Engineers inspect the crane wreck on the quay.';
const SHIPS =
  'Shipping lines diverted vessels to Castrel this week. Freight schedules slipped by days for importers and retailers.';
const BOTH =
  'A cargo crane collapsed at the port of Velmora, blocking container berths; engineers inspect the crane wreck on the quay. ' +
  'Shipping lines diverted vessels to Castrel this week, and freight schedules slipped by days for importers and retailers.';

function run(items: readonly ClusterItem[], c = new StoryClusterer()): ClusterDecision[] {
  return items.map((i) => c.add(i));
}

test('an undated article does not bridge two dated stories months apart', () => {
  const [crane, ships, both] = run([item('c1', CRANE, '2025-01-10'), item('c2', SHIPS, '2025-06-10'), item('c3', BOTH)]);
  assert.notEqual(crane!.storyId, ships!.storyId);
  assert.deepEqual(both!.merged, [], 'no merge across five months');
  assert.ok(both!.storyId === crane!.storyId || both!.storyId === ships!.storyId, 'it still joins one of them');
  // The same three in one week: the bridge merges them, as it does when nothing is dated.
  const week = run([item('c1', CRANE, '2025-01-10'), item('c2', SHIPS, '2025-01-11'), item('c3', BOTH)]);
  assert.deepEqual(week[2]!.merged, [week[1]!.storyId]);
  const none = run([item('c1', CRANE), item('c2', SHIPS), item('c3', BOTH)]);
  assert.deepEqual(none[2]!.merged, [none[1]!.storyId]);
});

test('an undated near-duplicate joins its dated original', () => {
  const original = item('o1', `${BOTH}\nThe harbour authority expects the berths to reopen on Friday, a spokesman said.`, '2025-01-10');
  const other = item('x1', 'Pop singer Mara Quellen has checked into the Silverpine Recovery Center in Arizona, her publicist said.', '2025-01-10');
  const copy = item('o1-copy', `By Wire Staff\n${original.text}\nCopyright wire service.`);
  const [o, , c] = run([original, other, copy]);
  assert.equal(c!.duplicateOf, 'o1');
  assert.equal(c!.storyId, o!.storyId);
});

test('an undated article is not given a day: its fingerprint has none and the story range stays its dated members', () => {
  const c = new StoryClusterer();
  run([item('c1', CRANE, '2025-01-10'), item('c3', BOTH)], c);
  assert.equal(c.fingerprintRow('c3')!.day, null);
  assert.equal(c.fingerprintRow('c1')!.day, dayOf('2025-01-10'));
});

test('one day function: the writer-local day of a date-time, stored as the clusterer used it', () => {
  // 23:30 in New York on 3 March is 4 March in UTC; the article is from 3 March.
  assert.equal(dayOf('2025-03-03T23:30:00-05:00'), dayOf('2025-03-03'));
  assert.equal(dayOf('2025-03-03'), 20150);
  const c = new StoryClusterer();
  c.add(item('late', CRANE, '2025-03-03T23:30:00-05:00'));
  assert.equal(c.fingerprintRow('late')!.day, 20150);
});

// The same stream through the engine twice: once without stopping, once stopped half-way and
// reopened on the same store, so the second clusterer is restored from stored fingerprints.
const STREAM: [string, string][] = [
  [CRANE, '2025-03-03T23:30:00-05:00'],
  ['Pop singer Mara Quellen has checked into the Silverpine Recovery Center in Arizona, her publicist Dov Harlan said on Tuesday. Quellen cancelled three concerts in Phoenix.', '2025-03-04T08:00:00+09:00'],
  [SHIPS, '2025-03-04'],
  ['Country star Ned Oskarsen has entered the Bluewater Treatment Institute in Oregon for rehabilitation, his manager Lise Varga said on Monday.', ''],
  [BOTH, '2025-03-05T22:15:00-08:00'],
  ['Mara Quellen is receiving treatment at Silverpine Recovery Center, spokesman Dov Harlan confirmed. The singer postponed her Phoenix concerts.', '2025-03-06'],
  ['Ned Oskarsen checked into Bluewater Treatment Institute, manager Lise Varga confirmed. The country singer cancelled his Seattle tour dates.', ''],
  [`${CRANE} The harbour authority said the berths reopen on Friday.`, '2025-04-20T23:59:00-04:00'],
];

test('a clusterer restored from the store mid-stream decides like the live one', async () => {
  const docs = STREAM.map(([text, published], i) => docFromText(text, { source: `t${i}`, id: `t${i}`, ...(published ? { published } : {}) }));
  const liveRepo = await openRepository(':memory:');
  const stopRepo = await openRepository(':memory:');
  try {
    const live = await Engine.open(liveRepo);
    const liveDecisions = [];
    for (const d of docs) liveDecisions.push(await live.add(structuredClone(d), d.text));
    let engine = await Engine.open(stopRepo);
    const decisions = [];
    for (const [i, d] of docs.entries()) {
      // Stop after half the stream: a new engine restores its clusterer from the stored rows.
      if (i === docs.length / 2) engine = await Engine.open(stopRepo, { restore: 'all' });
      decisions.push(await engine.add(structuredClone(d), d.text));
    }
    assert.deepEqual(decisions, liveDecisions);
    const rows = await stopRepo.fingerprintsSince(null);
    assert.equal(rows.find((r) => r.articleId === 't0')!.day, 20150, 'stored as the writer-local day the clusterer used');
    assert.deepEqual(rows, await liveRepo.fingerprintsSince(null));
  } finally {
    await liveRepo.close();
    await stopRepo.close();
  }
});

test('an undated article that joined a look-alike years away moves when its own event shows up dated', () => {
  const a1 = item('a1', 'Pop singer Mara Quellen has checked into the Silverpine Recovery Center in Arizona, her publicist Dov Harlan said on Tuesday. Quellen, 29, entered the rehabilitation facility voluntarily after a difficult year. Quellen cancelled three concerts in Phoenix.', '2021-03-02');
  const a2 = item('a2', 'Mara Quellen is receiving treatment at Silverpine Recovery Center in Arizona, publicist Dov Harlan confirmed. The singer checked into the rehab facility and cancelled her Phoenix concerts.', '2021-03-03');
  const u1 = item('u1', 'Pop singer Mara Quellen has checked into the Bluewater Treatment Institute in Oregon, her new manager Lise Varga said. Quellen, 32, entered the rehabilitation facility after an arrest in Portland and cancelled her Seattle concerts.');
  const b1 = item('b1', 'Mara Quellen entered the Bluewater Treatment Institute in Oregon for rehab, manager Lise Varga confirmed, days after her arrest in Portland. The singer cancelled her Seattle concerts.', '2024-06-01');
  const c = new StoryClusterer();
  const [d1, , du, db] = run([a1, a2, u1, b1], c);
  assert.equal(du!.storyId, d1!.storyId, 'alone, the undated article looks like the 2021 story');
  assert.notEqual(db!.storyId, d1!.storyId, 'the 2024 article is too far from 2021');
  assert.deepEqual(db!.moved, [{ from: d1!.storyId, into: db!.storyId, articleIds: ['u1'] }]);
  assert.equal(c.fingerprintRow('u1')!.storyId, db!.storyId);
  assert.equal(c.fingerprintRow('a2')!.storyId, d1!.storyId, 'the dated members stay');
});
