import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openRepository } from '../src/store/open-repository.js';

const BIN = new URL('../../bin/crosscheck.js', import.meta.url).pathname;

function article(i: number): string {
  return `Harbour crane collapses in Port Veld, number ${i}\nBy Veld Courier Staff | Mar ${String((i % 27) + 1).padStart(2, '0')}, 2031\nA crane collapsed at the container terminal in Port Veld on Tuesday, the port authority said. Harbour master Ines Doral said ${i} workers were evacuated. "Nobody was hurt," Doral said.\n`;
}

async function waitFor(cond: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(50);
  }
}

test('watch: ingests files added while running; SIGTERM mid-run leaves a consistent database and nothing lost', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-'));
  const inbox = join(dir, 'inbox');
  const db = join(dir, 'w.db');
  try {
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'a0.txt'), article(0));
    const child = spawn(process.execPath, [BIN, 'watch', inbox, '--interval', '0.1', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await waitFor(() => /1 stored/.test(stderr), 30_000);
    for (let i = 1; i <= 12; i++) {
      writeFileSync(join(inbox, `a${i}.txt`), article(i));
      if (i === 6) child.kill('SIGTERM');
      await sleep(20);
    }
    const code = await exited;
    assert.equal(code, 0, stderr);
    assert.match(stderr, /stopped; database closed cleanly/);
    let stored: number;
    const repo = await openRepository(db);
    try {
      stored = (await repo.counts()).articles;
      assert.ok(stored >= 1 && stored <= 13);
      assert.deepEqual(await repo.dirtyStories(), [], 'every story was refreshed before exit');
      const stories = await repo.listStories({ limit: 100 });
      assert.equal(stories.reduce((n, s) => n + s.articleCount, 0), stored, 'every stored article is in a story dossier');
    } finally {
      await repo.close();
    }
    const again = spawnSync(process.execPath, [BIN, 'ingest', inbox, '--db', db], { encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, new RegExp(`${13 - stored} stored, ${stored} already stored`));
    const after = await openRepository(db);
    try {
      assert.equal((await after.counts()).articles, 13, 'nothing lost, nothing duplicated');
    } finally {
      await after.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
