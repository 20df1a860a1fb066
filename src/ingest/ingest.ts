import { readFile, stat } from 'node:fs/promises';
import { CrosscheckError } from '../errors.js';
import { decodeBytes } from './decode-bytes.js';
import { docFromText } from './doc-from-text.js';
import { FETCH_DEFAULTS, fetchUrl } from './fetch-url.js';
import { ingestFeed } from './ingest-feed.js';
import { articleFromHtml, checked, failure, type IngestItem, type IngestOptions, type Origin } from './ingest-item.js';
import { ingestJsonLines } from './ingest-jsonl.js';
import { listFiles } from './list-files.js';
import { sniffType } from './sniff-type.js';

export { docFromText } from './doc-from-text.js';
export type { IngestItem, IngestOptions, Origin } from './ingest-item.js';

/**
 * Turn inputs (files, directories, http(s) URLs; each may hold text, HTML, a feed or JSON lines)
 * into unanalysed articles. A bad input yields an `error` item and the batch goes on.
 */
export async function* ingestInputs(inputs: string[], opts: IngestOptions): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) yield* ingestUrl(input, opts);
    else yield* ingestPath(input, opts);
  }
}

async function* ingestPath(input: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  const maxBytes = opts.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  try {
    for await (const file of listFiles(input)) {
      try {
        if ((await stat(file)).size > maxBytes) throw new CrosscheckError('CC_INPUT_TOO_LARGE', [maxBytes, file]);
        const bytes = await readFile(file);
        yield* ingestBytes(bytes, { source: file, url: null, charset: null }, opts);
      } catch (e) {
        yield failure(file, e);
      }
    }
  } catch (e) {
    yield failure(input, e);
  }
}

async function* ingestUrl(input: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  try {
    const res = await fetchUrl(input, opts);
    yield* ingestBytes(res.bytes, { source: input, url: res.url, charset: res.charset }, opts);
  } catch (e) {
    yield failure(input, e);
  }
}

/** Decode, sniff and dispatch one input's bytes. */
export async function* ingestBytes(bytes: Uint8Array, origin: Origin, opts: IngestOptions): AsyncGenerator<IngestItem> {
  if (bytes.length === 0) return yield failure(origin.source, new CrosscheckError('CC_INPUT_EMPTY', [origin.source]));
  let text: string;
  try {
    text = decodeBytes(bytes, origin.source, origin.charset);
  } catch (e) {
    return yield failure(origin.source, e);
  }
  if (text.trim().length === 0) return yield failure(origin.source, new CrosscheckError('CC_INPUT_EMPTY', [origin.source]));
  const type = sniffType(text, origin.source);
  switch (type) {
    case 'text':
      return yield checked(docFromText(text, { source: origin.source, url: origin.url }), text);
    case 'html':
      return yield articleFromHtml(text, { source: origin.source }, origin.url);
    case 'feed':
      return yield* ingestFeed(text, origin, opts);
    case 'jsonl':
      return yield* ingestJsonLines(text, origin);
  }
}
