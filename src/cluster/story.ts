import { isNameKey } from './features.js';
import type { Vector } from './types.js';

/** Dot products and squared lengths split by channel group: topic words vs. names and dates. */
export interface GroupDots {
  words: number;
  names: number;
}

function groupDot(a: Vector, b: Vector): GroupDots {
  const d: GroupDots = { words: 0, names: 0 };
  for (const [k, w] of a) {
    const c = b.get(k);
    if (c === undefined) continue;
    if (isNameKey(k)) d.names += c * w;
    else d.words += c * w;
  }
  return d;
}

export function groupNorms(v: Vector): GroupDots {
  return groupDot(v, v);
}

/** A story as the clusterer keeps it: the sum of its articles' unit vectors and its day range. */
export class StoryState {
  readonly centroid: Vector = new Map();
  /** Squared lengths of `centroid` per group, kept up to date so a cosine costs only the article's features. */
  private readonly norm2: GroupDots = { words: 0, names: 0 };
  readonly members: string[] = [];
  firstDay: number | null = null;
  lastDay: number | null = null;

  /** `seq` orders stories by creation: on a merge the older story survives. */
  constructor(
    readonly id: string,
    readonly seq: number,
  ) {}

  /**
   * Cosines of the words part and of the names part between an article vector and the centroid;
   * a part that is empty on either side gives null.
   */
  cosines(v: Vector, vNorms: GroupDots): { words: number | null; names: number | null } {
    return cosinesOf(groupDot(v, this.centroid), vNorms, this.norm2);
  }

  add(articleId: string, v: Vector, day: number | null): void {
    this.addVector(v);
    this.members.push(articleId);
    this.widen(day, day);
  }

  /** Take over every article of `other` (used when an article bridges two stories). */
  absorb(other: StoryState): void {
    this.addVector(other.centroid);
    this.members.push(...other.members);
    this.widen(other.firstDay, other.lastDay);
  }

  private addVector(v: Vector): void {
    // |c + v|² = |c|² + 2 c·v + |v|², per group; one lookup per feature does the dot, the norm and the sum.
    for (const [k, w] of v) {
      const c = this.centroid.get(k) ?? 0;
      const d = (2 * c + w) * w;
      if (isNameKey(k)) this.norm2.names += d;
      else this.norm2.words += d;
      this.centroid.set(k, c + w);
    }
  }

  private widen(first: number | null, last: number | null): void {
    if (first !== null && (this.firstDay === null || first < this.firstDay)) this.firstDay = first;
    if (last !== null && (this.lastDay === null || last > this.lastDay)) this.lastDay = last;
  }
}

function cosinesOf(dot: GroupDots, a: GroupDots, b: GroupDots): { words: number | null; names: number | null } {
  const cos = (d: number, x: number, y: number) => (x > 1e-12 && y > 1e-12 ? d / Math.sqrt(x * y) : null);
  return { words: cos(dot.words, a.words, b.words), names: cos(dot.names, a.names, b.names) };
}
