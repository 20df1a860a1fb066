import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CrosscheckError, isCrosscheckError } from '../errors.js';

export const BODY_LIMIT = 5 * 1024 * 1024;

export function sendError(reply: FastifyReply, e: CrosscheckError): FastifyReply {
  return reply.code(e.status).send({ error: { code: e.code, message: e.message } });
}

/** Fastify's own errors (validation, body parsing) translated into our coded errors. */
function toCoded(e: FastifyError): CrosscheckError | null {
  if (e.validation) {
    // The only `not` in the route schemas is route-schema.ts's refusal of ±Infinity.
    const infinite = e.validation.find((v) => v.keyword === 'not');
    return new CrosscheckError('CC_BAD_REQUEST', [infinite ? `${e.validationContext ?? 'request'}${infinite.instancePath} must be a finite number` : e.message]);
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new CrosscheckError('CC_INPUT_TOO_LARGE', [BODY_LIMIT, 'request body']);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new CrosscheckError('CC_BAD_REQUEST', ['unsupported content type; send application/json, application/x-ndjson, text/html or text/plain']);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new CrosscheckError('CC_INPUT_EMPTY', ['request body']);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new CrosscheckError('CC_MALFORMED_JSON', ['request body']);
  }
  if (e instanceof SyntaxError) return new CrosscheckError('CC_MALFORMED_JSON', [e.message]);
  if (e.statusCode !== undefined && e.statusCode < 500) return new CrosscheckError('CC_BAD_REQUEST', [e.message]);
  return null;
}

/**
 * Errors fastify's router answers before any route or error handler (a path parameter longer than
 * its maxParamLength, a malformed URL): the same coded body. Pass as fastify's `frameworkErrors`.
 */
export function frameworkErrors(e: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void sendError(reply, toCoded(e) ?? new CrosscheckError('CC_BAD_REQUEST', [e.message]));
}

/** Where unexpected errors go when the app has no logger (`serve` without --verbose): one line on stderr. */
const stderrWarn = (line: string) => void process.stderr.write(`${line}\n`);

/**
 * Every error leaves as `{ error: { code, message } }` with the code's HTTP status. Unexpected
 * errors (a 500: a bug, or the store failing) are always logged at warn level with their stack,
 * also without --verbose, so they are never silent; the client only gets CC_INTERNAL.
 */
export function installErrorHandling(app: FastifyInstance, warn: (line: string) => void = stderrWarn): void {
  app.setErrorHandler((e: FastifyError, request, reply) => {
    if (isCrosscheckError(e) && e.status < 500) return sendError(reply, e);
    const coded = isCrosscheckError(e) ? e : toCoded(e);
    if (coded && coded.status < 500) return sendError(reply, coded);
    // fastify without a logger has no level; with one (--verbose), the request log takes it.
    if (request.log.level === undefined) warn(`warn: ${request.method} ${request.url}: ${coded?.code ?? 'CC_INTERNAL'}: ${e.stack ?? e.message}`);
    else request.log.warn({ err: e }, 'unexpected error');
    return sendError(reply, coded ?? new CrosscheckError('CC_INTERNAL', ['see the server log']));
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, new CrosscheckError('CC_ROUTE_NOT_FOUND', [`${request.method} ${request.url.split('?')[0]}`])));
}
