import { annotationsOf, type ArticleDoc } from '../model/article.js';
import { itemFeatures } from './item-features.js';
import type { ClusterItem } from './types.js';

/**
 * The clustering view of an analysed document: its text and metadata, plus NER entities and
 * resolved dates when those steps ran (the clusterer also finds names on its own), and the
 * features derived from them, so the text work happens here, next to the analysis, not in
 * `StoryClusterer.add`.
 */
export function clusterItemOf(doc: ArticleDoc): ClusterItem {
  const base = {
    id: doc.id,
    title: doc.title,
    text: doc.text,
    published: doc.published,
    entities: annotationsOf(doc, 'entity').map((e) => ({ name: e.name, type: e.type })),
    dates: annotationsOf(doc, 'date').map((d) => d.value),
  };
  return { ...base, features: itemFeatures(base) };
}
