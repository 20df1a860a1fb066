import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { CrosscheckError, isCrosscheckError } from '../errors.js';

export const BODY_LIMIT = 5 * 1024 * 1024;

export function sendError(reply: FastifyReply, e: CrosscheckError): FastifyReply {
  return reply.code(e.status).send({ error: { code: e.code, message: e.message } });
}

/** Fastify's own errors (validation, body parsing) translated into our coded errors. */
function toCoded(e: FastifyError): CrosscheckError | null {
  if (e.validation) return new CrosscheckError('CC_BAD_REQUEST', [e.message]);
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
 * Every error leaves as `{ error: { code, message } }` with the code's HTTP status. Unexpected
 * errors are logged; the client only learns that the store failed (the server does nothing else).
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((e: FastifyError, request, reply) => {
    if (isCrosscheckError(e)) return sendError(reply, e);
    const coded = toCoded(e);
    if (coded) return sendError(reply, coded);
    request.log.error({ err: e }, 'unexpected error');
    return sendError(reply, new CrosscheckError('CC_INTERNAL', ['see the server log']));
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, new CrosscheckError('CC_ROUTE_NOT_FOUND', [`${request.method} ${request.url.split('?')[0]}`])));
}
