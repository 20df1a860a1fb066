import type { ArticleDoc } from '../model/article.js';
import type { ArticleFlag, Discrepancy, Scores, Story } from '../model/dossier.js';
import { createError } from '../errors.js';
import type { ClaimGroup } from './claims/story-claims.js';

/** What story-level analysis sees: the story's analysed documents, oldest first. */
export interface StoryInput {
  id: string;
  docs: ArticleDoc[];
}

/**
 * What a step adds to one of the story's articles. Several steps flag articles (near-duplicate,
 * name-inconsistency, internal-contradiction, the scores' flags), so notes are the one part
 * that is merged rather than written once: buildStory appends flags in step order and takes
 * `duplicateOf` and `scores` from the single step that gives them.
 */
export interface ArticleNote {
  id: string;
  flags?: ArticleFlag[];
  duplicateOf?: string;
  scores?: Scores;
}

/** Results one step hands to later ones that are not dossier fields themselves. */
export interface StoryIntermediates {
  /** The aligned claim groups behind `claims`, with their frames (brief, discrepancies). */
  claimGroups: ClaimGroup[];
  /** Name variants of one person across outlets (entities), merged into `discrepancies`. */
  nameVariants: Discrepancy[];
  /** Quotes of one speaker worded differently (quotes), merged into `discrepancies`. */
  quoteWording: Discrepancy[];
}

/** Every part a step can provide: a dossier field, an intermediate result, or article notes. */
export type StoryParts = Pick<Story, 'headline' | 'entities' | 'quotes' | 'attributions' | 'provenance' | 'claims' | 'discrepancies' | 'timeline' | 'brief'> &
  StoryIntermediates & { articleNotes: ArticleNote[] };
export type PartName = keyof StoryParts;

/** What a step reads: the dossier so far (articles carry the notes merged so far) and the intermediates. */
export type StoryView = Readonly<Story> & Readonly<Partial<StoryIntermediates>>;

/**
 * One story-level step: declares the parts it needs from earlier steps and the parts it
 * provides, reads the documents and the story so far, and returns its parts. It never writes
 * into the story: buildStory (analyze/build-story.ts) checks the order once and merges.
 */
export interface StoryStep {
  readonly name: string;
  readonly needs: readonly PartName[];
  /** Parts read when present (a step run alone works without them); no later step may provide them. */
  readonly reads?: readonly PartName[];
  readonly provides: readonly PartName[];
  run(input: StoryInput, story: StoryView): Partial<StoryParts>;
}

/** A step whose result type is checked against what it declares it provides. */
export function storyStep<P extends PartName>(step: {
  name: string;
  needs: readonly PartName[];
  reads?: readonly PartName[];
  provides: readonly P[];
  run(input: StoryInput, story: StoryView): Pick<StoryParts, P>;
}): StoryStep {
  return step;
}

/** An intermediate a step declared in `needs`; buildStory's order check makes it present. */
export function needed<K extends keyof StoryIntermediates>(story: StoryView, key: K): StoryIntermediates[K] {
  const value = story[key];
  if (value === undefined) throw createError('CC_INTERNAL', `story step order: '${key}' is needed before any step provides it`);
  return value as StoryIntermediates[K];
}
