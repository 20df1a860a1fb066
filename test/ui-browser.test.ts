/**
 * The desk in a real headless Chromium: story list, story page (matrix, discrepancy, quotes,
 * provenance), a brief citation into the reader's highlighted sentence, a phone-width layout.
 * Screenshots go to test-results/ (git-ignored).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { openRepository } from '../src/store/open-repository.js';
import { startServer } from '../src/server/start-server.js';
import { STORY_ID, seedDesk, sentenceOf } from './server-fixture.js';
import { CHROMIUM, launchChromium, watchProblems } from './support/browser.js';

const hasChromium = existsSync(CHROMIUM);
const ROOT = new URL('../../', import.meta.url);
const RESULTS = new URL('test-results/', ROOT);
const shot = (name: string) => new URL(name, RESULTS).pathname;

const launch = launchChromium;
const watch = watchProblems;

test('ui: story list → story page → citation lands on the highlighted sentence', { skip: !hasChromium && 'needs /usr/bin/chromium' }, async () => {
  mkdirSync(RESULTS, { recursive: true });
  const repo = await openRepository(':memory:');
  const { n } = await seedDesk(repo);
  const server = await startServer({ repo, port: 0, host: '127.0.0.1' });
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems = watch(page, server.url.replace(/\/$/, ''));

    // Story list
    await page.goto(server.url);
    await page.waitForSelector('.story-row');
    assert.equal(await page.locator('.story-row').count(), 2);
    const first = page.locator('.story-row').first();
    assert.match(await first.innerText(), /3 outlets/);
    assert.match(await first.innerText(), /1 corroborated/);
    assert.match(await first.innerText(), /1 disputed/);
    assert.match(await first.innerText(), /2031-04-01 → 2031-04-02/);
    await page.screenshot({ path: shot('ui-list.png') });

    // Keyboard: the first Tab reaches the skip link; search submits with Enter.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'skip');
    await page.fill('#q', 'council');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('.story-row').length === 1);
    assert.match(await page.locator('.story-row').innerText(), /Veldmark council/);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('.story-row').length === 2);

    // Story page
    await page.locator('.story-row h2 a').first().click();
    await page.waitForSelector('table.matrix');
    assert.equal(new URL(page.url()).hash, `#/story/${STORY_ID}`);
    const rows = page.locator('table.matrix tbody tr');
    assert.equal(await rows.count(), 3);
    assert.match(await rows.nth(0).innerText(), /corroborated/, 'most corroborated claim first');
    assert.equal(await rows.nth(0).locator('td.supports').count(), 3);
    const lamp = page.locator('tr#claim-c-lamp');
    assert.equal(await lamp.locator('td.supports').count(), 2);
    assert.equal(await lamp.locator('td.contradicts').count(), 1);
    assert.equal(await page.locator('table.matrix thead th').count(), 5, 'claim column + independent-outlets column + one per outlet');
    assert.equal(await lamp.locator('td.contradicts a').getAttribute('aria-label'), 'Harbour Wire contradicts');
    assert.equal(await page.locator('tr#claim-c-repairs td.silent').count(), 2, 'outlets that do not report a claim get a blank cell');

    const disc = page.locator('#discrepancies .disc');
    assert.equal(await disc.count(), 1);
    assert.equal(await disc.locator('.side').count(), 2);
    assert.match(await disc.innerText(), /six months[\s\S]*nine months/);

    const quotes = page.locator('#quotes');
    assert.match(await quotes.innerText(), /We were lucky nobody was inside/);
    assert.match(await quotes.locator('.speaker.anonymous').innerText(), /anonymous source/);
    assert.equal(await page.locator('#provenance svg .node.first').count(), 2, 'first reporter highlighted as cited source and as article');
    assert.equal(await page.locator('#articles .card').count(), 3);
    assert.equal(await page.locator('#articles meter').count(), 12, 'four score bars per article');
    assert.match(await page.locator('#timeline').innerText(), /2031-03-31/);
    await page.screenshot({ path: shot('ui-story.png'), fullPage: true });

    // Citation → reader, on the cited sentence, highlighted and focused.
    await page.locator('#brief li').first().locator('a.cite', { hasText: 'Northshore Daily' }).click();
    await page.waitForSelector('#target');
    const expected = sentenceOf(n, 'A fire broke out');
    assert.match(new URL(page.url()).hash, new RegExp(`^#/article/northshore\\?s=${expected.start}-${expected.end}`));
    const highlighted = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.text .hl-target'))
        .map((m) => {
          const copy = m.cloneNode(true) as Element;
          copy.querySelectorAll('.backref').forEach((b) => b.remove()); // links back to the dossier, not text
          return copy.textContent;
        })
        .join(''),
    );
    assert.equal(highlighted, expected.text);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'target');
    assert.ok(await page.locator('#target').isVisible());
    await page.screenshot({ path: shot('ui-reader.png') });
    // The reader links back to the story it came from.
    await page.locator('.crumbs a').click();
    await page.waitForSelector('table.matrix');
    // A word-for-word repeat of a quote (the wire's copy of the harbour master's words) links back to its one entry.
    await page.goto(`${server.url}#/article/wire?story=${STORY_ID}`);
    await page.waitForSelector('mark');
    const quoteBack = await page.locator('a.backref[aria-label="this quote in the dossier"]').first().getAttribute('href');
    assert.match(quoteBack ?? '', /focus=quote-gazette-\d+/);

    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await repo.close();
  }
});

test('ui: the story page and the reader fit a phone-width screen', { skip: !hasChromium && 'needs /usr/bin/chromium' }, async () => {
  mkdirSync(RESULTS, { recursive: true });
  const repo = await openRepository(':memory:');
  await seedDesk(repo);
  const server = await startServer({ repo, port: 0, host: '127.0.0.1' });
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const problems = watch(page, server.url.replace(/\/$/, ''));
    for (const hash of [`#/story/${STORY_ID}`, '#/article/gazette?s=0-20']) {
      await page.goto(server.url + hash);
      await page.waitForSelector('h1');
      await page.waitForFunction(() => !document.querySelector('#view > .muted'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${hash}: page scrolls sideways by ${overflow}px (wide parts must scroll inside their panel)`);
    }
    await page.screenshot({ path: shot('ui-reader-phone.png') });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await repo.close();
  }
});
