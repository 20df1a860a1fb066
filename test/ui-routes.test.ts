/**
 * The desk's own routes, without a browser: the change feed's cursor (only stories saved after
 * it come back, and the cursor is the store's time, not the server's clock), the filtered story
 * list (outlet, flag, status, sort by outlets, counts) and the dossier download in each format.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../src/server/build-app.js';
import { openRepository } from '../src/store/open-repository.js';
import { storedStory } from '../src/store/summary.js';
import { lighthouseStory, OTHER_STORY_ID, seedDesk, STORY_ID } from './server-fixture.js';

interface Changes {
  cursor: string;
  stories: { id: string; updatedAt: string }[];
}
interface DeskList {
  stories: { id: string; outlets: string[]; flags: string[]; outletCount: number }[];
  total: number;
  outlets: { name: string; stories: number }[];
  flags: { name: string; stories: number }[];
}

async function fixture() {
  const repo = await openRepository(':memory:');
  const docs = await seedDesk(repo);
  const app = await buildApp({ repo });
  return { repo, docs, app, close: async () => (await app.close(), await repo.close()) };
}

test('change feed: every story first, then only those saved after the cursor', async () => {
  const { repo, docs, app, close } = await fixture();
  try {
    const first = (await app.inject('/api/changes')).json() as Changes;
    assert.deepEqual(new Set(first.stories.map((s) => s.id)), new Set([STORY_ID, OTHER_STORY_ID]));
    assert.equal(first.cursor, first.stories.map((s) => s.updatedAt).sort().at(-1));
    const none = (await app.inject(`/api/changes?since=${encodeURIComponent(first.cursor)}`)).json() as Changes;
    assert.deepEqual(none, { cursor: first.cursor, stories: [] });
    await new Promise((r) => setTimeout(r, 5)); // a later save time
    await repo.saveStory(storedStory(lighthouseStory(docs.g, docs.n, docs.w)));
    const next = (await app.inject(`/api/changes?since=${encodeURIComponent(first.cursor)}`)).json() as Changes;
    assert.deepEqual(next.stories.map((s) => s.id), [STORY_ID]);
    assert.ok(next.cursor > first.cursor);
  } finally {
    await close();
  }
});

test('desk story list: outlet, flag and status filters, sort by outlets, counts and menus', async () => {
  const { repo, app, close } = await fixture();
  try {
    const all = (await app.inject('/api/desk/stories')).json() as DeskList;
    assert.equal(all.total, 2);
    const lighthouse = (await repo.getStory(STORY_ID))!;
    const outlet = lighthouse.articles[0]!.outlet!;
    const byOutlet = (await app.inject(`/api/desk/stories?outlet=${encodeURIComponent(outlet)}`)).json() as DeskList;
    assert.deepEqual(byOutlet.stories.map((s) => s.id), [STORY_ID]);
    assert.equal(byOutlet.total, 1);
    assert.equal(all.outlets.find((o) => o.name === outlet)?.stories, 1);
    // The lighthouse story has a disputed claim and a discrepancy; the budget story neither.
    const disputed = (await app.inject('/api/desk/stories?status=disputed')).json() as DeskList;
    assert.deepEqual(disputed.stories.map((s) => s.id), [STORY_ID]);
    const sorted = (await app.inject('/api/desk/stories?sort=outlets')).json() as DeskList;
    const counts = sorted.stories.map((s) => s.outletCount);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    for (const f of all.flags) {
      const withFlag = (await app.inject(`/api/desk/stories?flag=${f.name}`)).json() as DeskList;
      assert.equal(withFlag.total, f.stories, f.name);
      assert.ok(withFlag.stories.every((s) => s.flags.includes(f.name)));
    }
    assert.equal((await app.inject('/api/desk/stories?flag=nonsense')).statusCode, 400);
  } finally {
    await close();
  }
});

test('dossier download: JSON, Markdown and HTML as attachments; unknown story 404, unknown format 400', async () => {
  const { app, close } = await fixture();
  try {
    const json = await app.inject(`/api/stories/${STORY_ID}/dossier?format=json`);
    assert.equal(json.statusCode, 200);
    assert.match(String(json.headers['content-disposition']), /attachment; filename="story-s-lighthouse\.json"/);
    assert.equal((json.json() as { stories: { id: string }[] }).stories[0]!.id, STORY_ID);
    const md = await app.inject(`/api/stories/${STORY_ID}/dossier?format=md`);
    assert.match(String(md.headers['content-type']), /^text\/markdown/);
    const html = await app.inject(`/api/stories/${STORY_ID}/dossier?format=html`);
    assert.match(String(html.headers['content-type']), /^text\/html/);
    assert.match(html.body, /^<!doctype html>/);
    assert.equal((await app.inject('/api/stories/s-nope/dossier?format=md')).json().error.code, 'CC_STORY_NOT_FOUND');
    assert.equal((await app.inject(`/api/stories/${STORY_ID}/dossier?format=pdf`)).statusCode, 400);
  } finally {
    await close();
  }
});
