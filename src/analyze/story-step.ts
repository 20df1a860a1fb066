import type { ArticleDoc } from '../model/article.js';
import type { Story } from '../model/dossier.js';

/** What story-level analysis sees: the story's analysed documents, oldest first. */
export interface StoryInput {
  id: string;
  docs: ArticleDoc[];
}

/**
 * One story-level step: reads the documents (and what earlier steps put in the story)
 * and fills its part of the dossier. Steps run in order; see analyze/build-story.ts.
 */
export interface StoryStep {
  readonly name: string;
  run(input: StoryInput, story: Story): void;
}
