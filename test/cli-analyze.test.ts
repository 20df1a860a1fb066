import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { DossierSchema } from '../src/model/dossier.js';
import { ROOT } from './support/golden.js';

const BIN = `${ROOT}bin/crosscheck.js`;
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });

test('cli analyze: JSON that validates against the dossier schema, and Markdown and HTML renderings of it', () => {
  const json = run('analyze', 'examples', '--format', 'json', '--quiet');
  assert.equal(json.status, 0, json.stderr);
  const dossier = JSON.parse(json.stdout);
  assert.ok(Value.Check(DossierSchema, dossier), [...Value.Errors(DossierSchema, dossier)].slice(0, 3).map((e) => `${e.path} ${e.message}`).join('; '));
  assert.ok(dossier.stories.length >= 2, 'the dam story and the tram story');
  const md = run('analyze', 'examples/other', '--format', 'md', '--quiet');
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /^# crosscheck dossier/m);
  assert.match(md.stdout, /Orvell/);
  const html = run('analyze', 'examples/other', '--format', 'html', '--quiet');
  assert.match(html.stdout, /^<!doctype html>/);
  assert.match(html.stdout, /Orvell/);
});

test('cli: bad inputs are named with their code, the rest of the batch is kept, exit code 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));
  try {
    writeFileSync(join(dir, 'good.txt'), 'Ferry service resumes\nThe ferry between Lund Isle and Parr resumed on Tuesday after a two-week strike, the operator said.\n');
    writeFileSync(join(dir, 'photo.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const db = join(dir, 'x.db');
    const r = run('ingest', dir, join(dir, 'missing.txt'), '--db', db);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /photo\.bin: CC_INPUT_BINARY/);
    assert.match(r.stderr, /empty\.txt: CC_INPUT_EMPTY/);
    assert.match(r.stderr, /missing\.txt: CC_INPUT_NOT_FOUND/);
    assert.match(r.stderr, /1 stored/);
    const list = run('stories', '--db', db, '--json');
    assert.equal(list.status, 0);
    assert.equal(JSON.parse(list.stdout).length, 1);
    const again = run('ingest', join(dir, 'good.txt'), '--db', db);
    assert.equal(again.status, 0);
    assert.match(again.stderr, /0 stored, 1 already stored/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cli: usage errors exit 1, unknown story exits 4, --help works for every command', () => {
  assert.equal(run('frobnicate').status, 1);
  assert.equal(run('analyze', 'examples', '--format', 'pdf').status, 1);
  const missing = run('show', 'no-such-story', '--db', ':memory:');
  assert.equal(missing.status, 4);
  assert.match(missing.stderr, /CC_STORY_NOT_FOUND/);
  for (const cmd of ['ingest', 'stories', 'show', 'analyze', 'serve', 'watch', 'worker', 'eval', 'demo']) {
    const h = run(cmd, '--help');
    assert.equal(h.status, 0, cmd);
    assert.match(h.stdout, new RegExp(`crosscheck ${cmd}`), cmd);
  }
});

test('eval: a file task also takes the folder holding its file, and names the file when it is missing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-eval-'));
  try {
    const missing = run('eval', 'cluster', dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /CC_DATA_MISSING/);
    assert.match(missing.stderr, /ecbplus\.jsonl/);
    assert.doesNotMatch(missing.stderr, /internal error/);
    writeFileSync(join(dir, 'valid.txt'), '-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\nBlack NNP I-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP B-LOC\n. . O O\n\n');
    const ner = run('eval', 'ner', dir);
    assert.equal(ner.status, 0, ner.stderr);
    assert.match(ner.stdout, /== ner/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
