import { createHash } from 'node:crypto';

/** 32-bit FNV-1a of a string: a fast, stable hash for shingles (not for security). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A story id depends only on the id of the article that opened it, so reruns give the same ids. */
export function storyIdFor(firstArticleId: string): string {
  return 's-' + createHash('sha1').update(firstArticleId).digest('hex').slice(0, 12);
}
