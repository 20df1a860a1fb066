import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import { CrosscheckError } from '../errors.js';
import { packageRoot } from '../util/package-root.js';

/**
 * The desk UI: static files served straight from src/server/ui/ (no build step, nothing copied
 * to dist). The CSP forbids every origin but our own, so the UI can make no external request.
 */
const UI_DIR = new URL('src/server/ui/', packageRoot());

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Only plain names below the UI folder: no dot segments, no hidden files, known types. */
const SAFE_PATH = /^(?:[a-z0-9][a-z0-9_-]*\/)*[a-z0-9][a-z0-9_.-]*$/i;

export const uiRoutes: FastifyPluginAsync = async (app) => {
  const send = async (file: string) => {
    const type = TYPES[extname(file)];
    if (!SAFE_PATH.test(file) || file.includes('..') || type === undefined) throw new CrosscheckError('CC_BAD_REQUEST', [`no such file /ui/${file}`]);
    try {
      return { type, body: await readFile(fileURLToPath(new URL(file, UI_DIR))) };
    } catch {
      throw new CrosscheckError('CC_BAD_REQUEST', [`no such file /ui/${file}`]);
    }
  };
  app.get('/', async (_request, reply) => {
    const f = await send('index.html');
    return reply.type(f.type).header('content-security-policy', CSP).header('cache-control', 'no-cache').send(f.body);
  });
  app.get('/ui/*', async (request, reply) => {
    const f = await send((request.params as { '*': string })['*']);
    return reply.type(f.type).header('cache-control', 'no-cache').send(f.body);
  });
};
