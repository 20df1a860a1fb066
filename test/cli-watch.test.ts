import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openRepository } from '../src/store/open-repository.js';

const BIN = new URL('../../bin/crosscheck.js', import.meta.url).pathname;

function article(i: number): string {
  return `Harbour crane collapses in Port Veld, number ${i}\nBy Veld Courier Staff | Mar ${String((i % 27) + 1).padStart(2, '0')}, 2031\nA crane collapsed at the container terminal in Port Veld on Tuesday, the port authority said. Harbour master Ines Doral said ${i} workers were evacuated. "Nobody was hurt," Doral said.\n`;
}

test('watch: ingests files added while running, and SIGTERM leaves every stored article analysed and in a story', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-'));
  const inbox = join(dir, 'inbox');
  const db = join(dir, 'w.db');
  try {
    rmSync(inbox, { recursive: true, force: true });
    writeFileSync(join(dir, 'placeholder'), '');
    await import('node:fs/promises').then((fs) => fs.mkdir(inbox));
    writeFileSync(join(inbox, 'a0.txt'), article(0));
    const child = spawn(process.execPath, [BIN, 'watch', inbox, '--interval', '0.2', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    for (let i = 1; i <= 12; i++) {
      writeFileSync(join(inbox, `a${i}.txt`), article(i));
      await sleep(60);
    }
    await sleep(1500);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    assert.equal(code, 0, stderr);
    assert.match(stderr, /stopped; database closed cleanly/);
    const repo = await openRepository(db);
    try {
      const counts = await repo.counts();
      assert.equal(counts.articles, 13, 'every file written before the stop was ingested once');
      assert.deepEqual(await repo.dirtyStories(), [], 'every story was refreshed');
      const stories = await repo.listStories({ limit: 100 });
      const inStories = stories.reduce((n, s) => n + s.articleCount, 0);
      assert.equal(inStories, 13, 'every article belongs to a story dossier');
      const doc = await repo.getArticle('a-' + 'x'.repeat(12));
      assert.equal(doc, null);
    } finally {
      await repo.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
