import type { EntityType } from '../model/annotation.js';

/** What the clusterer needs of one article. Built from an analysed ArticleDoc by `clusterItemOf`. */
export interface ClusterItem {
  id: string;
  title: string | null;
  text: string;
  /** ISO date or date-time, or null when unknown. */
  published: string | null;
  /** Entity mentions (one entry per mention) from the 'entity' annotations, when a NER ran. */
  entities: { name: string; type: EntityType }[];
  /** ISO dates (YYYY-MM-DD) mentioned in the text, from the 'date' annotations. */
  dates: string[];
  /**
   * The article's own features, computed from the fields above by `itemFeatures` (clusterItemOf
   * does it, so it runs wherever the analysis runs). When absent, `add` computes them itself.
   */
  features?: ItemFeatures;
}

/**
 * What the clusterer derives from the text alone, independent of any clusterer state: every
 * feature key with its sublinear tf × channel weight (the IDF is applied in `add`), and the
 * MinHash signature (null for texts too short to fingerprint).
 */
export interface ItemFeatures {
  /** Distinct feature keys in ascending (UTF-16 code unit) order: score ties break on this order. */
  keys: string[];
  /** (1 + ln tf) × channel weight, one per key. */
  weights: number[];
  /**
   * `hash32` of each key (as int32), computed with the features: wherever those are made (on the
   * analysis workers) rather than on the one thread that runs `add`, which looks every key up.
   */
  hashes: Int32Array;
  signature: Uint32Array | null;
}

/** Where one article went. */
export interface ClusterDecision {
  storyId: string;
  /** The earlier article this one near-duplicates (syndicated copy, rewrite of a wire), or null. */
  duplicateOf: string | null;
  /** Ids of stories that this article bridged and that were merged into `storyId`. */
  merged: string[];
  /**
   * Earlier articles moved to another story, applied after `merged`, in order: undated members
   * of a look-alike story far in time that belong with this dated article (rehome.ts; `into` is
   * this article's story), and groups split off because this article's story turned out to hold
   * two events (story-split.ts; `into` is a new story). This article itself is never listed (its
   * story is `storyId`).
   */
  moved: StoryMove[];
}

/** Articles taken out of story `from` into the new story `into`. */
export interface StoryMove {
  from: string;
  into: string;
  articleIds: string[];
}

/**
 * A weighted, sparse feature vector of one article, heaviest feature first: feature ids
 * (feature-table.ts), their weights, and 1 where the feature is a name or date.
 */
export interface Vector {
  ids: Int32Array;
  weights: Float64Array;
  names: Uint8Array;
}

/** A stored article's clustering fingerprint (opaque to the store, owned by src/cluster). */
export interface FingerprintRow {
  articleId: string;
  storyId: string;
  /** Day number used for the clustering time window (days since epoch), or null when undated. */
  day: number | null;
  data: string;
}
