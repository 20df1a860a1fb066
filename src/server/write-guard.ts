import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CrosscheckError } from '../errors.js';
import { sendError } from './error-handler.js';
import { TokenBuckets, type RateLimit } from './token-bucket.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compare through fixed-length digests so neither length nor content leaks through timing. */
function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * onRequest hook for write routes: checks the bearer token (when one is configured) and the
 * per-IP rate limit before the body is even read, so rejected clients cost almost nothing.
 */
export function writeGuard(token: string | undefined, limit: RateLimit) {
  const buckets = new TokenBuckets(limit);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (token !== undefined) {
      const m = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '');
      if (!m || !tokenMatches(m[1]!.trim(), token)) return sendError(reply.header('www-authenticate', 'Bearer'), new CrosscheckError('CC_UNAUTHORIZED'));
    }
    const wait = buckets.take(request.ip);
    if (wait > 0) return sendError(reply.header('retry-after', String(wait)), new CrosscheckError('CC_RATE_LIMITED'));
  };
}
