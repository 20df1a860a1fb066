import type { FeatureTable } from './feature-table.js';
import { combine } from './similarity.js';
import type { PairSims } from './story-split.js';

/** One member as the story-split check sees it: kept feature ids and their (quantised) weights. */
export interface Member {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Article-to-article similarity, the same measure as article-to-story (similarity.ts): geometric
 * mean of the words and names cosines. Without the time factor: the split is about content, and
 * with it a long-running story's early and late articles would look like two events. Cosines do not
 * depend on the vectors' scale, so the stored quantised weights serve as they are. One article is
 * scattered into a dense array by feature id, the other gathered from it: no map per pair.
 */
export class PairScorer {
  private dense = new Float64Array(1024);

  constructor(private readonly table: FeatureTable) {}

  similarity(a: Member, b: Member): number {
    const out = new Float64Array(1);
    this.row(a, [b], out);
    return out[0]!;
  }

  /** Similarities of `a` to each of `others`, into `out`: `a` is scattered once for the whole row. */
  row(a: Member, others: readonly Member[], out: Float64Array): void {
    if (this.dense.length < this.table.capacity) this.dense = new Float64Array(this.table.capacity);
    const dense = this.dense;
    let aw = 0;
    let an = 0;
    for (let i = 0; i < a.ids.length; i++) {
      const w = a.weights[i]!;
      dense[a.ids[i]!] = w;
      if (this.table.isName(a.ids[i]!)) an += w * w;
      else aw += w * w;
    }
    for (let k = 0; k < others.length; k++) {
      const b = others[k]!;
      let bw = 0;
      let bn = 0;
      let dw = 0;
      let dn = 0;
      for (let j = 0; j < b.ids.length; j++) {
        const id = b.ids[j]!;
        const w = b.weights[j]!;
        if (this.table.isName(id)) {
          bn += w * w;
          dn += w * dense[id]!;
        } else {
          bw += w * w;
          dw += w * dense[id]!;
        }
      }
      const words = aw > 0 && bw > 0 ? dw / Math.sqrt(aw * bw) : null;
      const names = an > 0 && bn > 0 ? dn / Math.sqrt(an * bn) : null;
      out[k] = combine({ words, names });
    }
    for (let i = 0; i < a.ids.length; i++) dense[a.ids[i]!] = 0;
  }
}

/**
 * The pairwise similarities of a story's members, in member order, grown by one row per new
 * member so that checking a story after each join costs one similarity per member, not all pairs.
 */
export class MemberSims implements PairSims {
  private cap = 16;
  private sims = new Float64Array(16 * 16);
  private size = 0;

  get m(): number {
    return this.size;
  }

  at(i: number, j: number): number {
    return this.sims[i * this.cap + j]!;
  }

  /** Append the next member, given its similarity to each earlier member. */
  append(row: ArrayLike<number>): void {
    if (this.size === this.cap) this.grow();
    const k = this.size++;
    for (let j = 0; j < k; j++) {
      this.sims[k * this.cap + j] = row[j]!;
      this.sims[j * this.cap + k] = row[j]!;
    }
  }

  /** The similarities among the members at `positions` (ascending), in that order. */
  subset(positions: readonly number[]): MemberSims {
    const out = new MemberSims();
    const row = new Float64Array(positions.length);
    positions.forEach((p, k) => {
      for (let j = 0; j < k; j++) row[j] = this.at(p, positions[j]!);
      out.append(row);
    });
    return out;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const sims = new Float64Array(cap * cap);
    for (let i = 0; i < this.size; i++) sims.set(this.sims.subarray(i * this.cap, i * this.cap + this.size), i * cap);
    this.cap = cap;
    this.sims = sims;
  }
}
