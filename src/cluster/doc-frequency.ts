/**
 * Document frequencies, updated online as articles arrive (and replayed on restore), for IDF.
 * Only the features an article keeps in its fingerprint are counted, so a restored clusterer
 * has exactly the statistics of the one that wrote the fingerprints.
 */
export class DocFrequency {
  private readonly df = new Map<string, number>();
  private n = 0;

  get documents(): number {
    return this.n;
  }

  count(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /** Smoothed IDF; an unseen feature in an empty store still gets a finite, positive weight. */
  idf(key: string): number {
    return Math.log((this.n + 1) / (this.count(key) + 0.5)) + 1;
  }

  add(keys: Iterable<string>): void {
    this.n++;
    for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  remove(keys: Iterable<string>): void {
    this.n = Math.max(0, this.n - 1);
    for (const k of keys) {
      const c = (this.df.get(k) ?? 0) - 1;
      if (c > 0) this.df.set(k, c);
      else this.df.delete(k);
    }
  }
}
