import type { Story } from '../model/dossier.js';
import { analysisStamp } from './analysis-stamp.js';
import type { StorySummary } from './repository.js';

/** A stories row as every backend's SQL returns it (snake_case columns). */
export interface StoryRow {
  id: string;
  headline: string;
  article_count: number;
  outlet_count: number;
  first_published: string | null;
  last_published: string | null;
  corroborated: number;
  disputed: number;
  discrepancies: number;
  updated_at: string;
}

/** Every StoryRow column (a Record, so a column added to StoryRow must be added here too). */
const ROW_COLUMNS: Record<keyof StoryRow, true> = {
  id: true,
  headline: true,
  article_count: true,
  outlet_count: true,
  first_published: true,
  last_published: true,
  corroborated: true,
  disputed: true,
  discrepancies: true,
  updated_at: true,
};

/**
 * The SELECT list of a story listing: the row columns only. Never `*`, which would read every
 * listed story's dossier (up to tens of MB each for long stories) just to drop it.
 */
export const STORY_ROW_SELECT = Object.keys(ROW_COLUMNS).join(', ');

export function summaryOfRow(r: StoryRow): StorySummary {
  return {
    id: r.id,
    headline: r.headline,
    articleCount: r.article_count,
    outletCount: r.outlet_count,
    firstPublished: r.first_published,
    lastPublished: r.last_published,
    corroborated: r.corroborated,
    disputed: r.disputed,
    discrepancies: r.discrepancies,
    updatedAt: r.updated_at,
  };
}

/** The columns of a story's list row, derived from its dossier (the same for every backend). */
export type StoryColumns = ReturnType<typeof storyColumns>;

/**
 * A dossier as the store writes it: its list-row columns, its JSON and the analysis stamp of the
 * code that built it. An analysis worker that rebuilt the story sends this, so the storing thread
 * never holds a large dossier as objects.
 */
export interface StoredStory {
  id: string;
  columns: StoryColumns;
  dossier: string;
  stamp: string;
}

export function storedStory(story: Story): StoredStory {
  return { id: story.id, columns: storyColumns(story), dossier: JSON.stringify(story), stamp: analysisStamp() };
}

function storyColumns(story: Story) {
  const outlets = new Set(story.articles.map((a) => a.outlet ?? a.id));
  return {
    headline: story.headline,
    articleCount: story.articles.length,
    outletCount: outlets.size,
    firstPublished: story.firstPublished,
    lastPublished: story.lastPublished,
    corroborated: story.claims.filter((c) => c.status === 'corroborated').length,
    disputed: story.claims.filter((c) => c.status === 'disputed').length,
    discrepancies: story.discrepancies.length,
  };
}
