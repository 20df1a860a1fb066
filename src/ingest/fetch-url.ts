import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { CrosscheckError, isCrosscheckError } from '../errors.js';
import { isPrivateAddress } from './private-address.js';

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedResource {
  /** The final URL after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  /** Charset from the Content-Type header, or null. */
  charset: string | null;
  bytes: Buffer;
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 } as const;

const HEADERS = {
  'user-agent': 'crosscheck/0.1 (news cross-checking; +https://github.com/crosscheck)',
  accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
};

/**
 * GET an http(s) URL with the safety limits a server-side fetcher needs: redirects followed by
 * hand (each hop re-checked), one deadline for the whole exchange, a streamed size cap, and no
 * private or loopback targets unless allowed. The host is resolved once per hop, every address is
 * checked, and the connection is pinned to those checked addresses so DNS cannot change its
 * answer between the check and the connect.
 */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchedResource> {
  const timeoutMs = opts.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = opts.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = opts.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = parseHttpUrl(url);
    for (let hop = 0; ; hop++) {
      const addresses = await abortable(resolveChecked(current, opts.allowPrivate ?? false), controller.signal);
      const res = await request(current, addresses, controller.signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.resume();
        if (hop >= maxRedirects) throw new CrosscheckError('CC_TOO_MANY_REDIRECTS', [maxRedirects, url]);
        current = parseHttpUrl(new URL(location, current).href);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new CrosscheckError('CC_FETCH_FAILED', [`${current.href}: HTTP ${status}`]);
      }
      const declared = Number(res.headers['content-length']);
      if (!res.headers['content-encoding'] && declared > maxBytes) {
        res.destroy();
        throw new CrosscheckError('CC_INPUT_TOO_LARGE', [maxBytes, current.href]);
      }
      const bytes = await readCapped(decoded(res), maxBytes, current.href);
      const contentType = res.headers['content-type'] ?? null;
      const charset = contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null : null;
      return { url: current.href, status, contentType, charset, bytes };
    }
  } catch (e) {
    if (controller.signal.aborted && !isCrosscheckError(e)) throw new CrosscheckError('CC_FETCH_TIMEOUT', [timeoutMs, url], { cause: e });
    if (isCrosscheckError(e)) throw e;
    const code = (e as { code?: string }).code;
    throw new CrosscheckError('CC_FETCH_FAILED', [`${url}: ${code ?? (e as Error).message}`], { cause: e });
  } finally {
    clearTimeout(timer);
  }
}

function parseHttpUrl(s: string): URL {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new CrosscheckError('CC_URL_INVALID', [s]);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new CrosscheckError('CC_URL_INVALID', [s]);
  return u;
}

async function resolveChecked(u: URL, allowPrivate: boolean): Promise<LookupAddress[]> {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (err, addrs) => (err ? reject(err) : resolve(addrs))),
  );
  if (addresses.length === 0) throw new CrosscheckError('CC_FETCH_FAILED', [`${u.href}: no address for ${host}`]);
  if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) throw new CrosscheckError('CC_URL_PRIVATE', [u.href]);
  return addresses;
}

function request(u: URL, addresses: LookupAddress[], signal: AbortSignal): Promise<http.IncomingMessage> {
  // Connect only to the addresses that were checked (node skips lookup for IP literals, which were checked too).
  const pinned = (_host: string, options: { all?: boolean }, cb: (...args: unknown[]) => void): void => {
    if (options.all) cb(null, addresses);
    else cb(null, addresses[0]!.address, addresses[0]!.family);
  };
  const mod = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(u, { method: 'GET', headers: HEADERS, signal, lookup: pinned as never }, resolve);
    req.on('error', reject);
    req.end();
  });
}

function decoded(res: http.IncomingMessage): Readable {
  switch ((res.headers['content-encoding'] ?? '').toLowerCase().trim()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(zlib.createGunzip());
    case 'deflate':
      return res.pipe(zlib.createInflate());
    case 'br':
      return res.pipe(zlib.createBrotliDecompress());
    default:
      return res;
  }
}

/** Read a stream, counting decoded bytes so that a compressed bomb is cut off too. */
async function readCapped(stream: Readable, maxBytes: number, href: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    total += b.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new CrosscheckError('CC_INPUT_TOO_LARGE', [maxBytes, href]);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
