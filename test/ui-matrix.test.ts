/**
 * The claims matrix in headless Chromium on a fictional story wide enough to scroll: twelve
 * outlets (one of them with two articles under two spellings, one named by nothing but its file
 * name), seventeen claims, one contradicted. Checks the sticky claim column and header row, the
 * overflow cue, ✓ / ✗ / blank cells per outlet, sorting by independent outlets, and labels that
 * are never a hash id or a headline. Screenshots at 1400 and 390 px go to test-results/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { newArticle, type ArticleDoc } from '../src/model/article.js';
import type { Story, StoryClaim } from '../src/model/dossier.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { buildStory } from '../src/analyze/build-story.js';
import { startServer } from '../src/server/start-server.js';
import { openRepository } from '../src/store/open-repository.js';
import type { Repository } from '../src/store/repository.js';
import { storedStory } from '../src/store/summary.js';
import { sentenceOf } from './server-fixture.js';
import { CHROMIUM, launchChromium, watchProblems } from './support/browser.js';

const hasChromium = existsSync(CHROMIUM);
const RESULTS = new URL('../../test-results/', import.meta.url);
const shot = (name: string) => new URL(name, RESULTS).pathname;

const STORY = 's-wide-lighthouse';
const UNNAMED_ID = 'a-0123456789ab';
const UNNAMED_TITLE = 'Stop: Lighthouse Burns in Calder, Prior to Council Meeting With Harbour Board';
const OUTLETS = [
  'Calder Gazette',
  'Northshore Daily',
  'Harbour Wire',
  'Veldmark Post',
  'Orvell Evening Post',
  'Coastline Radio',
  'Metro Bulletin',
  'Regional Times',
  'Harlow Bay Ledger',
  'Valley Standard',
  'Daily Meridian',
];

function doc(id: string, outlet: string | null, source: string, title: string | null, day: number, sentences: string[]): ArticleDoc {
  const text = sentences.join(' ');
  const d = newArticle({ id, source, contentHash: `hash-${id}`, text, meta: { url: null, outlet, title, author: null, published: `2031-04-${String(day).padStart(2, '0')}` }, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] });
  return analyseDoc(d);
}

const FIRE = 'A fire hit the Calder lighthouse on Monday.';
const LAMP = 'The fire destroyed the lamp room.';
const NOT_LAMP = 'The lamp room was not destroyed, a spokesperson said.';

function corpus(): ArticleDoc[] {
  const docs = OUTLETS.map((o, i) =>
    doc(`art-${i}`, o, `feeds/${o.toLowerCase().replace(/ /g, '-')}.txt`, `${o} on the lighthouse fire`, 1 + (i % 3), [
      FIRE,
      o === 'Harbour Wire' ? NOT_LAMP : LAMP,
      `Detail number ${i} was reported by ${o}.`,
    ]),
  );
  // A second article of the first outlet under another spelling: one column, two articles.
  docs.push(doc('art-gazette-2', 'The Calder Gazette', 'feeds/calder-gazette-2.txt', 'Calder lighthouse: the day after', 3, [FIRE, 'Crews returned to the lighthouse on Tuesday.']));
  // No outlet named anywhere: labelled by its file name, never by the hash id or the headline.
  docs.push(doc(UNNAMED_ID, null, '/data/in/009_5f2a9c.txt', UNNAMED_TITLE, 2, [FIRE, LAMP]));
  return docs;
}

function wideStory(docs: ArticleDoc[]): Story {
  const story = buildStory(STORY, docs, []);
  story.headline = 'Fire at the Calder lighthouse';
  const byId = new Map(docs.map((d) => [d.id, d]));
  const sup = (ids: string[], phrase: string) => ids.map((id) => ({ ...sentenceOf(byId.get(id)!, phrase), via: null }));
  const outletOf = (id: string) => byId.get(id)!.outlet ?? id;
  const named = OUTLETS.map((_, i) => `art-${i}`);
  const claims: StoryClaim[] = [];
  const claim = (c: Omit<StoryClaim, 'dependent'>, dependent: StoryClaim['dependent'] = []): StoryClaim => ({ ...c, dependent });
  const fireIds = [...named, 'art-gazette-2', UNNAMED_ID];
  claims.push(claim({ id: 'c-fire', text: 'A fire hit the lighthouse on Monday', status: 'corroborated', independentSources: [...new Set(fireIds.map(outletOf))].slice(0, 11), support: sup(fireIds, FIRE), contradiction: [] }, [{ article: UNNAMED_ID, reason: 'no source of its own' }]));
  const lampIds = [...named.filter((id) => byId.get(id)!.outlet !== 'Harbour Wire'), UNNAMED_ID];
  claims.push(claim({
    id: 'c-lamp',
    text: 'The fire destroyed the lamp room',
    status: 'disputed',
    independentSources: lampIds.slice(0, 4).map(outletOf),
    support: sup(lampIds, LAMP),
    contradiction: [sentenceOf(byId.get('art-2')!, 'was not destroyed')],
  }));
  claims.push(claim({ id: 'c-crews', text: 'Crews returned on Tuesday', status: 'single-source', independentSources: ['Calder Gazette'], support: sup(['art-gazette-2'], 'Crews returned'), contradiction: [] }));
  // Fourteen single-outlet details with 1–3 independent sources, so the fold (12 rows) and the sort have work to do.
  for (let i = 0; i < OUTLETS.length; i++) {
    const id = `art-${i}`;
    claims.push(claim({ id: `c-detail-${i}`, text: `Detail number ${i} of the fire`, status: 'single-source', independentSources: [outletOf(id), ...(i % 3 ? ['Regional Times'] : []), ...(i % 4 === 1 ? ['Metro Bulletin'] : [])], support: sup([id], `Detail number ${i}`), contradiction: [] }));
  }
  claims.push(claim({ id: 'c-none', text: 'Nobody was hurt', status: 'single-source', independentSources: [], support: sup([UNNAMED_ID], LAMP), contradiction: [] }));
  claims.push(claim({ id: 'c-unnamed', text: 'The lamp room burned out', status: 'single-source', independentSources: [UNNAMED_ID], support: sup([UNNAMED_ID], LAMP), contradiction: [] }));
  claims.push(claim({ id: 'c-two', text: 'The keeper raised the alarm', status: 'corroborated', independentSources: ['Northshore Daily', 'Veldmark Post'], support: sup(['art-1', 'art-3'], FIRE), contradiction: [] }));
  story.claims = claims;
  return story;
}

async function seedWide(repo: Repository): Promise<Story> {
  const docs = corpus();
  for (const d of docs) await repo.saveArticle(d, d.text, { articleId: d.id, storyId: STORY, day: null, data: '{}' });
  const story = wideStory(docs);
  await repo.saveStory(storedStory(story));
  return story;
}

/** Let the scroll handler's animation frame run. */
const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  assert.ok(b, `${selector} is laid out`);
  return b;
};

async function withDesk(width: number, height: number, run: (page: Page, story: Story, problems: string[]) => Promise<void>) {
  mkdirSync(RESULTS, { recursive: true });
  const repo = await openRepository(':memory:');
  const story = await seedWide(repo);
  const server = await startServer({ repo, port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    const problems = watchProblems(page, server.url.replace(/\/$/, ''));
    await page.goto(`${server.url}#/story/${STORY}`);
    await page.waitForSelector('table.matrix');
    await settle(page);
    await run(page, story, problems);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await repo.close();
  }
}

const scroller = '#matrix .matrix-scroll';

test('ui matrix: one column per outlet, ✓ / ✗ / blank cells, labels never a hash id or a headline', { skip: !hasChromium && 'needs /usr/bin/chromium' }, async () => {
  await withDesk(1400, 900, async (page) => {
    const heads = await page.locator('table.matrix thead th.outlet-col').allInnerTexts();
    assert.equal(heads.length, OUTLETS.length + 1, 'eleven named outlets (two spellings of one share a column) and one unnamed');
    assert.equal(await page.locator('table.matrix thead th').count(), OUTLETS.length + 3, 'claim column + independent-outlets column + one per outlet');
    assert.match(heads[0]!, /Calder Gazette\s+2 articles/);
    const unnamed = page.locator('table.matrix thead th.outlet-col.unnamed');
    assert.equal(await unnamed.count(), 1);
    assert.match(await unnamed.innerText(), /^009_5f2a9c\b/, 'an outlet without a name shows its file name');
    assert.match((await unnamed.getAttribute('title')) ?? '', /file name/);
    for (const h of heads) assert.ok(!h.includes('Stop:') && !h.includes(UNNAMED_ID), `outlet header is not a headline or a hash id: ${h}`);
    const bodyText = await page.locator('#view').innerText();
    assert.ok(!bodyText.includes(UNNAMED_ID), 'the hash id is shown nowhere on the story page');
    assert.match(await page.locator(`#article-${UNNAMED_ID} .card-head`).innerText(), /009_5f2a9c/);

    // ✗ for the outlet whose article contradicts, ✓ for the supporting ones, blank for the rest.
    const lamp = page.locator('tr#claim-c-lamp');
    assert.equal(await lamp.locator('td.contradicts').count(), 1);
    assert.equal(await lamp.locator('td.contradicts a').getAttribute('aria-label'), 'Harbour Wire contradicts');
    assert.match((await lamp.locator('td.contradicts a').getAttribute('href')) ?? '', /^#\/article\/art-2\?s=\d+-\d+/);
    assert.equal(await lamp.locator('td.contradicts').innerText(), '✗');
    assert.equal(await lamp.locator('td.supports').count(), OUTLETS.length, 'ten named outlets and the unnamed one support');
    assert.equal(await lamp.locator('td.silent').count(), 0);
    const crews = page.locator('tr#claim-c-crews');
    assert.equal(await crews.locator('td.supports').count(), 1, 'the second Calder Gazette article counts for its outlet column');
    assert.equal(await crews.locator('td.indep').innerText(), '1');
    const silent = crews.locator('td.silent');
    assert.equal(await silent.count(), OUTLETS.length);
    const glyphs = await silent.evaluateAll((cells) => cells.map((c) => Array.from(c.childNodes).filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join('')));
    assert.deepEqual(new Set(glyphs), new Set(['']), 'cells of outlets that do not report the claim are blank');
    assert.match(await silent.first().textContent() ?? '', /not reported/, 'screen readers still hear the cell');
    // A supporting article that adds no independent confirmation is marked, with the reason.
    const dependent = page.locator('tr#claim-c-fire th ~ td.supports a.mark-sup.dependent');
    assert.equal(await dependent.count(), 1);
    assert.equal(await dependent.getAttribute('aria-label'), '009_5f2a9c supports (not independently)');
    assert.match((await dependent.getAttribute('title')) ?? '', /no independent confirmation: no source of its own/);
    // The independent-outlets count names the unnamed article by its label, not its id.
    assert.equal(await page.locator('tr#claim-c-unnamed td.indep').getAttribute('title'), '009_5f2a9c');
  });
});

test('ui matrix: sticky claim column and header row, overflow cue, sorting (1400 px)', { skip: !hasChromium && 'needs /usr/bin/chromium' }, async () => {
  await withDesk(1400, 900, async (page, story) => {
    const scroll = page.locator(scroller);
    const { scrollWidth, clientWidth } = await scroll.evaluate((s) => ({ scrollWidth: s.scrollWidth, clientWidth: s.clientWidth }));
    assert.ok(scrollWidth > clientWidth + 100, `the fixture overflows sideways (${scrollWidth} > ${clientWidth})`);

    // Overflow cue: shadow on the right edge and a hint that counts the outlets out of sight.
    const frame = page.locator('#matrix .matrix-frame');
    assert.match((await frame.getAttribute('class')) ?? '', /\bmore-right\b/);
    assert.doesNotMatch((await frame.getAttribute('class')) ?? '', /\bmore-left\b/);
    const hint = page.locator('#matrix button.overflow-hint');
    assert.ok(await hint.isVisible());
    const [, hidden] = /Scroll for (\d+) more outlets? →/.exec(await hint.innerText()) ?? [];
    assert.ok(Number(hidden) >= 1 && Number(hidden) < OUTLETS.length + 1, `hint: ${await hint.innerText()}`);
    // The fade has a short opacity transition: wait for it to end (a busy machine may be mid-way).
    await page.waitForFunction((f) => getComputedStyle(f!, '::after').opacity === '1', await frame.elementHandle(), { timeout: 5000 }).catch(() => undefined);
    const shadow = await frame.evaluate((f) => getComputedStyle(f, '::after').opacity);
    assert.equal(shadow, '1', 'the right-edge fade shows');
    await page.locator('#matrix').screenshot({ path: shot('ui-matrix-1400.png') });

    // Sideways: the claim column and the count column stay at the left edge, outlet columns move.
    const frameBox = await box(page, scroller);
    const claimBefore = await box(page, 'tr#claim-c-lamp th.claim-text');
    const countBefore = await box(page, 'tr#claim-c-lamp td.indep');
    const outletBefore = await box(page, 'table.matrix thead th.outlet-col');
    assert.ok(Math.abs(claimBefore.x - frameBox.x) <= 2, 'claim column starts at the frame edge');
    await scroll.evaluate((s) => (s.scrollLeft = 300));
    await settle(page);
    const claimAfter = await box(page, 'tr#claim-c-lamp th.claim-text');
    const countAfter = await box(page, 'tr#claim-c-lamp td.indep');
    const outletAfter = await box(page, 'table.matrix thead th.outlet-col');
    assert.ok(Math.abs(claimAfter.x - claimBefore.x) <= 1, `claim column stays at the left edge (${claimBefore.x} → ${claimAfter.x})`);
    assert.ok(Math.abs(countAfter.x - countBefore.x) <= 1, 'independent-outlets column stays next to it');
    assert.ok(Math.abs(outletBefore.x - outletAfter.x - 300) <= 2, `outlet columns scroll (${outletBefore.x} → ${outletAfter.x})`);
    assert.match((await frame.getAttribute('class')) ?? '', /\bmore-left\b/);
    const stickyShadow = await page.locator('tr#claim-c-lamp td.indep').evaluate((c) => getComputedStyle(c).boxShadow);
    assert.notEqual(stickyShadow, 'none', 'a shadow marks columns scrolled under the sticky ones');
    await page.locator('#matrix').screenshot({ path: shot('ui-matrix-1400-scrolled.png') });

    // At the far right nothing is hidden on the right; the hint offers the way back.
    await scroll.evaluate((s) => (s.scrollLeft = s.scrollWidth));
    await settle(page);
    assert.doesNotMatch((await frame.getAttribute('class')) ?? '', /\bmore-right\b/);
    assert.match(await hint.innerText(), /← Back to the first \d+ outlets?/);
    await hint.click();
    await page.waitForFunction((sel) => document.querySelector(sel)!.scrollLeft === 0, scroller);
    await settle(page);
    assert.match(await hint.innerText(), /Scroll for \d+ more outlets? →/);
    // The hint scrolls forward too, and keyboard users can scroll the focusable region.
    await hint.click();
    await page.waitForFunction((sel) => document.querySelector(sel)!.scrollLeft > 0, scroller);
    assert.equal(await scroll.getAttribute('tabindex'), '0');
    assert.equal(await scroll.getAttribute('role'), 'region');

    // Down: unfold every claim, scroll the matrix down, the header row stays at the top.
    const rows = page.locator('table.matrix tbody tr');
    assert.equal(await rows.count(), story.claims.length);
    assert.equal(await page.locator('table.matrix tbody tr:not([hidden])').count(), 12, 'long matrices fold after 12 rows');
    await page.locator('#matrix button.more').click();
    assert.equal(await page.locator('table.matrix tbody tr:not([hidden])').count(), story.claims.length);
    const { canScroll } = await scroll.evaluate((s) => ({ canScroll: s.scrollHeight > s.clientHeight + 50 }));
    assert.ok(canScroll, 'the unfolded matrix scrolls inside its frame');
    const headBefore = await box(page, 'table.matrix thead th.outlet-col');
    await scroll.evaluate((s) => (s.scrollTop = 250));
    await settle(page);
    const headAfter = await box(page, 'table.matrix thead th.outlet-col');
    const top = await box(page, scroller);
    assert.ok(Math.abs(headAfter.y - headBefore.y) <= 1 && Math.abs(headAfter.y - top.y) <= 2, `header row stays at the top (${headBefore.y} → ${headAfter.y})`);
    const corner = await box(page, 'table.matrix thead th.claim-h');
    assert.ok(Math.abs(corner.y - top.y) <= 2 && Math.abs(corner.x - top.x) <= 2, 'the corner cell stays put');
    await scroll.evaluate((s) => (s.scrollTop = 0));

    // Sorting by independent outlets: default order → most first → fewest first → default.
    const counts = () => page.locator('table.matrix tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td.indep')!.textContent)));
    const ids = () => page.locator('table.matrix tbody tr').evaluateAll((trs) => trs.map((tr) => tr.id));
    const sortHead = page.locator('table.matrix thead th.indep-h');
    const initial = await ids();
    assert.equal(await sortHead.getAttribute('aria-sort'), null, 'the default order is not a sort by this column');
    const sortButton = sortHead.locator('button.sort');
    await sortButton.click();
    assert.equal(await sortHead.getAttribute('aria-sort'), 'descending');
    const desc = await counts();
    assert.deepEqual(desc, [...desc].sort((a, b) => b - a));
    await sortButton.click();
    assert.equal(await sortHead.getAttribute('aria-sort'), 'ascending');
    const asc = await counts();
    assert.deepEqual(asc, [...asc].sort((a, b) => a - b));
    assert.equal(asc[0], 0);
    assert.match(await page.locator('#matrix [aria-live]').innerText(), /fewest first/);
    await sortButton.click();
    assert.equal(await sortHead.getAttribute('aria-sort'), null);
    assert.deepEqual(await ids(), initial, 'the third click restores the default order');
    // Keyboard: the sort is a real button.
    await sortButton.focus();
    await page.keyboard.press('Enter');
    assert.equal(await sortHead.getAttribute('aria-sort'), 'descending');
    // Folded again, the fold follows the current order.
    await page.locator('#matrix button.more').click();
    const visible = await page.locator('table.matrix tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => tr.id));
    assert.deepEqual(visible, (await ids()).slice(0, 12));
  });
});

test('ui matrix: phone width (390 px) keeps the claim column in view and the page from scrolling sideways', { skip: !hasChromium && 'needs /usr/bin/chromium' }, async () => {
  await withDesk(390, 844, async (page) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
    const hint = page.locator('#matrix button.overflow-hint');
    assert.ok(await hint.isVisible());
    const [, hidden] = /Scroll for (\d+) more outlets? →/.exec(await hint.innerText()) ?? [];
    assert.ok(Number(hidden) >= OUTLETS.length - 2, `most outlets are out of sight at 390 px: ${await hint.innerText()}`);
    const frameBox = await box(page, scroller);
    const claim = await box(page, 'tr#claim-c-lamp th.claim-text');
    assert.ok(claim.width < frameBox.width * 0.6, `the claim column leaves room for outlets (${claim.width} of ${frameBox.width})`);
    await page.locator('#matrix').scrollIntoViewIfNeeded();
    await page.locator('#matrix').screenshot({ path: shot('ui-matrix-390.png') });
    await page.locator(scroller).evaluate((s) => (s.scrollLeft = 400));
    await settle(page);
    const after = await box(page, 'tr#claim-c-lamp th.claim-text');
    assert.ok(Math.abs(after.x - claim.x) <= 1, 'claim column stays at the left edge');
    await page.locator('#matrix').screenshot({ path: shot('ui-matrix-390-scrolled.png') });
    await page.screenshot({ path: shot('ui-story-390.png'), fullPage: true });
  });
});
