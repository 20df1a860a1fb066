import type { StoryState } from './story.js';

/**
 * Feature id → stories that hold it, for candidate retrieval. Each list keeps only the most
 * recently updated POSTINGS_CAP stories, so a common feature costs a bounded amount per
 * lookup and the work per article does not grow with the store. Stories are held as objects
 * (identity-hashed), not id strings.
 */
export const POSTINGS_CAP = 48;

export class InvertedIndex {
  private readonly postings: (Set<StoryState> | undefined)[] = [];
  /** The story last added per feature: re-adding it changes nothing, so it is skipped. */
  private readonly newest: (StoryState | undefined)[] = [];

  add(feature: number, story: StoryState): void {
    if (this.newest[feature] === story) return;
    this.newest[feature] = story;
    let set = this.postings[feature];
    if (!set) {
      set = new Set();
      this.postings[feature] = set;
    }
    // Re-insert to mark the story as the most recent holder of the feature.
    set.delete(story);
    set.add(story);
    if (set.size > POSTINGS_CAP) set.delete(set.values().next().value as StoryState);
  }

  stories(feature: number): ReadonlySet<StoryState> | undefined {
    return this.postings[feature];
  }

  /** Drop dead stories from a feature's list, and the list when none is left (bounded memory after eviction). */
  prune(feature: number): void {
    const set = this.postings[feature];
    if (!set) return;
    for (const s of set) if (!s.alive) set.delete(s);
    if (this.newest[feature]?.alive === false) this.newest[feature] = undefined;
    if (set.size === 0) this.drop(feature);
  }

  /** Forget a feature whose id is being freed (no live article keeps it). */
  drop(feature: number): void {
    this.postings[feature] = undefined;
    this.newest[feature] = undefined;
  }
}
