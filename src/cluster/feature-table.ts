import { isNameKey } from './features.js';
import { KeyTable } from './key-table.js';

/**
 * Feature keys interned to small integer ids, once per clusterer, so the document frequencies,
 * the index and the story centroids are arrays and integer-keyed maps instead of string maps
 * that hash and compare the same strings again for every article.
 *
 * Ids are reference-counted by the articles that keep the feature: when the last one is evicted
 * the id is freed and reused, so a long-running clusterer's table stays as small as its store.
 */
export class FeatureTable {
  private readonly keys: string[] = [];
  private readonly ids = new KeyTable((id) => this.keys[id]!);
  private readonly free: number[] = [];
  private refs = new Int32Array(1024);
  /** 1 for names and dates (the `x:` channels), 0 for topic words: the two cosine groups. */
  private group = new Uint8Array(1024);

  /** The id of a key, or -1 when no live article keeps it (then its document frequency is 0). */
  find(key: string, hash?: number): number {
    return this.ids.get(key, hash);
  }

  intern(key: string, hash?: number): number {
    const known = this.ids.get(key, hash);
    if (known >= 0) return known;
    const id = this.free.pop() ?? this.keys.length;
    if (id === this.keys.length) {
      this.keys.push(key);
      this.grow(id + 1);
    } else this.keys[id] = key;
    this.ids.set(key, id, hash);
    this.refs[id] = 0;
    this.group[id] = isNameKey(key) ? 1 : 0;
    return id;
  }

  key(id: number): string {
    return this.keys[id]!;
  }

  isName(id: number): boolean {
    return this.group[id] === 1;
  }

  /** Capacity for per-id arrays elsewhere (document frequencies). */
  get capacity(): number {
    return this.refs.length;
  }

  retain(id: number): void {
    this.refs[id]!++;
  }

  /** One article less keeps the feature; true when that was the last one and the id was freed. */
  release(id: number): boolean {
    if (--this.refs[id]! > 0) return false;
    this.ids.delete(this.keys[id]!);
    this.keys[id] = '';
    this.free.push(id);
    return true;
  }

  private grow(size: number): void {
    if (size <= this.refs.length) return;
    const refs = new Int32Array(this.refs.length * 2);
    refs.set(this.refs);
    this.refs = refs;
    const group = new Uint8Array(this.group.length * 2);
    group.set(this.group);
    this.group = group;
  }
}
