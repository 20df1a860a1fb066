/**
 * Document frequencies, updated online as articles arrive (and replayed on restore), for IDF.
 * Only the features an article keeps in its fingerprint are counted, so a restored clusterer
 * has exactly the statistics of the one that wrote the fingerprints.
 */
/** Size of the imaginary background corpus behind the IDF (see `idf`). */
export const PRIOR_DOCS = 1000;

export class DocFrequency {
  private readonly df = new Map<string, number>();
  private n = 0;

  get documents(): number {
    return this.n;
  }

  count(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /**
   * Smoothed IDF with PRIOR_DOCS imaginary documents that hold none of the features: in a young
   * store (5 articles on one event) the shared words would otherwise look common and weigh
   * nothing, so a cold start could never group anything. The prior fades as the store grows.
   */
  idf(key: string): number {
    return Math.log((this.n + PRIOR_DOCS + 1) / (this.count(key) + 0.5));
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
