/**
 * A PostgreSQL server for tests: CROSSCHECK_TEST_PG when set (CI starts one), else a throwaway
 * server in a temp dir when the server binaries are installed, else none (tests skip by name).
 * Every caller gets its own fresh database, so test files can run side by side on one server.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** URL of the server's maintenance database. */
  adminUrl: string;
  /** Create an empty database and return its URL. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** Why PostgreSQL tests cannot run here, or false when they can (checked synchronously, for `skip`). */
export function postgresSkipReason(): string | false {
  if (process.env.CROSSCHECK_TEST_PG) return false;
  if (binDir()) return false;
  return 'needs PostgreSQL (set CROSSCHECK_TEST_PG or install /usr/lib/postgresql/*/bin)';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: run its binaries as the `postgres` system user then. */
function runAs(): { uid: number; gid: number; wrap: (cmd: string, args: string[]) => [string, string[]] } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid, wrap: (cmd, args) => ['runuser', ['-u', 'postgres', '--', cmd, ...args]] };
}

let counter = 0;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function tester(adminUrl: string, stop: () => Promise<void>): TestPostgres {
  return {
    adminUrl,
    async newDatabase() {
      const name = `cc_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return withDatabase(adminUrl, name);
    },
    stop,
  };
}

/** Start (or attach to) a server; null when none is available. */
export async function startTestPostgres(): Promise<TestPostgres | null> {
  const given = process.env.CROSSCHECK_TEST_PG;
  if (given) return tester(given, async () => {});
  const bin = binDir();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), 'cc-pg-'));
  const user = runAs();
  if (user) chownSync(dir, user.uid, user.gid);
  const run = (tool: string, args: string[]) => {
    const [cmd, argv] = user ? user.wrap(join(bin, tool), args) : [join(bin, tool), args];
    execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
  };
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // Durability settings off: a test database is thrown away anyway.
  const serverOpts = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', serverOpts, 'start']);
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A test run that dies must not leave a server behind.
  process.once('exit', stopNow);
  return tester(`postgres://postgres@127.0.0.1:${port}/postgres`, async () => stopNow());
}
