import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** Hex digits kept of a sha256: 64 bits, plenty to tell model files or analysis versions apart. */
const SHORT = 16;

/** A short sha256 of some bytes or text (hex). */
export function shortHash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, SHORT);
}

/** The short sha256 of a file's bytes, or null when the file does not exist. */
export function fileHash(path: string | URL): string | null {
  return existsSync(path) ? shortHash(readFileSync(path)) : null;
}
