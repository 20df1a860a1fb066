/**
 * `npm run screenshot`: the README picture — the example corpus's main story page in headless Chromium.
 *
 * Other pictures for checking the desk by eye: `node dist/scripts/screenshot.js [--input DIR]
 * [--width PX] [--height PX] [--full | --section ID] [--out FILE]`, e.g. the seeds at phone width:
 * `--input ../shared/seeds --width 390 --full --out test-results/seeds-390.png`.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { Engine } from '../src/engine/engine.js';
import { ingestInputs } from '../src/ingest/ingest.js';
import { startServer } from '../src/server/start-server.js';
import { openRepository } from '../src/store/open-repository.js';
import { launchChromium } from '../test/support/browser.js';
import { ROOT } from '../test/support/golden.js';

const { values: opt } = parseArgs({
  options: {
    input: { type: 'string', default: `${ROOT}examples` },
    width: { type: 'string', default: '1200' },
    height: { type: 'string', default: '1000' },
    full: { type: 'boolean', default: false },
    section: { type: 'string' },
    out: { type: 'string', default: `${ROOT}docs/screenshot-story.png` },
  },
});

const repo = await openRepository(':memory:');
const engine = await Engine.open(repo);
await engine.ingest(ingestInputs([resolve(opt.input)], {}));
const [top] = await repo.listStories({ sort: 'size', limit: 1 });
const server = await startServer({ repo, port: 0, host: '127.0.0.1' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(opt.width), height: Number(opt.height) }, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${server.url}#/story/${top!.id}`);
  await page.waitForSelector('#matrix');
  // The loading pill must not be in the picture.
  await page.waitForFunction(() => document.getElementById('view')?.getAttribute('aria-busy') === 'false');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))); // the matrix's overflow cue
  if (opt.section) await page.locator(`[id="${opt.section}"]`).screenshot({ path: resolve(opt.out) });
  else await page.screenshot({ path: resolve(opt.out), fullPage: opt.full });
  console.log(`wrote ${opt.out} (${top!.headline}, ${opt.width} px)`);
} finally {
  await browser.close();
  await server.close();
  await repo.close();
}
