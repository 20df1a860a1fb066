/**
 * Generated from the CLI's command table and the API's route table, so a new command, option or
 * route is covered without touching this file: every option and parameter is given values its
 * schema refuses (wrong types, negatives, huge numbers, too long, unknown names, flags with
 * values, missing values), every body route bad JSON, wrong types, a wrong content type and an
 * oversized body. Each must end in a coded error with no stack trace, and the database file must
 * be unchanged byte for byte.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, type TObject, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { commands } from '../src/cli/command-table.js';
import { main } from '../src/cli/main.js';
import { errorCodes, isErrorCode } from '../src/errors.js';
import type { InjectOptions } from 'fastify';
import { buildApp } from '../src/server/build-app.js';
import { BODY_LIMIT } from '../src/server/error-handler.js';
import { routeDefs, type RouteDef } from '../src/server/route-table.js';
import { SqliteRepository } from '../src/store/sqlite-repository.js';
import { seedDesk } from './server-fixture.js';

const STACK = /^\s+at .+[:(]/m;

/** A database with content, written once; every case below must leave its bytes as they are. */
async function seededDb(dir: string): Promise<string> {
  const file = join(dir, 'desk.db');
  const repo = new SqliteRepository(file);
  await seedDesk(repo);
  await repo.close();
  return file;
}

function snapshot(dir: string): string {
  return readdirSync(dir)
    .sort()
    .map((f) => `${f}:${readFileSync(join(dir, f)).toString('base64')}`)
    .join('\n');
}

/** Values a schema might refuse, as typed values; each case keeps only those the schema really refuses. */
function candidates(s: TSchema): unknown[] {
  switch (s[Kind]) {
    case 'Integer':
    case 'Number':
      return ['abc', '', -3, -1, 0, 1.5, 1e20, Number.POSITIVE_INFINITY, Number.NaN];
    case 'Boolean':
      return [];
    default: {
      const max = typeof s.maxLength === 'number' ? s.maxLength : 300;
      return ['', 'no-such-value', 'x'.repeat(max + 1), 42];
    }
  }
}

/** How a typed candidate is written on a command line or in a query string. */
const written = (v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? (Number.isNaN(v) ? 'NaN' : '1e999') : String(v));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in this process, capturing what it prints (the same `main` as bin/crosscheck.js). */
async function cli(argv: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const saved = { log: console.log, error: console.error, out: process.stdout.write, err: process.stderr.write };
  console.log = (...a: unknown[]) => void (stdout += `${a.join(' ')}\n`);
  console.error = (...a: unknown[]) => void (stderr += `${a.join(' ')}\n`);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    Object.assign(console, { log: saved.log, error: saved.error });
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
  }
}

test('CLI: every command refuses malformed options and arguments with a coded usage error naming them; no stack, database unchanged', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-malformed-cli-'));
  try {
    const db = await seededDb(dir);
    const before = snapshot(dir);
    let cases = 0;
    for (const command of commands) {
      const props = command.options.properties as Record<string, TSchema>;
      const positionals = command.positionals.filter((p) => !p.startsWith('[')).map(() => 'x');
      const base = [command.name, ...positionals, ...('db' in props ? ['--db', db] : [])];
      const runs: { argv: string[]; names: string[] }[] = [
        { argv: [...base, '--no-such-option'], names: ['--no-such-option'] },
        { argv: [...base, '--no-such-option=1'], names: ['--no-such-option'] },
        { argv: [...base, '-Z'], names: ['-Z'] },
      ];
      if (!command.positionals.some((p) => p.includes('…'))) runs.push({ argv: [...base, ...Array(command.positionals.length - positionals.length).fill('x'), 'extra-argument'], names: ['extra-argument'] });
      if (positionals.length > 0) runs.push({ argv: [command.name, ...positionals.slice(1)], names: ["<"] });
      for (const [name, s] of Object.entries(props)) {
        if (name === 'db') continue; // given above, so the database is the one checked
        if (s[Kind] === 'Boolean') {
          runs.push({ argv: [...base, `--${name}=yes`], names: [`--${name}`, 'yes'] });
          continue;
        }
        runs.push({ argv: [...base, `--${name}`], names: [`--${name}`] });
        for (const v of candidates(s)) {
          // What the parser hands the schema: numbers stay numbers for numeric options, all else is text.
          const typed = s[Kind] === 'Integer' || s[Kind] === 'Number' ? v : String(v);
          if (Value.Check(s, typed)) continue;
          const text = written(v);
          runs.push({ argv: [...base, `--${name}`, text], names: [`--${name}`, text.length > 60 ? text.slice(0, 50) : text === '' ? "''" : text] });
        }
      }
      for (const r of runs) {
        cases++;
        const out = await cli(r.argv);
        const what = r.argv.map((a) => (a.length > 40 ? `${a.slice(0, 20)}…` : a)).join(' ');
        assert.equal(out.code, errorCodes.CC_USAGE.exit, `${what}\n${out.stderr}`);
        assert.match(out.stderr, new RegExp(`^crosscheck ${command.name}: CC_USAGE: `, 'm'), what);
        assert.doesNotMatch(out.stderr, /CC_USAGE: usage:/, `${what}: no stutter`);
        for (const n of r.names) assert.ok(out.stderr.includes(n), `${what}: the message names ${n}\n${out.stderr}`);
        assert.doesNotMatch(out.stderr, STACK, what);
        assert.equal(out.stdout, '', what);
        assert.equal(snapshot(dir), before, `${what}: database unchanged`);
      }
    }
    assert.ok(cases > commands.length * 4, `${cases} cases`);
    t.diagnostic(`${cases} malformed command lines over ${commands.length} commands`);

    // Reading commands never create a database: a missing file is a coded error naming it.
    for (const name of ['stories', 'show', 'serve']) {
      const missing = join(dir, `typo-${name}.db`);
      const out = await cli([name, ...(name === 'show' ? ['some-story'] : []), '--db', missing]);
      assert.equal(out.code, errorCodes.CC_DB_NOT_FOUND.exit, out.stderr);
      assert.match(out.stderr, /CC_DB_NOT_FOUND/);
      assert.ok(out.stderr.includes(missing));
      assert.equal(existsSync(missing), false, `${name} created ${missing}`);
    }
    // An unknown command suggests the nearest one.
    const typo = await cli(['storise']);
    assert.equal(typo.code, errorCodes.CC_USAGE.exit);
    assert.match(typo.stderr, /did you mean stories\?/);
    assert.equal(snapshot(dir), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A value the schema accepts, for the required fields a case does not break. */
function validSample(s: TSchema): string {
  if (s[Kind] === 'Union') return String((s.anyOf as TSchema[])[0]!.const);
  if (s[Kind] === 'Integer' || s[Kind] === 'Number') return String(s.minimum ?? 1);
  return 'x';
}

function queryCases(schema: TObject | undefined): { query: Record<string, string>; valid: boolean; label: string }[] {
  if (!schema) return [];
  const props = schema.properties as Record<string, TSchema>;
  const required = new Set(schema.required ?? []);
  const base = Object.fromEntries([...required].map((k) => [k, validSample(props[k]!)]));
  const out: { query: Record<string, string>; valid: boolean; label: string }[] = [];
  // fastify's validator strips unknown query parameters (ajv removeAdditional) rather than refusing
  // them: such a request must still never fail or write, but it may be answered.
  if (schema.additionalProperties === false) out.push({ query: { ...base, no_such_param: '1' }, valid: true, label: 'unknown parameter' });
  for (const [name, s] of Object.entries(props)) {
    if (required.has(name)) {
      const { [name]: _dropped, ...rest } = base;
      out.push({ query: rest, valid: false, label: `${name} missing` });
    }
    for (const v of candidates(s)) {
      const text = written(v);
      // What the server's validator sees after coercing the query string.
      const coerced = s[Kind] === 'Integer' || s[Kind] === 'Number' ? (/^-?\d+(\.\d+)?(e\d+)?$/.test(text) ? Number(text) : text) : text;
      out.push({ query: { ...base, [name]: text }, valid: Value.Check(s, coerced), label: `${name}=${text.slice(0, 30)}` });
    }
  }
  return out;
}

const isIngestResult = (body: unknown): boolean => typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors) && Array.isArray((body as { ids?: unknown }).ids);

const pathOf = (def: RouteDef, params: Record<string, string>) => def.url.replace(/:(\w+)/g, (_, k: string) => encodeURIComponent(params[k] ?? 'x'));

test('API: every route refuses malformed parameters, queries and bodies with a coded error; no stack, database unchanged', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-malformed-api-'));
  try {
    const db = await seededDb(dir);
    const before = snapshot(dir);
    const repo = new SqliteRepository(db);
    const app = await buildApp({ repo, rateLimit: { capacity: 1e6, refillPerSecond: 1e6 } });
    let cases = 0;
    let routes = 0;
    try {
      const check = async (label: string, request: InjectOptions, expectError: boolean) => {
        cases++;
        const res = await app.inject(request);
        assert.ok(res.statusCode < 500, `${label}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        assert.doesNotMatch(res.body, STACK, label);
        if (!expectError) return;
        if (res.statusCode === 200 && isIngestResult(res.json())) {
          // The upload API reports an unusable item as a coded entry in `errors`, not a failed request.
          const result = res.json() as { ids: unknown[]; errors: { code: unknown }[] };
          assert.deepEqual(result.ids, [], `${label}: nothing stored`);
          assert.ok(result.errors.length > 0 && result.errors.every((x) => isErrorCode(x.code)), `${label}: ${res.body.slice(0, 200)}`);
          return;
        }
        assert.ok(res.statusCode >= 400, `${label}: refused, got ${res.statusCode} ${res.body.slice(0, 200)}`);
        const body = res.json() as { error?: { code?: unknown; message?: unknown } };
        assert.ok(isErrorCode(body.error?.code), `${label}: coded error, got ${res.body.slice(0, 200)}`);
        assert.equal(typeof body.error?.message, 'string', label);
        assert.equal(res.statusCode, errorCodes[body.error!.code as keyof typeof errorCodes].status, `${label}: the code's status`);
      };
      // Every API route the app registered, in any plugin: each must be declared by a route definition to be checked.
      const api = app.registeredRoutes.filter((r) => r.url.startsWith('/api/'));
      for (const r of api) assert.ok(r.def, `${r.method} ${r.url} has no route definition (route-table.ts shape), so its inputs cannot be checked`);
      const defs = [...new Set(api.map((r) => r.def!))];
      assert.ok(defs.length >= Object.keys(routeDefs).length, 'the route table is among them');
      for (const def of defs) {
        const name = `${def.method} ${def.url}`;
        routes++;
        const params = Object.fromEntries(Object.keys((def.params as TObject | undefined)?.properties ?? {}).map((k) => [k, 'x']));
        const url = pathOf(def, params);
        for (const c of queryCases(def.querystring as TObject | undefined)) {
          if (c.valid && def.write) continue; // a valid write would store something
          await check(`${name} ${c.label}`, { method: def.method, url, query: c.query, ...(def.body ? { payload: { articles: [{ text: 'x' }] } } : {}) }, !c.valid);
        }
        for (const [key, s] of Object.entries((def.params as TObject | undefined)?.properties ?? {}) as [string, TSchema][]) {
          const long = 'x'.repeat(((s.maxLength as number | undefined) ?? 300) + 1);
          await check(`${name} ${key} too long`, { method: def.method, url: pathOf(def, { ...params, [key]: long }) }, true);
        }
        await check(`${name} wrong method`, { method: def.method === 'GET' ? 'DELETE' : 'PUT', url }, true);
        if (!def.body) continue;
        // Not among them: an unknown field in an item, which fastify's validator strips (removeAdditional) and stores the rest.
        const json = (payload: string) => ({ method: def.method, url, payload, headers: { 'content-type': 'application/json' } });
        for (const payload of ['{', '{"articles": [', 'null', '[1]', '"text"', '{"articles": "x"}', '{"articles": []}', '{"articles": [{"text": {"nested": true}}]}', '{"articles": [{"text": null}]}', `{"articles": [{"id": "${'x'.repeat(3000)}", "text": "a"}]}`, ''])
          await check(`${name} body ${payload.slice(0, 30)}`, json(payload), true);
        await check(`${name} wrong content type`, { method: def.method, url, payload: '<a/>', headers: { 'content-type': 'application/xml' } }, true);
        await check(`${name} no content type`, { method: def.method, url, payload: Buffer.from('abc') , headers: { 'content-type': '' } }, true);
        for (const type of Object.keys(def.body))
          await check(`${name} oversized ${type}`, { method: def.method, url, payload: 'x'.repeat(BODY_LIMIT + 1), headers: { 'content-type': type } }, true);
      }
      await check('unknown route', { method: 'GET', url: '/api/no-such-route' }, true);
    } finally {
      await app.close();
      await repo.close();
    }
    assert.ok(cases > routes * 3, `${cases} cases`);
    t.diagnostic(`${cases} malformed requests over ${routes} routes`);
    assert.equal(snapshot(dir), before, 'database unchanged byte for byte');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
