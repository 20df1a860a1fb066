import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleDoc } from '../../model/article.js';
import type { DiscrepancyKind } from '../../model/dossier.js';
import { analyseDoc } from '../../nlp/pipeline.js';
import { GoldCorpus, goldDocs, type GoldSpan } from '../align/gold.js';

/** A gold kind: one the dossier reports, or `other` for contradictions no kind covers (a place, who did what). */
export type GoldKind = DiscrepancyKind | 'other';

/** One hand-marked item: the sentences (or quotes) that carry the versions. */
export interface GoldDiscrepancyItem {
  kind: GoldKind;
  /** What differs, in the annotator's words. */
  about: string;
  /**
   * Figures or words that tell the versions apart ("four", "six"); when given, a reported
   * discrepancy must show two of them in its sides, so an unrelated pair of figures from the same
   * sentences does not count as found.
   */
  values?: string[];
  in: GoldSpan[];
}

/**
 * Discrepancy gold of one story (docs/discrepancy-gold.md): its articles by reference (as the
 * alignment gold), the real discrepancies, and differences judged not to be discrepancies (kept so
 * the annotation of known false alarms is explicit; every reported item not matching a real one
 * counts against precision whether listed or not).
 */
export interface DiscrepancyGoldStory {
  story: string;
  articles: Record<string, string>;
  discrepancies: GoldDiscrepancyItem[];
  nonDiscrepancies: GoldDiscrepancyItem[];
}

export interface DiscrepancyGoldRun {
  file: string;
  gold: DiscrepancyGoldStory;
  docs: ArticleDoc[];
}

/** The gold stories of a folder (`*.json`, in name order), their documents analysed. */
export async function readDiscrepancyGold(dir: string, dataDir: string, root: string): Promise<DiscrepancyGoldRun[]> {
  const corpus = new GoldCorpus(dataDir);
  const out: DiscrepancyGoldRun[] = [];
  for (const file of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as DiscrepancyGoldStory;
    gold.nonDiscrepancies ??= [];
    const docs = [...(await goldDocs(corpus, gold, root)).values()].map((d) => analyseDoc(d));
    out.push({ file, gold, docs });
  }
  return out;
}
