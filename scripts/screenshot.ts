/** `npm run screenshot`: the README picture — the example corpus's main story page in headless Chromium. */
import { Engine } from '../src/engine.js';
import { ingestInputs } from '../src/ingest/ingest.js';
import { startServer } from '../src/server/start-server.js';
import { openRepository } from '../src/store/open-repository.js';
import { launchChromium } from '../test/support/browser.js';
import { ROOT } from '../test/support/golden.js';

const repo = await openRepository(':memory:');
const engine = await Engine.open(repo);
await engine.ingest(ingestInputs([`${ROOT}examples`], {}));
const [top] = await repo.listStories({ sort: 'size', limit: 1 });
const server = await startServer({ repo, port: 0, host: '127.0.0.1' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  await page.goto(`${server.url}#/story/${top!.id}`);
  await page.waitForSelector('table.matrix');
  await page.screenshot({ path: `${ROOT}docs/screenshot-story.png` });
  console.log(`wrote docs/screenshot-story.png (${top!.headline})`);
} finally {
  await browser.close();
  await server.close();
  await repo.close();
}
