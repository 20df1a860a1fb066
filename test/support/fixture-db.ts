import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './golden.js';

/**
 * The committed database written by the current release (scripts/regenerate-fixture-db.ts): three
 * articles of examples/kessel-dam, ingested by the CLI from the repository root so that their
 * sources are relative paths, the same on every machine.
 */
export const FIXTURE_DB = `${ROOT}test/fixtures/kessel-three.db`;

export const FIXTURE_INPUTS = ['examples/kessel-dam/02-coastline-wire.txt', 'examples/kessel-dam/03-regional-times.txt', 'examples/kessel-dam/04-valley-standard.txt'];

const BIN = `${ROOT}bin/crosscheck.js`;

/** Run the CLI from the repository root, with extra environment variables. */
export function cli(args: readonly string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, ...env } });
}

/** A private copy of the fixture (opening a database migrates it, and WAL writes beside it). */
export function fixtureCopy(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cc-fixture-')), 'copy.db');
  copyFileSync(FIXTURE_DB, path);
  return path;
}
