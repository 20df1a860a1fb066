import type { ArticleDoc } from '../../model/article.js';
import { analyseDoc } from '../../nlp/pipeline.js';
import { docFrames, type ClaimFrame } from '../../analyze/claim-frame.js';
import type { StoryAlignment } from '../../analyze/align/story-align.js';
import { GoldCorpus, goldDocs, readGoldStory, type AlignGoldStory } from './gold.js';
import { sameGoldFact, type Place, type ScoredClaim } from './story-metrics.js';
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

/** The claims an alignment makes, as the story metrics read them (status by distinct articles). */
export function alignmentClaims(frames: readonly ClaimFrame[], al: StoryAlignment): ScoredClaim[] {
  const inConflict = new Set(al.conflicts.flatMap((c) => [c.a, c.b]));
  return al.groups.map((g) => {
    const articles = new Set(g.map((i) => frames[i]!.doc.id));
    const disputed = g.some((i) => inConflict.has(i));
    return { status: disputed ? 'disputed' : articles.size >= 2 ? 'corroborated' : 'single-source', support: g.map((i) => placeOf(frames[i]!)), contradiction: [] };
  });
}
