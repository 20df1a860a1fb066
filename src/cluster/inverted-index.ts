/**
 * Feature → stories that hold it, for candidate retrieval. Each list keeps only the most
 * recently updated POSTINGS_CAP stories, so a common feature costs a bounded amount per
 * lookup and the work per article does not grow with the store.
 */
export const POSTINGS_CAP = 48;

export class InvertedIndex {
  private readonly postings = new Map<string, Set<string>>();

  add(key: string, storyId: string): void {
    let set = this.postings.get(key);
    if (!set) {
      set = new Set();
      this.postings.set(key, set);
    }
    // Re-insert to mark the story as the most recent holder of the feature.
    set.delete(storyId);
    set.add(storyId);
    if (set.size > POSTINGS_CAP) set.delete(set.values().next().value as string);
  }

  stories(key: string): ReadonlySet<string> | undefined {
    return this.postings.get(key);
  }

  /** Drop a feature's list when it only names dead stories (keeps memory bounded after eviction). */
  prune(key: string, alive: (storyId: string) => boolean): void {
    const set = this.postings.get(key);
    if (!set) return;
    for (const s of set) if (!alive(s)) set.delete(s);
    if (set.size === 0) this.postings.delete(key);
  }
}
