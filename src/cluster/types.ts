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
}

/** Where one article went. */
export interface ClusterDecision {
  storyId: string;
  /** The earlier article this one near-duplicates (syndicated copy, rewrite of a wire), or null. */
  duplicateOf: string | null;
  /** Ids of stories that this article bridged and that were merged into `storyId`. */
  merged: string[];
}

/** A weighted, sparse feature vector: feature key → weight. */
export type Vector = Map<string, number>;
