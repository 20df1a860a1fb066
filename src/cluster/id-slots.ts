/**
 * Feature id → dense slot (0, 1, 2, … in first-seen order), for story centroids. An open-addressing
 * table of typed arrays instead of a Map<number, number>: a story is scored against hundreds of
 * article features per article, and on large centroids the Map's chained entries cost a cache
 * miss or two per lookup. Slots are never removed (a story only grows or is cleared).
 */
export class IdSlots {
  /** Slot + 1 per table cell, 0 for empty; the size is a power of two kept at least twice `size`. */
  private cells = new Int32Array(128);
  private mask = 127;
  /** The feature id held by each slot, in slot order. */
  private ids = new Int32Array(64);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The feature id in `slot` (0 ≤ slot < size). */
  idAt(slot: number): number {
    return this.ids[slot]!;
  }

  /** The slot of `id`, or -1 when absent. */
  get(id: number): number {
    const cells = this.cells;
    const mask = this.mask;
    for (let c = hash(id) & mask; ; c = (c + 1) & mask) {
      const s = cells[c]!;
      if (s === 0) return -1;
      if (this.ids[s - 1] === id) return s - 1;
    }
  }

  /** The slot of `id`, given the next slot number when it is new. */
  getOrAdd(id: number): number {
    const mask = this.mask;
    let c = hash(id) & mask;
    for (; ; c = (c + 1) & mask) {
      const s = this.cells[c]!;
      if (s === 0) break;
      if (this.ids[s - 1] === id) return s - 1;
    }
    const slot = this.count++;
    if (slot === this.ids.length) {
      const ids = new Int32Array(slot * 2);
      ids.set(this.ids);
      this.ids = ids;
    }
    this.ids[slot] = id;
    this.cells[c] = slot + 1;
    if (this.count * 2 > this.cells.length) this.rehash(this.cells.length * 2);
    return slot;
  }

  clear(): void {
    this.cells.fill(0);
    this.count = 0;
  }

  private rehash(length: number): void {
    const cells = new Int32Array(length);
    const mask = length - 1;
    for (let s = 0; s < this.count; s++) {
      let c = hash(this.ids[s]!) & mask;
      while (cells[c] !== 0) c = (c + 1) & mask;
      cells[c] = s + 1;
    }
    this.cells = cells;
    this.mask = mask;
  }
}

/** Fibonacci hashing: ids are small consecutive integers, which would cluster in a plain modulo. */
function hash(id: number): number {
  return Math.imul(id, 0x9e3779b1) >>> 7;
}
