import { IdSlots } from './id-slots.js';
import type { MemberSims } from './member-sims.js';
import type { Vector } from './types.js';

/** Dot products and squared lengths split by channel group: topic words vs. names and dates. */
export interface GroupDots {
  words: number;
  names: number;
}

export function groupNorms(v: Vector): GroupDots {
  const d: GroupDots = { words: 0, names: 0 };
  for (let i = 0; i < v.ids.length; i++) {
    const w = v.weights[i]!;
    if (v.names[i] === 1) d.names += w * w;
    else d.words += w * w;
  }
  return d;
}

/** A story as the clusterer keeps it: the sum of its articles' unit vectors and its day range. */
export class StoryState {
  /**
   * The centroid: feature id → slot (id-slots.ts), and the summed weights by slot, in a typed
   * array instead of a boxed number per map update.
   */
  private readonly slot = new IdSlots();
  private sums = new Float64Array(64);
  /** Squared lengths of `centroid` per group, kept up to date so a cosine costs only the article's features. */
  private readonly norm2: GroupDots = { words: 0, names: 0 };
  readonly members: string[] = [];
  firstDay: number | null = null;
  lastDay: number | null = null;
  /** False once merged into another story, split, or evicted; the index may still list it until pruned. */
  alive = true;
  /** Member-to-member similarities for the split check (story-split.ts), in `members` order; null until needed. */
  pairs: MemberSims | null = null;
  /**
   * Retrieval scratch (story-clusterer.ts `score`): the summed weight of the article's features
   * that retrieved this story, valid while `hitRound` is the current article's round. A field
   * instead of a Map<StoryState, number> per article: retrieval touches hundreds of stories.
   */
  hitRound = -1;
  hitWeight = 0;

  /** `seq` orders stories by creation: on a merge the older story survives. */
  constructor(
    readonly id: string,
    readonly seq: number,
  ) {}

  /**
   * Cosines of the words part and of the names part between an article vector and the centroid;
   * a part that is empty on either side gives null. Summed in the article's feature order.
   */
  cosines(v: Vector, vNorms: GroupDots): { words: number | null; names: number | null } {
    let words = 0;
    let names = 0;
    for (let i = 0; i < v.ids.length; i++) {
      const at = this.slot.get(v.ids[i]!);
      if (at < 0) continue;
      const c = this.sums[at]!;
      if (v.names[i] === 1) names += c * v.weights[i]!;
      else words += c * v.weights[i]!;
    }
    return { words: cos(words, vNorms.words, this.norm2.words), names: cos(names, vNorms.names, this.norm2.names) };
  }

  add(articleId: string, v: Vector, day: number | null): void {
    for (let i = 0; i < v.ids.length; i++) this.addFeature(v.ids[i]!, v.weights[i]!, v.names[i] === 1);
    this.members.push(articleId);
    this.widen(day, day);
  }

  /** Forget every member (a split rebuilds the story from the members it keeps). */
  clear(): void {
    this.slot.clear();
    this.sums.fill(0);
    this.norm2.words = 0;
    this.norm2.names = 0;
    this.members.length = 0;
    this.firstDay = null;
    this.lastDay = null;
    this.pairs = null;
  }

  /** Take over every article of `other` (used when an article bridges two stories). */
  absorb(other: StoryState, isName: (id: number) => boolean): void {
    // Slots are in first-seen order, as the Map that held them before iterated.
    for (let at = 0; at < other.slot.size; at++) {
      const k = other.slot.idAt(at);
      this.addFeature(k, other.sums[at]!, isName(k));
    }
    this.members.push(...other.members);
    this.widen(other.firstDay, other.lastDay);
    // Merged members may come from far apart: the split check rebuilds its table when it next runs.
    this.pairs = null;
  }

  /** |c + v|² = |c|² + 2 c·v + |v|², per group; one lookup per feature does the dot, the norm and the sum. */
  private addFeature(k: number, w: number, name: boolean): void {
    const at = this.slot.getOrAdd(k);
    if (at === this.sums.length) {
      const sums = new Float64Array(at * 2);
      sums.set(this.sums);
      this.sums = sums;
    }
    const c = this.sums[at]!;
    const d = (2 * c + w) * w;
    if (name) this.norm2.names += d;
    else this.norm2.words += d;
    this.sums[at] = c + w;
  }

  private widen(first: number | null, last: number | null): void {
    if (first !== null && (this.firstDay === null || first < this.firstDay)) this.firstDay = first;
    if (last !== null && (this.lastDay === null || last > this.lastDay)) this.lastDay = last;
  }
}

function cos(d: number, x: number, y: number): number | null {
  return x > 1e-12 && y > 1e-12 ? d / Math.sqrt(x * y) : null;
}
