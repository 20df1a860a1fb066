import type { ArticleDoc } from '../../model/article.js';
import { analyseDoc } from '../../nlp/pipeline.js';
import { docFrames, type ClaimFrame } from '../../analyze/claims/claim-frame.js';
import { GoldCorpus, goldDocs, readGoldStory, type AlignGoldStory } from './gold.js';
import { sameGoldFact, type Place } from './story-metrics.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A gold story with its analysed documents and their claim frames. */
export interface GoldStoryRun {
  file: string;
  gold: AlignGoldStory;
  docs: ArticleDoc[];
  frames: ClaimFrame[];
}

/** The gold stories of a folder (`*.json`, in name order), analysed. */
export async function readGoldFolder(dir: string, dataDir: string, root: string): Promise<GoldStoryRun[]> {
  const corpus = new GoldCorpus(dataDir);
  const out: GoldStoryRun[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const gold = readGoldStory(join(dir, f));
    const docs = [...(await goldDocs(corpus, gold, root)).values()].map((d) => analyseDoc(d));
    out.push({ file: f, gold, docs, frames: docs.flatMap((d) => docFrames(d)) });
  }
  return out;
}

export const placeOf = (f: ClaimFrame): Place => ({ article: f.doc.id, start: f.sentence.start, end: f.sentence.end });

/** Gold label of a frame pair: their sentences state one gold fact. */
export function framePairLabel(gold: AlignGoldStory, a: ClaimFrame, b: ClaimFrame): 0 | 1 {
  return sameGoldFact(gold, placeOf(a), placeOf(b)) ? 1 : 0;
}
