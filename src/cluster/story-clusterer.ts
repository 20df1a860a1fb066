import { DocFrequency } from './doc-frequency.js';
import { FeatureTable } from './feature-table.js';
import { decodePrint, encodePrint } from './fingerprint.js';
import { storyIdFor } from './hash.js';
import { InvertedIndex } from './inverted-index.js';
import { itemFeatures } from './item-features.js';
import { bandKeys, jaccard } from './minhash.js';
import { MemberSims, PairScorer, type Member } from './member-sims.js';
import { areTwoStories } from './merge-guard.js';
import { MAX_REHOME_STORY, undatedToMove } from './rehome.js';
import { groupNorms, StoryState } from './story.js';
import { MAX_CHECKED, MIN_PART, splitOf, type Split } from './story-split.js';
import { articleStorySimilarity } from './similarity.js';
import { dayOf, storiesTimeFactor, timeFactor } from './time-window.js';
import type { ClusterDecision, ClusterItem, FingerprintRow, StoryMove, Vector } from './types.js';
import { keepTopFeatures, keptFromPrint, unitVector, type KeptFeature } from './weighting.js';

/** The few settings; the defaults were tuned on ECB+ (docs/clustering.md). */
export interface ClusterSettings {
  /** Join the best story when (cosine × time factor) reaches this. */
  join: number;
  /**
   * Merge a second story into the best one when the article is this similar to it too: the
   * article bridges them. Stricter than `join`, since a wrong merge costs more than a split.
   */
  merge: number;
  /**
   * The merge threshold when the article and both stories are dated and within SAME_EVENT_DAYS of
   * each other: the same days make a bridge far more likely to be one event told in two parts.
   */
  mergeSameDays: number;
  /** Estimated Jaccard of word 4-shingles from which an article is a copy of an earlier one. */
  duplicate: number;
  /**
   * Mean content similarity of an undated article to the story's latest members (MEMBER_SAMPLE)
   * that a join or merge also needs. Without a time factor, a story of many loosely related
   * articles (a campaign beat over a year) has a centroid that looks like every article on the
   * beat; its members do not. Dated articles do not need it: the time factor bounds such chains.
   */
  memberJoin: number;
  /**
   * Mean silhouette from which two stories an article bridges stay two (merge-guard.ts), when both
   * have GUARD_MIN_MEMBERS; 0 turns the guard off.
   */
  mergeGuard: number;
}

export const DEFAULT_SETTINGS: ClusterSettings = { join: 0.22, merge: 0.35, mergeSameDays: 0.3, duplicate: 0.8, memberJoin: 0.15, mergeGuard: 0.2 };

/**
 * Mean similarity to a story's latest members that a loner needs to be merged into it at `settle`,
 * dated or not. Stricter than `memberJoin`: with 0.15, PolNeAR without dates drifted from its dated
 * clustering (tuning months 0.890 → 0.872 BCubed agreement); 0.2 keeps it (0.889) and keeps most of
 * the ECB+ gain (docs/clustering.md).
 */
const SETTLE_MEMBER_JOIN = 0.2;

/** Latest members an undated article is compared with (`memberJoin`). */
const MEMBER_SAMPLE = 16;

/**
 * Stories kept in memory: the least recently updated are evicted beyond this. Counted in
 * stories rather than days so that out-of-order streams (backfills, shuffled test sets) work.
 */
export const MAX_STORIES = 20_000;

/** Candidate stories scored exactly per article; the index ranks them first. */
const MAX_CANDIDATES = 8;
/** Features of the article that query the index. */
const RETRIEVAL_FEATURES = 30;

/**
 * What stays in memory per article: its kept feature ids with their quantised weights (the
 * fingerprint JSON is built from them only when asked), and the MinHash signature that
 * duplicate checks read on every band hit.
 */
interface ArticleRecord {
  storyId: string;
  day: number | null;
  signature: Uint32Array | null;
  duplicateOf: string | null;
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Online single-pass story clustering over a time-ordered stream. Each article is compared only
 * with the stories its rare features retrieve from the inverted index, so the cost per article
 * stays flat as the store grows.
 */
export class StoryClusterer {
  private readonly settings: ClusterSettings;
  private readonly table = new FeatureTable();
  private readonly df = new DocFrequency();
  private readonly index = new InvertedIndex();
  private readonly stories = new Map<string, StoryState>();
  private readonly articles = new Map<string, ArticleRecord>();
  /** LSH band key → first article holding it. */
  private readonly bands = new Map<number, string>();
  private readonly pairScorer = new PairScorer(this.table);
  private seq = 0;
  /** Stories opened by an article since the last `settle`, oldest first. */
  private opened: StoryState[] = [];
  /** Retrieval round (one per scored article) and the stories it hit, reused: see `score`. */
  private round = 0;
  private readonly hits: StoryState[] = [];

  constructor(settings: Partial<ClusterSettings> = {}) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
  }

  get storyCount(): number {
    return this.stories.size;
  }

  /**
   * The end of a stream (an ingest run, a backfill, a test set). An article that opened its own
   * story did so because, when it arrived, no story of its event existed yet or none had enough of
   * the event to attract it. Now that the run is in, each such loner opened since the last
   * `settle` is scored again (the same join rule, its own story left out), oldest first, and its
   * story is merged into the best one if that takes it now. So the result no longer depends on
   * whether a loner came before or after its event's other articles. The cost is one scoring per
   * loner of the run. Returns the merges, to apply after the run's last decision, in order.
   */
  settle(): { from: string; into: string }[] {
    const out: { from: string; into: string }[] = [];
    const opened = this.opened;
    this.opened = [];
    for (const own of opened) {
      if (!own.alive || own.members.length !== 1) continue;
      const rec = this.articles.get(own.members[0]!)!;
      let ranked = this.score(this.vectorOf(rec), rec.day).filter((r) => r.story !== own);
      // Dated or not, a late move is decided on the members too, with a stricter bar (SETTLE_MEMBER_JOIN).
      ranked = this.memberChecked(ranked, rec, SETTLE_MEMBER_JOIN);
      const best = ranked[0];
      if (!best || best.sim < this.settings.join) continue;
      this.mergeInto(best.story, own);
      out.push({ from: own.id, into: best.story.id });
    }
    return out;
  }

  /** Remember a story an article opened, for `settle`; bounded when `settle` is never called (a server's single adds). */
  private noteOpened(story: StoryState): void {
    this.opened.push(story);
    if (this.opened.length > MAX_STORIES) this.opened = this.opened.filter((s) => s.alive && s.members.length === 1).slice(-MAX_STORIES / 2);
  }

  add(item: ClusterItem): ClusterDecision {
    const day = dayOf(item.published);
    const own = item.features ?? itemFeatures(item);
    const signature = own.signature;
    const bands = signature ? bandKeys(signature) : [];
    const duplicateOf = signature ? this.findDuplicate(signature, bands, day) : null;
    const kept = keepTopFeatures(own, this.table, this.df);
    const vector = unitVector(kept, this.table);

    let storyId: string;
    const merged: string[] = [];
    let ranked: { story: StoryState; sim: number }[] = [];
    if (duplicateOf !== null) {
      storyId = this.articles.get(duplicateOf)!.storyId;
    } else {
      ranked = this.score(vector, day);
      if (day === null && this.settings.memberJoin > 0) ranked = this.memberChecked(ranked, { ids: vector.ids, weights: kept.weights });
      const best = ranked[0];
      if (best && best.sim >= this.settings.join) {
        let survivor = best.story;
        for (const other of ranked.slice(1)) {
          const bar = this.mergeBar(day, survivor, other.story);
          if (other.sim < bar) continue;
          // The two stories themselves must be close in time, not only each to the article
          // (an undated article is close to every story).
          if (other.sim * storiesTimeFactor(survivor, other.story) < bar) continue;
          if (this.guarded(day, survivor, other.story)) continue;
          const [keep, gone] = survivor.seq <= other.story.seq ? [survivor, other.story] : [other.story, survivor];
          this.mergeInto(keep, gone);
          merged.push(gone.id);
          survivor = keep;
        }
        storyId = survivor.id;
      } else {
        storyId = storyIdFor(item.id);
      }
    }
    const opens = !this.stories.has(storyId);
    this.ingest(item.id, storyId, day, signature, bands, duplicateOf, kept.weights, vector);
    if (opens) this.noteOpened(this.stories.get(storyId)!);
    // Not after a merge: `merged` names stories merged into `storyId`, which a split could rename.
    // Not for a copy either: it repeats a member, so it tells nothing new about two groups.
    if (merged.length || duplicateOf !== null) return { storyId, duplicateOf, merged, moved: [] };
    const story = this.stories.get(storyId)!;
    const moved = day === null ? [] : this.rehome(story, item.id, day, ranked);
    moved.push(...this.refine(story, item.id));
    return { storyId: this.articles.get(item.id)!.storyId, duplicateOf, merged, moved };
  }

  /**
   * After a join, check whether the story now holds two events (story-split.ts) and if so move
   * the group without its oldest member to a new story. Bounded: only stories of 2 × MIN_PART to
   * MAX_CHECKED members are checked, with one new similarity per member per join.
   */
  private refine(story: StoryState, articleId: string): StoryMove[] {
    const m = story.members.length;
    if (m > MAX_CHECKED) story.pairs = null;
    if (m < 2 * MIN_PART || m > MAX_CHECKED) return [];
    const pairs = (story.pairs ??= new MemberSims());
    const row = new Float64Array(m);
    const recs = story.members.map((id) => this.articles.get(id)!);
    while (pairs.m < m) {
      const k = pairs.m;
      this.pairScorer.row(recs[k]!, recs.slice(0, k), row);
      pairs.append(row);
    }
    const split = splitOf(pairs);
    return split ? this.splitStory(story, split, articleId) : [];
  }

  /**
   * A merge the members refuse (merge-guard.ts): the two stories read as two. Not for a dated
   * article bridging two dated stories of the same days, where one event told in two parts is
   * far more likely than two look-alike events (and `mergeSameDays` was tuned for exactly that).
   */
  private guarded(day: number | null, a: StoryState, b: StoryState): boolean {
    if (this.settings.mergeGuard <= 0) return false;
    if (sameDays(day, a, b)) return false;
    const members = (s: StoryState) => s.members.map((id) => this.articles.get(id)!);
    return areTwoStories(this.pairScorer, members(a), members(b), this.settings.mergeGuard);
  }

  /** `mergeSameDays` for a dated article bridging two dated stories of the same days, else `merge`. */
  private mergeBar(day: number | null, a: StoryState, b: StoryState): number {
    return sameDays(day, a, b) ? this.settings.mergeSameDays : this.settings.merge;
  }

  /** The candidates whose latest members the article is, on average, similar enough to (`memberJoin`). */
  private memberChecked(ranked: { story: StoryState; sim: number }[], article: Member, bar = this.settings.memberJoin): { story: StoryState; sim: number }[] {
    return ranked.filter(({ story, sim }) => {
      if (sim < this.settings.join) return true;
      const ms = story.members;
      if (ms.length < 2) return true;
      const sample = ms.slice(-MEMBER_SAMPLE).map((id) => this.articles.get(id)!);
      const row = new Float64Array(sample.length);
      this.pairScorer.row(article, sample, row);
      let sum = 0;
      for (let i = 0; i < row.length; i++) sum += row[i]!;
      return sum / row.length >= bar;
    });
  }

  /**
   * A dated article that a look-alike story far from its day did not take (time factor < 0.5,
   * content alone ≥ `join`): that story's undated members may belong with this article instead
   * (rehome.ts). They move to the article's story, reported as moves.
   */
  private rehome(target: StoryState, articleId: string, day: number, ranked: readonly { story: StoryState; sim: number }[]): StoryMove[] {
    const out: StoryMove[] = [];
    const article = this.articles.get(articleId)!;
    for (const { story, sim } of ranked) {
      if (story === target || story.members.length > MAX_REHOME_STORY) continue;
      const tf = timeFactor(day, story);
      if (tf >= 0.5 || sim / tf < this.settings.join) continue;
      const dated: ArticleRecord[] = [];
      const undated: ArticleRecord[] = [];
      const undatedAt: number[] = [];
      story.members.forEach((id, i) => {
        const rec = this.articles.get(id)!;
        if (rec.day === null) {
          undated.push(rec);
          undatedAt.push(i);
        } else dated.push(rec);
      });
      const go = undatedToMove(this.pairScorer, article, dated, undated, this.settings.join);
      if (go.length === 0) continue;
      const leaving = new Set(go.map((u) => undatedAt[u]!));
      const stay = story.members.map((_, i) => i).filter((i) => !leaving.has(i));
      const ids = [...leaving].map((i) => story.members[i]!);
      this.keepOnly(story, stay);
      this.moveInto(target, ids);
      target.pairs = null;
      out.push({ from: story.id, into: target.id, articleIds: ids });
    }
    return out;
  }

  /** Rebuild a story from the members at `positions` (ascending); the others leave it. */
  private keepOnly(story: StoryState, positions: readonly number[]): void {
    const stay = positions.map((i) => story.members[i]!);
    const pairs = story.pairs?.subset(positions) ?? null;
    story.clear();
    for (const id of stay) {
      const rec = this.articles.get(id)!;
      story.add(id, this.vectorOf(rec), rec.day);
    }
    story.pairs = pairs;
  }

  /** Add articles (taken out of another story) to `story` and index it under their features. */
  private moveInto(story: StoryState, ids: readonly string[]): void {
    for (const id of ids) {
      const rec = this.articles.get(id)!;
      rec.storyId = story.id;
      story.add(id, this.vectorOf(rec), rec.day);
      for (let i = 0; i < rec.ids.length; i++) this.index.add(rec.ids[i]!, story);
    }
  }

  /**
   * The kept group stays in the same story object, rebuilt from its members: its index entries
   * stay valid (the moved articles' features only cost it a candidate slot now and then), and no
   * dead story is left in the postings. Only the new story is indexed.
   */
  private splitStory(story: StoryState, split: Split, articleId: string): StoryMove[] {
    const go = split.groups[1].map((i) => story.members[i]!);
    const freshId = storyIdFor(go[0]!);
    // The id of the story its first article once opened may still be live (a restored store).
    if (this.stories.has(freshId)) return [];
    const pairs = story.pairs;
    const fresh = new StoryState(freshId, this.seq++);
    this.keepOnly(story, split.groups[0]);
    this.moveInto(fresh, go);
    // Both keep their members' similarities (same order as their members), for the next checks.
    fresh.pairs = pairs?.subset(split.groups[1]) ?? null;
    this.stories.set(fresh.id, fresh);
    return [{ from: story.id, into: fresh.id, articleIds: go.filter((id) => id !== articleId) }];
  }

  /** An article's unit vector again, from its kept ids and quantised weights (as `unitVector` built it). */
  private vectorOf(rec: ArticleRecord): Vector {
    let norm = 0;
    for (let i = 0; i < rec.weights.length; i++) norm += rec.weights[i]! * rec.weights[i]!;
    norm = Math.sqrt(norm) || 1;
    const v: Vector = { ids: rec.ids, weights: new Float64Array(rec.weights.length), names: new Uint8Array(rec.ids.length) };
    for (let i = 0; i < rec.ids.length; i++) {
      v.weights[i] = rec.weights[i]! / norm;
      v.names[i] = this.table.isName(rec.ids[i]!) ? 1 : 0;
    }
    return v;
  }

  /** The article's fingerprint for the store, or null when unknown or evicted. */
  fingerprint(articleId: string): string | null {
    const r = this.articles.get(articleId);
    return r ? this.encode(r) : null;
  }

  fingerprintRow(articleId: string): FingerprintRow | null {
    const r = this.articles.get(articleId);
    return r ? { articleId, storyId: r.storyId, day: r.day, data: this.encode(r) } : null;
  }

  /** The fingerprint JSON, built on demand: `add` itself never needs it. */
  private encode(r: ArticleRecord): string {
    const features: KeptFeature[] = [];
    for (let i = 0; i < r.ids.length; i++) features.push([this.table.key(r.ids[i]!), r.weights[i]!]);
    return encodePrint({ features, signature: r.signature, duplicateOf: r.duplicateOf });
  }

  /** Rebuild state from stored fingerprints, oldest first; rows that do not decode are skipped. */
  restore(rows: readonly FingerprintRow[]): void {
    for (const row of rows) {
      const print = decodePrint(row.data);
      if (!print || this.articles.has(row.articleId)) continue;
      const kept = keptFromPrint(print.features);
      const bands = print.signature ? bandKeys(print.signature) : [];
      this.ingest(row.articleId, row.storyId, row.day, print.signature, bands, print.duplicateOf, kept.weights, unitVector(kept, this.table));
    }
  }

  private findDuplicate(signature: Uint32Array, bands: readonly number[], day: number | null): string | null {
    let best: string | null = null;
    let bestJ = this.settings.duplicate;
    for (const key of bands) {
      const other = this.bands.get(key);
      if (other === undefined || other === best) continue;
      const rec = this.articles.get(other);
      if (!rec?.signature) continue;
      const story = this.stories.get(rec.storyId);
      // A copy republished long after (time factor below one half, ~2 weeks) opens a new story.
      if (story && timeFactor(day, story) < 0.5) continue;
      const j = jaccard(signature, rec.signature);
      if (j >= bestJ) {
        bestJ = j;
        best = other;
      }
    }
    if (best === null) return null;
    // Point at the original of a copy of a copy, when that original is still known (a partial
    // restore may hold the copy but not its original).
    const root = this.articles.get(best)!.duplicateOf;
    return root !== null && this.articles.has(root) ? root : best;
  }

  /** Candidate stories through the index, ranked by (cosine × time factor). */
  private score(vector: Vector, day: number | null): { story: StoryState; sim: number }[] {
    const norms = groupNorms(vector);
    // Stories in order of first hit (the order ties between equal ids would keep), each summing
    // its weight in its own fields for this round.
    const round = ++this.round;
    const hits = this.hits;
    hits.length = 0;
    // Retrieval uses only the heaviest features (kept features are sorted by weight): the rare
    // names and words that identify the event. Exact scoring then uses all of them.
    const n = Math.min(vector.ids.length, RETRIEVAL_FEATURES);
    for (let i = 0; i < n; i++) {
      const w = vector.weights[i]!;
      const holders = this.index.stories(vector.ids[i]!);
      if (!holders) continue;
      for (let h = 0; h < holders.length; h++) {
        const s = holders[h]!;
        if (s.hitRound !== round) {
          s.hitRound = round;
          s.hitWeight = 0;
          hits.push(s);
        }
        s.hitWeight += w;
      }
    }
    const out: { story: StoryState; sim: number }[] = [];
    // Dead (merged-away) stories still take a candidate slot until the index is pruned.
    for (const story of topCandidates(hits, MAX_CANDIDATES)) {
      if (!story.alive) continue;
      const sim = articleStorySimilarity(vector, norms, day, story);
      if (sim > 0) out.push({ story, sim });
    }
    return out.sort((a, b) => b.sim - a.sim || a.story.seq - b.story.seq);
  }

  private ingest(
    articleId: string,
    storyId: string,
    day: number | null,
    signature: Uint32Array | null,
    bands: readonly number[],
    duplicateOf: string | null,
    weights: Float64Array,
    vector: Vector,
  ): void {
    // Hold the ids before any eviction below can free them.
    for (let i = 0; i < vector.ids.length; i++) this.table.retain(vector.ids[i]!);
    let story = this.stories.get(storyId);
    if (!story) {
      story = new StoryState(storyId, this.seq++);
      this.stories.set(storyId, story);
    }
    story.add(articleId, vector, day);
    // Map order is recency order: re-insert on every update, evict from the front.
    this.stories.delete(storyId);
    this.stories.set(storyId, story);
    if (this.stories.size > MAX_STORIES) this.evict(this.stories.values().next().value as StoryState);
    // A copy says nothing new about how common its words are.
    if (duplicateOf === null) this.df.add(vector.ids);
    for (let i = 0; i < vector.ids.length; i++) this.index.add(vector.ids[i]!, story);
    for (const b of bands) if (!this.bands.has(b)) this.bands.set(b, articleId);
    this.articles.set(articleId, { storyId, day, signature, duplicateOf, ids: vector.ids, weights });
  }

  private mergeInto(keep: StoryState, gone: StoryState): void {
    keep.absorb(gone, (k) => this.table.isName(k));
    for (const id of gone.members) {
      const rec = this.articles.get(id);
      if (rec) {
        rec.storyId = keep.id;
        for (let i = 0; i < rec.ids.length; i++) this.index.add(rec.ids[i]!, keep);
      }
    }
    gone.alive = false;
    this.stories.delete(gone.id);
  }

  private evict(story: StoryState): void {
    story.alive = false;
    this.stories.delete(story.id);
    for (const id of story.members) {
      const rec = this.articles.get(id);
      if (!rec) continue;
      if (rec.duplicateOf === null) this.df.remove(rec.ids);
      if (rec.signature) for (const b of bandKeys(rec.signature)) if (this.bands.get(b) === id) this.bands.delete(b);
      for (let i = 0; i < rec.ids.length; i++) {
        const k = rec.ids[i]!;
        this.index.prune(k);
        // The last article keeping the feature is gone: free its id for reuse.
        if (this.table.release(k)) this.index.drop(k);
      }
      this.articles.delete(id);
    }
  }
}

/** A dated article bridging two dated stories within SAME_EVENT_DAYS of each other. */
function sameDays(day: number | null, a: StoryState, b: StoryState): boolean {
  return day !== null && a.firstDay !== null && b.firstDay !== null && storiesTimeFactor(a, b) === 1;
}

/**
 * The `max` stories with the most retrieval weight, ties to the smaller story id, without
 * sorting every hit: a short sorted list takes each hit by insertion.
 */
function topCandidates(hits: readonly StoryState[], max: number): StoryState[] {
  const top: StoryState[] = [];
  const score: number[] = [];
  for (let i = 0; i < hits.length; i++) {
    const s = hits[i]!;
    const h = s.hitWeight;
    let at = top.length;
    while (at > 0 && (h > score[at - 1]! || (h === score[at - 1]! && s.id < top[at - 1]!.id))) at--;
    if (at >= max) continue;
    top.splice(at, 0, s);
    score.splice(at, 0, h);
    if (top.length > max) {
      top.pop();
      score.pop();
    }
  }
  return top;
}
