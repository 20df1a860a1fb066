/**
 * The desk as an editor's daily tool, in headless Chromium on the example corpus and the seed
 * articles analysed by the real pipeline: no sideways page scroll on any section at 390 and 1400
 * px; an axe-core accessibility pass (no serious or critical violations); search snippets,
 * filters, sorts and counts; section links, focus and Back; downloads; loading state; score
 * meters by meaning; whole provenance labels; side-labelled discrepancies; a wide reader.
 * Nothing here knows the corpora's wording: it checks structure against the API's own answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { Engine } from '../src/engine/engine.js';
import { ingestInputs } from '../src/ingest/ingest.js';
import type { Story } from '../src/model/dossier.js';
import { startServer } from '../src/server/start-server.js';
import type { StorySummary } from '../src/store/repository.js';
import { openRepository } from '../src/store/open-repository.js';
import { CHROMIUM, launchChromium, watchProblems } from './support/browser.js';
import { dataSkip, SHARED } from './support/data-dir.js';
import { ROOT } from './support/golden.js';

const skip = !existsSync(CHROMIUM) && 'needs /usr/bin/chromium';
const RESULTS = `${ROOT}test-results/`;
const SEEDS = new URL('seeds', SHARED).pathname;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SECTIONS = ['brief', 'matrix', 'discrepancies', 'quotes', 'provenance', 'articles', 'timeline', 'entities'];

interface Desk {
  url: string;
  stories: StorySummary[];
  story: (id: string) => Promise<Story>;
  close: () => Promise<void>;
}

async function desk(inputs: string[]): Promise<Desk> {
  const repo = await openRepository(':memory:');
  const engine = await Engine.open(repo);
  await engine.ingest(ingestInputs(inputs, {}));
  const server = await startServer({ repo, port: 0, host: '127.0.0.1' });
  const stories = await repo.listStories({ sort: 'size', limit: 200 });
  return {
    url: server.url,
    stories,
    story: async (id) => (await repo.getStory(id))!,
    close: async () => {
      await server.close();
      await repo.close();
    },
  };
}

const settled = (page: Page) => page.waitForFunction(() => document.getElementById('view')?.getAttribute('aria-busy') === 'false');
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function go(page: Page, url: string) {
  await page.goto(url);
  await settled(page);
}

/** Every page of the desk for a corpus: the list, each story at each section, each article of the largest story. */
async function pagesOf(d: Desk): Promise<string[]> {
  const hashes = ['#/stories'];
  for (const s of d.stories) for (const sec of SECTIONS) hashes.push(`#/story/${s.id}?focus=${sec}`);
  const top = await d.story(d.stories[0]!.id);
  for (const a of top.articles) hashes.push(`#/article/${encodeURIComponent(a.id)}?story=${top.id}`);
  return hashes;
}

for (const [name, input] of [
  ['examples', `${ROOT}examples`],
  ['seeds', SEEDS],
] as const) {
  test(`desk on the ${name}: no sideways page scroll on any page at 390 and 1400 px; no serious accessibility violations`, { skip: skip || (input === SEEDS ? dataSkip(existsSync(SEEDS), 'needs the seeds (../shared/seeds)') : false) }, async () => {
    mkdirSync(RESULTS, { recursive: true });
    const d = await desk([input]);
    const browser = await launchChromium();
    try {
      const hashes = await pagesOf(d);
      for (const width of [390, 1400]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
        const problems = watchProblems(page, d.url.replace(/\/$/, ''));
        const wide: string[] = [];
        for (const hash of hashes) {
          await go(page, d.url + hash);
          const o = await overflow(page);
          if (o > 1) wide.push(`${hash}: ${o}px`);
        }
        assert.deepEqual(wide, [], `${name} at ${width}px: pages scroll sideways`);
        await go(page, `${d.url}#/story/${d.stories[0]!.id}`);
        await page.screenshot({ path: `${RESULTS}ui-desk-${name}-${width}.png`, fullPage: true });
        assert.deepEqual(problems, []);
        await page.close();
      }
      // axe-core in the page: the CSP would refuse the injected script, so this context bypasses it.
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const top = await d.story(d.stories[0]!.id);
      const found: string[] = [];
      for (const hash of ['#/stories', `#/stories?q=${encodeURIComponent(top.headline.split(/\s+/)[0]!)}`, `#/story/${top.id}`, `#/article/${encodeURIComponent(top.articles[0]!.id)}?story=${top.id}`]) {
        await go(page, d.url + hash);
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const r = await axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
        });
        for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') found.push(`${hash}: ${v.id} (${v.impact}) at ${v.targets.join(', ')}`);
      }
      assert.deepEqual(found, [], 'axe-core: serious or critical violations');
      await context.close();
    } finally {
      await browser.close();
      await d.close();
    }
  });
}

async function openStory(page: Page, d: Desk, id: string) {
  await go(page, `${d.url}#/story/${id}`);
  await page.waitForSelector('table.matrix');
}

test('desk on the examples: search snippets, filters, sorts and counts', { skip }, async () => {
  const d = await desk([`${ROOT}examples`]);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = watchProblems(page, d.url.replace(/\/$/, ''));
    await go(page, d.url);
    assert.match(await page.locator('.count').innerText(), new RegExp(`^${d.stories.length} stor`));

    // Search: each story shows its matching passages, the matches marked.
    const top = await d.story(d.stories[0]!.id);
    const word = top.headline.split(/\s+/).find((w) => w.length > 4)!.replace(/\W/g, '');
    await page.fill('#q', word);
    await page.press('#q', 'Enter');
    await page.waitForSelector('.snippets mark.hit');
    const marked = await page.locator('.snippets mark.hit').allInnerTexts();
    assert.ok(marked.length > 0 && marked.every((m) => m.toLowerCase().includes(word.toLowerCase().slice(0, 4))), `marked: ${marked.join(', ')}`);
    assert.equal(await page.locator('.story-row').first().getAttribute('data-story'), top.id);

    // Filter by an outlet: only stories with an article from it, and the count says so.
    await go(page, `${d.url}#/stories`);
    const outlet = top.articles.find((a) => a.outlet)!.outlet!;
    await page.selectOption('select[name="outlet"]', outlet);
    await page.click('.filters button[type="submit"]');
    await page.waitForFunction((o) => location.hash.includes(`outlet=${encodeURIComponent(o).replace(/%20/g, '+')}`), outlet);
    await settled(page);
    const withOutlet = [];
    for (const s of d.stories) if ((await d.story(s.id)).articles.some((a) => a.outlet === outlet)) withOutlet.push(s.id);
    assert.deepEqual(await page.locator('.story-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-story'))), withOutlet);
    assert.match(await page.locator('.count').innerText(), new RegExp(`^${withOutlet.length} stor`));

    // Status "has disputes": stories with a disputed claim or a discrepancy.
    await go(page, `${d.url}#/stories?status=disputed`);
    const disputed = d.stories.filter((s) => s.disputed > 0 || s.discrepancies > 0).map((s) => s.id);
    assert.deepEqual(new Set(await page.locator('.story-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-story')))), new Set(disputed));

    // A date range after every story: nothing. The flag menu offers the flags that occur.
    await go(page, `${d.url}#/stories?from=2999-01-01`);
    assert.equal(await page.locator('.story-row').count(), 0);
    await go(page, `${d.url}#/stories`);
    const flags = new Set((await Promise.all(d.stories.map((s) => d.story(s.id)))).flatMap((s) => s.articles.flatMap((a) => a.flags)));
    const offered = await page.locator('select[name="flag"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    assert.deepEqual(new Set(offered), flags);

    // Sort by outlets: most outlets first.
    await go(page, `${d.url}#/stories?sort=outlets`);
    const order = await page.locator('.story-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-story')));
    const outletsOf = new Map(d.stories.map((s) => [s.id, s.outletCount]));
    const counts = order.map((id) => outletsOf.get(id!)!);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    assert.equal(await page.locator('.sorts a[aria-current]').innerText(), 'most outlets');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await d.close();
  }
});

test('desk on the examples: section links, focus, Back, downloads, loading, scores, graph, discrepancy sides, wide reader', { skip }, async () => {
  const d = await desk([`${ROOT}examples`]);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = watchProblems(page, d.url.replace(/\/$/, ''));
    const top = await d.story(d.stories[0]!.id);
    await openStory(page, d, top.id);

    // Every section has a link; a section link puts the heading on screen and focuses it, not the section.
    const links = await page.locator('nav.toc a').allInnerTexts();
    assert.ok(links.includes('Names'), `section links: ${links.join(', ')}`);
    assert.equal(links.length, await page.locator('.grid > section.panel').count());
    await page.locator('nav.toc a', { hasText: 'Discrepancies' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'discrepancies-h');
    await page.waitForTimeout(600); // smooth scrolling
    const head = await page.locator('#discrepancies-h').boundingBox();
    assert.ok(head && head.y >= 0 && head.y + head.height <= 900, `heading on screen at y=${head?.y}`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), 'none');
    assert.equal(await page.locator('section.focused').count(), 0, 'no frame around a whole section');
    // By keyboard: Enter on the Names link lands on the Names heading.
    await page.locator('nav.toc a', { hasText: 'Names' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'entities-h');

    // After a search, the focus is on the page heading and nothing is framed.
    await page.fill('#q', 'water');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('view')!).outlineStyle), 'none');

    // Back from the reader returns to the same scroll position.
    await openStory(page, d, top.id);
    await page.locator('#articles .card h3 a').first().scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
    await page.waitForTimeout(400);
    const before = await page.evaluate(() => window.scrollY);
    assert.ok(before > 300);
    await page.locator('#articles .card h3 a').first().click();
    await page.waitForSelector('.reader .text');
    // The reader uses a wide screen: text and side column span most of the window.
    const body = await page.locator('.reader-body').boundingBox();
    assert.ok(body && body.width >= 1400 * 0.8, `reader ${body?.width}px wide at 1400`);
    await page.goBack();
    await page.waitForSelector('table.matrix');
    await settled(page);
    const after = await page.evaluate(() => window.scrollY);
    assert.ok(Math.abs(after - before) <= 5, `scroll ${before} → ${after}`);

    // Downloads in the CLI's three formats.
    for (const [format, type] of [
      ['json', 'application/json'],
      ['md', 'text/markdown'],
      ['html', 'text/html'],
    ]) {
      const href = await page.locator(`.downloads a[href$="format=${format}"]`).getAttribute('href');
      const res = await page.request.get(new URL(href!, d.url).toString());
      assert.equal(res.status(), 200);
      assert.match(res.headers()['content-type'] ?? '', new RegExp(type!));
      assert.match(res.headers()['content-disposition'] ?? '', /attachment/);
      const text = await res.text();
      if (format === 'json') assert.equal((JSON.parse(text) as { stories: Story[] }).stories[0]!.id, top.id);
      else assert.ok(text.includes(top.headline), `${format} names the story`);
    }

    // Print: the handout hides the desk's chrome and unfolds every claim row.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.top').isVisible(), false);
    assert.equal(await page.locator('nav.toc').isVisible(), false);
    assert.equal(await page.locator('table.matrix tbody tr:visible').count(), top.claims.length);
    await page.emulateMedia({ media: 'screen' });

    // Score meters coloured by meaning: high is good except for hedging.
    const optimum = await page.locator('#articles .card').first().locator('meter').evaluateAll((ms) => ms.map((m) => (m as HTMLMeterElement).optimum));
    assert.deepEqual(optimum, [1, 1, 1, 0]);

    // Provenance labels lie whole inside the picture.
    const clipped = await page.locator('#provenance svg.provenance').evaluate((s) => {
      const svgEl = s as SVGSVGElement;
      const vb = svgEl.viewBox.baseVal;
      return Array.from(svgEl.querySelectorAll("text")).filter((t) => {
        const b = (t as SVGTextElement).getBBox();
        return b.x < vb.x || b.x + b.width > vb.x + vb.width;
      }).map((t) => t.textContent);
    });
    assert.deepEqual(clipped, []);

    // Discrepancy cards: each side labelled; every passage sits under a side; a side lists outlets.
    for (let i = 0; i < top.discrepancies.length; i++) {
      const card = page.locator(`[id="disc-${i}"]`);
      const labels = await card.locator('.side-label').allInnerTexts();
      assert.ok(labels.length >= 1, `disc ${i} has side labels`);
      assert.equal(await card.locator('.side-passage').count(), top.discrepancies[i]!.evidence.length);
      if (top.discrepancies[i]!.kind === 'role') {
        const texts = await card.locator('.side-passage p').allInnerTexts();
        assert.ok(new Set(texts).size > 1, `the role card says the roles, not one name ${texts.length} times`);
      }
    }

    // A loading state on every load: a slow story shows it.
    await page.route('**/api/stories/*', async (r) => {
      await new Promise((res) => setTimeout(res, 700));
      await r.continue();
    });
    await page.evaluate(() => (location.hash = '#/stories'));
    await settled(page);
    await page.evaluate((id) => (location.hash = `#/story/${id}`), top.id);
    await page.waitForSelector('#loading:not([hidden])');
    assert.match(await page.locator('#loading').innerText(), /Loading/);
    assert.equal(await page.locator('#view').getAttribute('aria-busy'), 'true');
    await settled(page);
    assert.equal(await page.locator('#loading').isVisible(), false);
    await page.unroute('**/api/stories/*');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await d.close();
  }
});

test('desk follows a story live: new articles and the list update in place, marked, the reader keeps their place', { skip }, async () => {
  const repo = await openRepository(':memory:');
  const engine = await Engine.open(repo);
  const dir = `${ROOT}examples/kessel-dam/`;
  // The story with all its articles but one; the last one arrives while the desk is open.
  const files = ['01-harlow-bay-ledger.txt', '02-coastline-wire.txt', '03-regional-times.txt', '04-valley-standard.txt', '05-daily-meridian-opinion.txt', '06-newsflash-digest.txt'];
  await engine.ingest(ingestInputs(files.slice(0, -1).map((f) => dir + f), {}));
  const server = await startServer({ repo, port: 0, host: '127.0.0.1' });
  const browser: Browser = await launchChromium();
  try {
    const [story] = await repo.listStories({ sort: 'size', limit: 1 });
    const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    const problems = watchProblems(page, server.url.replace(/\/$/, ''));
    await go(page, `${server.url}#/story/${story!.id}`);
    await page.waitForSelector('table.matrix');
    assert.equal(await page.locator('.badge.new').count(), 0, 'nothing is new on a first look');
    await page.locator('#quotes-h').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const anchorBefore = (await page.locator('#quotes-h').boundingBox())!.y;

    await engine.ingest(ingestInputs([dir + files.at(-1)!], {}));
    const grown = (await repo.getStory(story!.id))!;
    assert.equal(grown.articles.length, files.length, 'the new article joined the open story');
    await page.waitForSelector('#articles .card.changed .badge.new', { timeout: 15000 });
    assert.equal(await page.locator('#articles .card').count(), files.length);
    assert.match(await page.locator('.since').innerText(), /New article/);
    const anchorAfter = (await page.locator('#quotes-h').boundingBox())!.y;
    assert.ok(Math.abs(anchorAfter - anchorBefore) <= 2, `the reader's place: ${anchorBefore} → ${anchorAfter}`);

    // The list marks the story as updated since it was last looked at.
    await go(page, server.url);
    await engine.ingest(ingestInputs([`${ROOT}examples/other`], {}));
    await page.waitForSelector('.story-row.changed .badge.new', { timeout: 15000 });
    assert.ok((await page.locator('.story-row').count()) > 1);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await repo.close();
  }
});

test('desk follows what `watch` stores from another process into the database `serve` reads', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-desk-live-'));
  const inbox = join(dir, 'in');
  mkdirSync(inbox);
  const source = `${ROOT}examples/kessel-dam/`;
  const files = readdirSync(source).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files.slice(0, -1)) copyFileSync(source + f, join(inbox, f));
  const db = join(dir, 'desk.sqlite');
  const bin = `${ROOT}bin/crosscheck.js`;
  const watch = spawn(process.execPath, [bin, 'watch', inbox, '--interval', '0.5', '--db', db, '--quiet'], { stdio: 'ignore' });
  let serve: ChildProcess | null = null;
  const browser = await launchChromium();
  try {
    // The first round stored and analysed: the database exists with the story.
    const ready = async () => {
      for (let i = 0; i < 120; i++) {
        if (existsSync(db)) {
          const repo = await openRepository(db);
          const [top] = await repo.listStories({ sort: 'size', limit: 1 });
          await repo.close();
          if (top && top.articleCount === files.length - 1) return top.id;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error('watch did not store the first articles');
    };
    const storyId = await ready();
    serve = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'ignore'] });
    const url = await new Promise<string>((resolve, reject) => {
      serve!.stdout!.on('data', (b: Buffer) => {
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(b.toString());
        if (m) resolve(m[0]);
      });
      serve!.on('exit', () => reject(new Error('serve exited')));
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    const problems = watchProblems(page, url.replace(/\/$/, ''));
    await go(page, `${url}#/story/${storyId}`);
    await page.waitForSelector('table.matrix');
    assert.equal(await page.locator('#articles .card').count(), files.length - 1);
    copyFileSync(source + files.at(-1)!, join(inbox, files.at(-1)!));
    await page.waitForSelector('#articles .card.changed .badge.new', { timeout: 30000 });
    assert.equal(await page.locator('#articles .card').count(), files.length);
    assert.match(await page.locator('#live').innerText(), /updated/);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    serve?.kill('SIGTERM');
    watch.kill('SIGTERM');
    await Promise.all([serve, watch].map((c) => (c && c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    rmSync(dir, { recursive: true, force: true });
  }
});
