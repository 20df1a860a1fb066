import { hash32 } from './hash.js';

/**
 * String key → non-negative integer, for the feature table: open addressing over one Int32Array
 * of (hash, value + 1) cell pairs, linear probing, deletion by backward shift (no tombstones).
 * A lookup reads one cell pair and compares the string only when the 32-bit hashes agree; a
 * Map<string, number> of a few hundred thousand keys costs a chain of cache misses per lookup,
 * and `add` looks up every feature of every article.
 */
export class KeyTable {
  private cells = new Int32Array(2 * 1024);
  private mask = 1023;
  private count = 0;

  /** `keyOf(value)` gives back the key stored for a value (the feature table keeps the strings). */
  constructor(private readonly keyOf: (value: number) => string) {}

  /** The value of `key`, or -1; `h` is `hash32(key) | 0` when the caller has it already. */
  get(key: string, h: number = hash32(key) | 0): number {
    const cells = this.cells;
    for (let c = h & this.mask; ; c = (c + 1) & this.mask) {
      const v = cells[2 * c + 1]!;
      if (v === 0) return -1;
      if (cells[2 * c] === h && this.keyOf(v - 1) === key) return v - 1;
    }
  }

  /** Store `key` → `value`; the key must be absent. */
  set(key: string, value: number, h: number = hash32(key) | 0): void {
    if (2 * (this.count + 1) > this.mask + 1) this.rehash(2 * (this.mask + 1));
    let c = h & this.mask;
    while (this.cells[2 * c + 1] !== 0) c = (c + 1) & this.mask;
    this.cells[2 * c] = h;
    this.cells[2 * c + 1] = value + 1;
    this.count++;
  }

  delete(key: string): void {
    const cells = this.cells;
    const mask = this.mask;
    const h = hash32(key) | 0;
    let i = h & mask;
    for (; ; i = (i + 1) & mask) {
      const v = cells[2 * i + 1]!;
      if (v === 0) return;
      if (cells[2 * i] === h && this.keyOf(v - 1) === key) break;
    }
    // Backward shift: pull later cells of the probe run into the hole when their home allows it.
    for (let j = (i + 1) & mask; cells[2 * j + 1] !== 0; j = (j + 1) & mask) {
      const home = cells[2 * j]! & mask;
      const between = i <= j ? home > i && home <= j : home > i || home <= j;
      if (between) continue;
      cells[2 * i] = cells[2 * j]!;
      cells[2 * i + 1] = cells[2 * j + 1]!;
      i = j;
    }
    cells[2 * i] = 0;
    cells[2 * i + 1] = 0;
    this.count--;
  }

  private rehash(size: number): void {
    const old = this.cells;
    this.cells = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let c = 0; c < old.length; c += 2) {
      const v = old[c + 1]!;
      if (v === 0) continue;
      let d = old[c]! & this.mask;
      while (this.cells[2 * d + 1] !== 0) d = (d + 1) & this.mask;
      this.cells[2 * d] = old[c]!;
      this.cells[2 * d + 1] = v;
    }
  }
}
