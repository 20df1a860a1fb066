const FNV_OFFSET = 0x811c9dc5;

/**
 * 32-bit FNV-1a of a string; feature names and lexicon entries are stored only as these hashes.
 * FNV-1a is streaming, so `fnv1a(a + b) === fnv1aFrom(fnv1a(a), b)`: hot paths extend a
 * precomputed prefix hash instead of building the concatenated string.
 */
export function fnv1a(s: string): number {
  return fnv1aFrom(FNV_OFFSET, s);
}

export function fnv1aFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `fnv1aFrom(h, s.slice(from, to))` without building the slice (affix features). */
export function fnv1aRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `fnv1aFrom(h, String(n))` for a non-negative integer `n`, without building the string. */
export function fnv1aUint(h: number, n: number): number {
  let div = 1;
  while (div * 10 <= n) div *= 10;
  for (; div >= 1; div /= 10) {
    h ^= 48 + (Math.floor(n / div) % 10);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `fnv1aFrom(h, a + '|' + b)`: a two-part feature value joined by '|', without building it. */
export function fnv1aJoin2(h: number, a: string, b: string): number {
  return fnv1aFrom(fnv1aFrom(fnv1aFrom(h, a), '|'), b);
}
