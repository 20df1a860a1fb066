/**
 * The one registry of operational errors (fastify `lib/errors.js` style). Content problems are
 * positioned messages on the document instead (see model/message.ts). Every code here has a
 * section in docs/errors.md; a test checks that they agree.
 */
export const errorCodes = {
  CC_INPUT_NOT_FOUND: { status: 404, exit: 2, message: 'input not found: %s' },
  CC_INPUT_EMPTY: { status: 422, exit: 2, message: 'input is empty: %s' },
  CC_INPUT_BINARY: { status: 415, exit: 2, message: 'input is binary, not text, HTML, a feed or JSON lines: %s' },
  CC_INPUT_ENCODING: { status: 415, exit: 2, message: 'input cannot be decoded as text: %s' },
  CC_INPUT_UNREADABLE: { status: 403, exit: 2, message: 'input cannot be read: %s' },
  CC_INPUT_TOO_LARGE: { status: 413, exit: 2, message: 'input is larger than the limit of %s bytes: %s' },
  CC_MALFORMED_JSON: { status: 400, exit: 2, message: 'malformed JSON: %s' },
  CC_MALFORMED_XML: { status: 400, exit: 2, message: 'malformed XML feed: %s' },
  CC_NO_ARTICLE_TEXT: { status: 422, exit: 2, message: 'no article text could be extracted: %s' },
  CC_URL_INVALID: { status: 400, exit: 2, message: 'not an http(s) URL: %s' },
  CC_URL_PRIVATE: { status: 403, exit: 2, message: 'refusing to fetch a private or loopback address (use --allow-private): %s' },
  CC_FETCH_FAILED: { status: 502, exit: 2, message: 'fetch failed: %s' },
  CC_FETCH_TIMEOUT: { status: 504, exit: 2, message: 'fetch timed out after %s ms: %s' },
  CC_TOO_MANY_REDIRECTS: { status: 508, exit: 2, message: 'too many redirects (more than %s): %s' },
  CC_STORY_NOT_FOUND: { status: 404, exit: 4, message: 'no story with id %s' },
  CC_ARTICLE_NOT_FOUND: { status: 404, exit: 4, message: 'no article with id %s' },
  CC_ROUTE_NOT_FOUND: { status: 404, exit: 4, message: 'no such route: %s' },
  CC_INTERNAL: { status: 500, exit: 5, message: 'internal error: %s' },
  CC_BAD_REQUEST: { status: 400, exit: 1, message: 'bad request: %s' },
  CC_UNAUTHORIZED: { status: 401, exit: 1, message: 'a valid token is required for writes on a non-loopback server' },
  CC_RATE_LIMITED: { status: 429, exit: 1, message: 'too many requests' },
  CC_USAGE: { status: 400, exit: 1, message: '%s' },
  CC_TASK_NOT_BUILT: { status: 501, exit: 3, message: 'evaluation task not built yet: %s' },
  CC_DATA_MISSING: { status: 404, exit: 2, message: 'evaluation data not found: %s' },
  CC_ANALYSIS_FAILED: { status: 500, exit: 5, message: 'analysis failed for %s: %s' },
  CC_DB: { status: 500, exit: 5, message: 'database error: %s' },
  CC_DB_NOT_FOUND: { status: 404, exit: 4, message: 'no database at %s (crosscheck ingest creates one)' },
  CC_WORKER_DIED: { status: 500, exit: 5, message: 'the analysis worker died while working on %s: %s' },
  CC_OUTPUT_UNWRITABLE: { status: 500, exit: 2, message: 'cannot write the output file %s: %s' },
  CC_MODEL_INVALID: { status: 500, exit: 5, message: 'model file cannot be loaded (%s): %s' },
  CC_MODEL_MISMATCH: { status: 500, exit: 5, message: 'the %s was trained with %s, but %s: retrain it (%s)' },
  CC_STALE_ANALYSIS: { status: 409, exit: 7, message: 'stored analysis is out of date: %s; run `crosscheck rebuild`' },
  CC_DOSSIER_INVALID: { status: 500, exit: 5, message: 'the stored dossier of story %s does not match the dossier schema: %s' },
} as const satisfies Record<string, { status: number; exit: number; message: string }>;

export type ErrorCode = keyof typeof errorCodes;

export class CrosscheckError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly exitCode: number;
  /** The values the message was made from, so the error can cross a thread boundary and be rebuilt. */
  readonly args: readonly (string | number)[];
  constructor(code: ErrorCode, args: readonly (string | number)[] = [], options?: { cause?: unknown }) {
    const def = errorCodes[code];
    let i = 0;
    super(def.message.replace(/%s/g, () => String(args[i++] ?? '')), options);
    this.name = 'CrosscheckError';
    this.code = code;
    this.status = def.status;
    this.exitCode = def.exit;
    this.args = args;
  }
}

export function createError(code: ErrorCode, ...args: (string | number)[]): CrosscheckError {
  return new CrosscheckError(code, args);
}

export function isCrosscheckError(e: unknown): e is CrosscheckError {
  return e instanceof CrosscheckError;
}

export function isErrorCode(s: unknown): s is ErrorCode {
  return typeof s === 'string' && Object.hasOwn(errorCodes, s);
}
