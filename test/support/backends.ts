import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRepository } from '../../src/store/open-repository.js';
import type { Repository } from '../../src/store/repository.js';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from './postgres.js';

export interface TestBackend {
  name: string;
  skip?: string | false;
  open: () => Promise<{ repo: Repository; done: () => void }>;
}

/**
 * Every storage backend a suite runs against, each a real database (no mocks): a SQLite file, SQLite
 * in memory, and PostgreSQL on one throwaway server per test file, started on first use, with a
 * fresh database per test. Call it at the top level of a test file (it registers the server's stop).
 */
export function testBackends(): TestBackend[] {
  let server: Promise<TestPostgres | null> | null = null;
  after(async () => {
    if (server) await (await server)?.stop();
  });
  return [
    {
      name: 'sqlite file',
      open: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'cc-store-'));
        return { repo: await openRepository(join(dir, 'test.db')), done: () => rmSync(dir, { recursive: true, force: true }) };
      },
    },
    { name: 'sqlite memory', open: async () => ({ repo: await openRepository(':memory:'), done: () => {} }) },
    {
      name: 'postgresql',
      skip: postgresSkipReason(),
      open: async () => {
        const pg = await (server ??= startTestPostgres());
        if (!pg) throw new Error('PostgreSQL server did not start');
        return { repo: await openRepository(await pg.newDatabase()), done: () => {} };
      },
    },
  ];
}
