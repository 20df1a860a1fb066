/**
 * Document frequencies, updated online as articles arrive (and replayed on restore), for IDF.
 * Only the features an article keeps in its fingerprint are counted, so a restored clusterer
 * has exactly the statistics of the one that wrote the fingerprints. Indexed by feature id
 * (feature-table.ts); an id that is not interned has frequency 0.
 */
/** Size of the imaginary background corpus behind the IDF (see `idf`). */
export const PRIOR_DOCS = 1000;

export class DocFrequency {
  private df = new Int32Array(1024);
  private n = 0;

  get documents(): number {
    return this.n;
  }

  count(id: number): number {
    return id >= 0 && id < this.df.length ? this.df[id]! : 0;
  }

  /**
   * Smoothed IDF with PRIOR_DOCS imaginary documents that hold none of the features: in a young
   * store (5 articles on one event) the shared words would otherwise look common and weigh
   * nothing, so a cold start could never group anything. The prior fades as the store grows.
   */
  idf(id: number): number {
    return Math.log((this.n + PRIOR_DOCS + 1) / (this.count(id) + 0.5));
  }

  add(ids: ArrayLike<number>): void {
    this.n++;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id >= this.df.length) this.grow(id + 1);
      this.df[id]!++;
    }
  }

  remove(ids: ArrayLike<number>): void {
    this.n = Math.max(0, this.n - 1);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id < this.df.length && this.df[id]! > 0) this.df[id]!--;
    }
  }

  private grow(size: number): void {
    let len = this.df.length;
    while (len < size) len *= 2;
    const df = new Int32Array(len);
    df.set(this.df);
    this.df = df;
  }
}
