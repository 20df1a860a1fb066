import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/golden.js';

const BIN = `${ROOT}bin/crosscheck.js`;
const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, ...env } });
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string; scripts: Record<string, string> };

test('--version prints the package version; an unknown command suggests the nearest one', () => {
  const v = run(['--version']);
  assert.equal(v.status, 0);
  assert.equal(v.stdout.trim(), pkg.version);
  const typo = run(['ingset', 'x']);
  assert.equal(typo.status, 1);
  assert.match(typo.stderr, /CC_USAGE: unknown command ingset \(did you mean ingest\?\)/);
});

test('exit 6 when every input failed and nothing was stored, 2 when some were stored; analyze in memory says analysed, not stored', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-cli-exit-'));
  try {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'photo.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const db = join(dir, 'x.db');
    const none = run(['ingest', join(dir, 'empty.txt'), join(dir, 'photo.bin'), join(dir, 'missing.txt'), '--db', db]);
    assert.equal(none.status, 6, none.stderr);
    assert.match(none.stderr, /0 stored, 0 already stored, 3 failed/);
    writeFileSync(join(dir, 'good.txt'), 'Ferry service resumes\nThe ferry between Lund Isle and Parr resumed on Tuesday after a two-week strike, the operator said.\n');
    const some = run(['ingest', join(dir, 'good.txt'), join(dir, 'empty.txt'), '--db', db]);
    assert.equal(some.status, 2, some.stderr);
    // Already stored counts as kept: a re-run with one failure is a partial failure, not "nothing stored".
    assert.equal(run(['ingest', join(dir, 'good.txt'), join(dir, 'empty.txt'), '--db', db]).status, 2);
    const analyzed = run(['analyze', join(dir, 'good.txt'), '--format', 'md']);
    assert.equal(analyzed.status, 0, analyzed.stderr);
    assert.match(analyzed.stderr, /1 analysed, 0 failed; 1 stories \(in memory, nothing kept/);
    assert.doesNotMatch(analyzed.stderr, /stored/);
    const unwritable = run(['analyze', join(dir, 'good.txt'), '--quiet', '--out', join(dir, 'no-such-folder', 'out.md')]);
    assert.equal(unwritable.status, 2);
    assert.match(unwritable.stderr, /^crosscheck analyze: CC_OUTPUT_UNWRITABLE: cannot write the output file .*no-such-folder\/out\.md: ENOENT/m);
    assert.doesNotMatch(unwritable.stderr, /^\s+at /m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('npm test runs only *.test.js files: helpers in test/support/ and fixtures are not counted as tests', () => {
  // node --test given a folder runs every .js file below a `test` folder, helpers included.
  assert.match(pkg.scripts.test!, /node --test .*dist\/test\/\*\.test\.js/);
  assert.doesNotMatch(pkg.scripts.test!, /dist\/test\/?(\s|$)/);
});

test('the data folder comes from CROSSCHECK_DATA; with CROSSCHECK_REQUIRE_DATA=1 missing data fails instead of skipping', () => {
  const helper = `${ROOT}dist/test/support/data-dir.js`;
  const probe = `const m = await import(${JSON.stringify(helper)}); console.log(m.SHARED.pathname); console.log(m.dataSkip(false, 'needs ../shared'));`;
  const node = (env: Record<string, string>) => spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', env: { ...process.env, CROSSCHECK_REQUIRE_DATA: '', ...env } });
  const skipped = node({ CROSSCHECK_DATA: '/nowhere/data' });
  assert.equal(skipped.status, 0, skipped.stderr);
  assert.deepEqual(skipped.stdout.trim().split('\n'), ['/nowhere/data/', 'needs ../shared']);
  const required = node({ CROSSCHECK_DATA: '/nowhere/data', CROSSCHECK_REQUIRE_DATA: '1' });
  assert.notEqual(required.status, 0);
  assert.match(required.stderr, /CROSSCHECK_REQUIRE_DATA=1, but the data is missing \(needs \.\.\/shared; data folder \/nowhere\/data\//);
  const ci = readFileSync(`${ROOT}.ci/run`, 'utf8');
  assert.match(ci, /^export CROSSCHECK_REQUIRE_DATA=1$/m);
});
