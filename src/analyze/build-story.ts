import type { ArticleDoc } from '../model/article.js';
import type { Story, StoryArticle } from '../model/dossier.js';
import type { StoryInput, StoryStep } from './story-step.js';
import { headlineStep } from './headline.js';
import { duplicatesStep } from './duplicates.js';
import { claimsStoryStep } from './claims.js';
import { discrepanciesStoryStep } from './discrepancies.js';
import { timelineStoryStep } from './timeline.js';
import { briefStoryStep } from './brief.js';
import { scoresStep } from './scores.js';
import { entitiesStoryStep } from './entities.js';
import { quotesStoryStep } from './quotes.js';
import { provenanceStoryStep } from './provenance.js';

/** Story-level steps, in order. Each lives in its own file under src/analyze/. */
export const storySteps: StoryStep[] = [
  headlineStep,
  // near-duplicates first: claims count a copy with its original.
  duplicatesStep,
  entitiesStoryStep,
  // quotes and provenance read the resolved entities; claims may read provenance.
  quotesStoryStep,
  provenanceStoryStep,
  // claims → discrepancies → timeline → brief: each reads the ones before it.
  claimsStoryStep,
  discrepanciesStoryStep,
  timelineStoryStep,
  briefStoryStep,
  // scores reads what every other step produced: keep it last.
  scoresStep,
];

function byPublished(a: ArticleDoc, b: ArticleDoc): number {
  const pa = a.published ?? '9999';
  const pb = b.published ?? '9999';
  return pa < pb ? -1 : pa > pb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function storyArticle(doc: ArticleDoc): StoryArticle {
  return {
    id: doc.id,
    source: doc.source,
    outlet: doc.outlet,
    title: doc.title,
    published: doc.published,
    url: doc.url,
    duplicateOf: null,
    flags: [],
    scores: { originality: 1, specificity: 0, sourcing: 0, hedging: 0 },
  };
}

/** Build the dossier of one story from its analysed documents. */
export function buildStory(id: string, docs: readonly ArticleDoc[], steps: readonly StoryStep[] = storySteps): Story {
  const sorted = [...docs].sort(byPublished);
  const dates = sorted.map((d) => d.published).filter((p): p is string => p !== null).sort();
  const story: Story = {
    id,
    headline: '',
    firstPublished: dates[0] ?? null,
    lastPublished: dates[dates.length - 1] ?? null,
    articles: sorted.map(storyArticle),
    entities: [],
    quotes: [],
    attributions: [],
    provenance: { cited: [], firstReporter: null, unsourced: [] },
    claims: [],
    discrepancies: [],
    timeline: [],
    brief: [],
  };
  const input: StoryInput = { id, docs: sorted };
  for (const step of steps) step.run(input, story);
  return story;
}
