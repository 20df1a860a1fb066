import { channelWeight, countFeatures } from './features.js';
import { hash32 } from './hash.js';
import { minhash } from './minhash.js';
import type { ClusterItem, ItemFeatures } from './types.js';

/**
 * Everything about an article that does not depend on the clusterer's state: feature counts
 * turned into (1 + ln tf) × channel weight, and the MinHash signature. This is most of the
 * per-article text work, so `clusterItemOf` does it next to the analysis (on worker threads when
 * the analysis runs there) and `StoryClusterer.add` is left with the IDF, the index and scoring.
 * The channel weight is 1 or 2, so multiplying by it before the IDF rather than after gives
 * bit-identical weights.
 */
export function itemFeatures(item: Pick<ClusterItem, 'title' | 'text' | 'entities' | 'dates'>): ItemFeatures {
  const counts = countFeatures(item);
  // Sorted by key, so that `keepTopFeatures` can break score ties by position (a stable numeric
  // sort) instead of comparing strings.
  const keys = [...counts.keys()].sort();
  const weights = keys.map((k) => (1 + Math.log(counts.get(k)!)) * channelWeight(k));
  return { keys, weights, hashes: keyHashes(keys), signature: minhash(item.text) };
}

/** The key table's hash of each key (see `ItemFeatures.hashes`). */
export function keyHashes(keys: readonly string[]): Int32Array {
  return Int32Array.from(keys, (k) => hash32(k) | 0);
}
