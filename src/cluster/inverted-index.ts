import type { StoryState } from './story.js';

/**
 * Feature id → stories that hold it, for candidate retrieval. Each list keeps only the most
 * recently updated POSTINGS_CAP stories, so a common feature costs a bounded amount per
 * lookup and the work per article does not grow with the store. Stories are held as objects
 * (identity-hashed), not id strings.
 */
export const POSTINGS_CAP = 48;

export class InvertedIndex {
  /**
   * Holders per feature, oldest first. Arrays rather than Sets: at most POSTINGS_CAP + 1 entries,
   * where a scan is cheaper than hashing, and retrieval walks them without an iterator.
   */
  private readonly postings: (StoryState[] | undefined)[] = [];
  /** The story last added per feature: re-adding it changes nothing, so it is skipped. */
  private readonly newest: (StoryState | undefined)[] = [];

  add(feature: number, story: StoryState): void {
    if (this.newest[feature] === story) return;
    this.newest[feature] = story;
    let list = this.postings[feature];
    if (!list) {
      list = [];
      this.postings[feature] = list;
    }
    // Move the story to the end: it is now the most recent holder of the feature.
    const at = list.indexOf(story);
    if (at >= 0) {
      for (let i = at + 1; i < list.length; i++) list[i - 1] = list[i]!;
      list[list.length - 1] = story;
    } else {
      list.push(story);
      if (list.length > POSTINGS_CAP) list.shift();
    }
  }

  stories(feature: number): readonly StoryState[] | undefined {
    return this.postings[feature];
  }

  /** Drop dead stories from a feature's list, and the list when none is left (bounded memory after eviction). */
  prune(feature: number): void {
    const list = this.postings[feature];
    if (!list) return;
    let kept = 0;
    for (let i = 0; i < list.length; i++) if (list[i]!.alive) list[kept++] = list[i]!;
    list.length = kept;
    if (this.newest[feature]?.alive === false) this.newest[feature] = undefined;
    if (kept === 0) this.drop(feature);
  }

  /** Forget a feature whose id is being freed (no live article keeps it). */
  drop(feature: number): void {
    this.postings[feature] = undefined;
    this.newest[feature] = undefined;
  }
}
