import type { ArticleDoc } from '../model/article.js';
import type { Story, StoryArticle } from '../model/dossier.js';
import { createError } from '../errors.js';
import type { ArticleNote, PartName, StoryInput, StoryIntermediates, StoryParts, StoryStep } from './story-step.js';
import { headlineStep } from './headline.js';
import { duplicatesStep } from './duplicates.js';
import { claimsStoryStep } from './claims/story-claims.js';
import { discrepanciesStoryStep } from './discrepancies/story-discrepancies.js';
import { timelineStoryStep } from './timeline/timeline-step.js';
import { briefStoryStep } from './brief/brief.js';
import { scoresStep } from './scores.js';
import { entitiesStoryStep } from './entities/story-entities.js';
import { quotesStoryStep } from './quotes/story-quotes.js';
import { provenanceStoryStep } from './provenance.js';

/** Story-level steps, in order. Each lives in its own file under src/analyze/. */
export const storySteps: readonly StoryStep[] = [
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

/** The default steps up to and including the named one (tests and tools that need part of a dossier). */
export function stepsThrough(name: string): readonly StoryStep[] {
  const i = storySteps.findIndex((s) => s.name === name);
  if (i < 0) throw createError('CC_INTERNAL', `no story step named '${name}'`);
  return storySteps.slice(0, i + 1);
}

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

/**
 * Check once that every step's needs are provided by an earlier step and that no part has two
 * writers (article notes excepted: they are merged), and that what a step reads when present is
 * not provided only later. Throws CC_INTERNAL naming the step.
 */
export function checkStepOrder(steps: readonly StoryStep[]): void {
  const provided = new Map<PartName, string>();
  steps.forEach((step, i) => {
    // Article notes are merged: a step reads the notes of the steps before it.
    for (const part of (step.reads ?? []).filter((p) => p !== 'articleNotes')) {
      const later = steps.slice(i + 1).find((s) => s.provides.includes(part));
      if (later) throw createError('CC_INTERNAL', `story step '${step.name}' reads '${part}', which '${later.name}' provides only after it`);
    }
    for (const need of step.needs) {
      if (!provided.has(need)) throw createError('CC_INTERNAL', `story step '${step.name}' needs '${need}', which no earlier step provides`);
    }
    for (const part of step.provides) {
      const other = provided.get(part);
      if (other && part !== 'articleNotes') throw createError('CC_INTERNAL', `story steps '${other}' and '${step.name}' both provide '${part}'`);
      provided.set(part, step.name);
    }
  });
}

const checked = new WeakSet<readonly StoryStep[]>();

function applyNotes(story: Story, notes: readonly ArticleNote[]): void {
  const byId = new Map(story.articles.map((a, i) => [a.id, i]));
  for (const note of notes) {
    const i = byId.get(note.id);
    if (i === undefined) continue;
    const a = story.articles[i]!;
    const flags = [...a.flags, ...(note.flags ?? []).filter((f, k, all) => !a.flags.includes(f) && all.indexOf(f) === k)];
    story.articles[i] = { ...a, flags, duplicateOf: note.duplicateOf ?? a.duplicateOf, scores: note.scores ?? a.scores };
  }
}

/** Build the dossier of one story from its analysed documents. */
export function buildStory(id: string, docs: readonly ArticleDoc[], steps: readonly StoryStep[] = storySteps): Story {
  if (!checked.has(steps)) {
    checkStepOrder(steps);
    checked.add(steps);
  }
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
  const intermediates: Partial<StoryIntermediates> = {};
  const input: StoryInput = { id, docs: sorted };
  for (const step of steps) {
    const part: Partial<StoryParts> = step.run(input, { ...story, ...intermediates });
    // buildStory is the one writer of the dossier: each part lands where its name says.
    for (const name of step.provides) {
      switch (name) {
        case 'articleNotes':
          applyNotes(story, part.articleNotes ?? []);
          break;
        case 'claimGroups':
        case 'nameVariants':
        case 'quoteWording':
          Object.assign(intermediates, { [name]: part[name] });
          break;
        case 'headline':
        case 'entities':
        case 'quotes':
        case 'attributions':
        case 'provenance':
        case 'claims':
        case 'discrepancies':
        case 'timeline':
        case 'brief':
          Object.assign(story, { [name]: part[name] });
          break;
        default: {
          const never: never = name;
          throw createError('CC_INTERNAL', `unknown story part ${String(never)}`);
        }
      }
    }
  }
  return story;
}
