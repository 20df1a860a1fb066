import { hash32 } from './hash.js';

/** MinHash over word 4-shingles finds syndicated copies and light rewrites of the same text. */
export const MINHASH_SIZE = 64;
/** LSH: 16 bands of 4 rows finds pairs with Jaccard ≥ 0.6 with high probability. */
export const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;
const SHINGLE = 4;

/** Final avalanche of a 32-bit hash (murmur3 fmix), so that its top bits pick bins evenly. */
function fmix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Signature by one-permutation hashing: each shingle is hashed once; its top 6 bits pick one of
 * 64 bins and the bin keeps the smallest remaining value. Empty bins borrow from the next
 * non-empty bin (rotation densification). One hash per shingle instead of 64 keeps this cheap.
 * Null when the text is too short to fingerprint reliably.
 */
export function minhash(text: string): Uint32Array | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHINGLE * 2) return null;
  const EMPTY = 0xffffffff;
  const sig = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  // Hash each word once, then combine four word hashes per shingle (order-sensitive).
  const wh = words.map(hash32);
  for (let i = 0; i + SHINGLE <= wh.length; i++) {
    const h = fmix(Math.imul(wh[i]!, 0x9e3779b1) ^ Math.imul(wh[i + 1]!, 0x85ebca77) ^ Math.imul(wh[i + 2]!, 0xc2b2ae3d) ^ Math.imul(wh[i + 3]!, 0x27d4eb2f));
    const bin = h >>> 26;
    const v = h & 0x3ffffff;
    if (v < sig[bin]!) sig[bin] = v;
  }
  for (let b = 0; b < MINHASH_SIZE; b++) {
    if (sig[b] !== EMPTY) continue;
    for (let step = 1; step < MINHASH_SIZE; step++) {
      const from = sig[(b + step) % MINHASH_SIZE]!;
      if (from !== EMPTY && from < 0x4000000) {
        // Offset borrowed values by the distance so they never equal a genuine value of another text's bin.
        sig[b] = from + step * 0x4000000;
        break;
      }
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/**
 * LSH band keys: two texts sharing any key are candidate near-duplicates. A key is the band's
 * 32-bit hash plus the band number × 2^32: an exact number, cheaper to build and hash than a string.
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b;
    for (let r = 0; r < ROWS; r++) h = fmix(Math.imul(h, 0x9e3779b1) ^ sig[b * ROWS + r]!);
    keys.push(b * 0x100000000 + h);
  }
  return keys;
}

export function signatureToBase64(sig: Uint32Array): string {
  const buf = Buffer.alloc(MINHASH_SIZE * 4);
  for (let i = 0; i < MINHASH_SIZE; i++) buf.writeUInt32LE(sig[i]!, i * 4);
  return buf.toString('base64');
}

export function signatureFromBase64(s: string): Uint32Array | null {
  const buf = Buffer.from(s, 'base64');
  if (buf.length !== MINHASH_SIZE * 4) return null;
  const out = new Uint32Array(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}
