import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CrosscheckError, isCrosscheckError } from '../errors.js';

/**
 * The one container of the committed model files (NER, attribution, syntax): magic, u32 header
 * length, JSON header, padding to 4 bytes, then the typed-array parts each model lays out itself.
 */

/** Zero bytes that bring a length of `n` up to a multiple of 4. */
export const padTo4 = (n: number): Buffer => Buffer.alloc((4 - (n % 4)) % 4);

/** The bytes of a typed array, without copying. */
export const bytesOf = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

export function encodeModelFile(magic: string, header: unknown, parts: readonly Buffer[]): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const head = Buffer.concat([Buffer.from(magic), len, json]);
  return Buffer.concat([head, padTo4(head.length), ...parts]);
}

/** Reads a model container part by part; `kind` names the model in the bad-magic error. */
export class ModelFileReader<H> {
  readonly header: H;
  private at: number;

  constructor(
    private readonly bytes: Buffer,
    magic: string,
    kind: string,
  ) {
    if (bytes.subarray(0, magic.length).toString() !== magic) throw new Error(`not a crosscheck ${kind} model (bad magic)`);
    const jsonLen = bytes.readUInt32LE(magic.length);
    const start = magic.length + 4;
    this.header = JSON.parse(bytes.subarray(start, start + jsonLen).toString('utf8')) as H;
    this.at = start + jsonLen;
    this.align();
  }

  /** Skip the padding the encoder put after a part whose length is not a multiple of 4. */
  align(): void {
    this.at += (4 - (this.at % 4)) % 4;
  }

  /** The next `n` items of `size` bytes, copied into a fresh buffer: Buffer pools do not guarantee alignment. */
  take(n: number, size: number): ArrayBuffer {
    const copy = new Uint8Array(n * size);
    copy.set(this.bytes.subarray(this.at, this.at + n * size));
    this.at += n * size;
    return copy.buffer;
  }
}

/**
 * Read and decode a model file. Whatever goes wrong (missing, unreadable, truncated, a header that
 * is not JSON, the wrong kind or version of model) is CC_MODEL_INVALID naming the file, not a bare
 * Error from deep inside a decoder.
 */
export function loadModelFile<T>(path: string | URL, kind: string, decode: (bytes: Buffer) => T): T {
  const shown = `${kind} model ${path instanceof URL ? fileURLToPath(path) : path}`;
  try {
    return decode(readFileSync(path));
  } catch (e) {
    if (isCrosscheckError(e) && e.code === 'CC_MODEL_INVALID') throw e;
    throw new CrosscheckError('CC_MODEL_INVALID', [shown, e instanceof Error ? e.message : String(e)], { cause: e });
  }
}
