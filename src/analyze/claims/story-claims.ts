import type { ArticleDoc } from '../../model/article.js';
import type { Evidence, Story, StoryClaim } from '../../model/dossier.js';
import { storyStep } from '../story-step.js';
import { docFrames, type ClaimFrame } from './claim-frame.js';
import { relateClaims, type ClaimRelation } from './claim-relation.js';
import { claimSources } from './claim-sources.js';
import { standaloneText } from './claim-text.js';
import { isWholeClause } from '../brief/wording.js';
import { factAlignModel } from '../align/model.js';
import { alignFrames, type StoryAlignment } from '../align/story-align.js';
import { isQuoteOnly } from '../align/shared-quote.js';

/** A group of aligned claims and the conflicts found against it (kept for discrepancies, timeline, brief). */
export interface ClaimGroup {
  id: string;
  members: ClaimFrame[];
  conflicts: { kind: Exclude<ClaimRelation, 'same' | 'unrelated'>; frame: ClaimFrame; against: ClaimFrame }[];
  /** How typical each member is of the group (sum of its alignment scores with the others), when aligned by the model. */
  centrality?: Map<ClaimFrame, number>;
  /** Members whose own claim is another group's: a sentence stating this fact among others supports it but does not word it. */
  shared?: Set<ClaimFrame>;
}

export function evidenceOf(f: ClaimFrame, whole = true): Evidence {
  const s = whole ? f.sentence : f.claim;
  return { article: f.doc.id, text: f.doc.text.slice(s.start, s.end), start: s.start, end: s.end };
}

/**
 * Group claims that agree on who did what (precision first): a claim joins a group when it is
 * the same as one member and conflicts with none; conflicting look-alikes stay apart and are recorded.
 *
 * relateClaims calls every pair without a shared agent key unrelated, so only groups holding a
 * member that shares a key with the claim can take it in or conflict with it; an index from agent
 * key to group keeps the quadratic pass to those candidates, visited in the same order as a full scan.
 */
export function groupClaims(frames: readonly ClaimFrame[]): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  const groupsByAgent = new Map<string, Set<number>>();
  const candidates = (fs: readonly ClaimFrame[]): number[] => {
    const out = new Set<number>();
    for (const f of fs) for (const k of f.agents) for (const i of groupsByAgent.get(k) ?? []) out.add(i);
    return [...out].sort((x, y) => x - y);
  };
  for (const f of frames) {
    let home = -1;
    for (const gi of candidates([f])) {
      let same = false;
      let conflict = false;
      for (const m of groups[gi]!.members) {
        const r = relateClaims(f, m);
        if (r === 'same') same = true;
        else if (r !== 'unrelated') {
          conflict = true;
          break;
        }
      }
      if (same && !conflict) {
        home = gi;
        break;
      }
    }
    if (home < 0) {
      home = groups.length;
      groups.push({ id: '', members: [], conflicts: [] });
    }
    groups[home]!.members.push(f);
    for (const k of f.agents) {
      let set = groupsByAgent.get(k);
      if (!set) groupsByAgent.set(k, (set = new Set()));
      set.add(home);
    }
  }
  for (let i = 0; i < groups.length; i++) {
    for (const j of candidates(groups[i]!.members)) {
      if (i === j) continue;
      for (const a of groups[i]!.members) {
        const hit = firstConflict(a, groups[j]!.members);
        if (hit && hit.b.doc.id !== a.doc.id) {
          groups[i]!.conflicts.push({ kind: hit.r, frame: hit.b, against: a });
          break;
        }
      }
    }
  }
  return groups;
}

/** The first of `others` that `a` conflicts with (in order), or null. */
function firstConflict(a: ClaimFrame, others: readonly ClaimFrame[]): { b: ClaimFrame; r: ClaimGroup['conflicts'][number]['kind'] } | null {
  for (const b of others) {
    const r = relateClaims(a, b);
    if (r !== 'same' && r !== 'unrelated') return { b, r };
  }
  return null;
}

/**
 * The most neutral, focused wording: an unhedged sentence, then the one most like the others (the
 * wording the outlets share, not one outlet's colour), shortest first, earliest article on ties.
 */
export function representative(members: readonly ClaimFrame[], centrality?: ReadonlyMap<ClaimFrame, number>): ClaimFrame {
  const c = (f: ClaimFrame) => Math.round((centrality?.get(f) ?? 0) * 10);
  return [...members].sort((a, b) => Number(a.hedged) - Number(b.hedged) || c(b) - c(a) || (a.sentence.end - a.sentence.start) - (b.sentence.end - b.sentence.start))[0]!;
}

/**
 * Groups from the learned fact alignment. A pair aligned as one fact that gives incompatible
 * versions makes one group: the claim is disputed, and the conflicting side is its contradiction.
 */
export function groupsFromAlignment(frames: readonly ClaimFrame[], al: StoryAlignment): ClaimGroup[] {
  const home = new Array<number>(frames.length);
  const n = frames.length;
  const groups: ClaimGroup[] = al.groups.map((g, gi) => {
    // A unit's first group is its own; a later one holds it as a shared member (attachSharedMembers).
    for (const i of g) home[i] ??= gi;
    const centrality = new Map<ClaimFrame, number>();
    for (const i of g) {
      let sum = 0;
      for (const j of g) if (i !== j) sum += al.scores.get(i < j ? i * n + j : j * n + i) ?? 0;
      centrality.set(frames[i]!, sum);
    }
    return { id: '', members: g.map((i) => frames[i]!), conflicts: [], centrality, shared: new Set(g.filter((i) => home[i] !== gi).map((i) => frames[i]!)) };
  });
  for (const c of al.conflicts) {
    let [ga, gb] = [home[c.a]!, home[c.b]!];
    if (ga !== gb) {
      // one claim with both versions: move the other version's group into this one
      const moved = groups[gb]!;
      groups[ga]!.members.push(...moved.members);
      groups[ga]!.conflicts.push(...moved.conflicts);
      for (const [f, c] of moved.centrality ?? []) groups[ga]!.centrality?.set(f, c);
      for (const f of moved.shared ?? []) groups[ga]!.shared?.add(f);
      moved.members = [];
      moved.conflicts = [];
      for (let i = 0; i < home.length; i++) if (home[i] === gb) home[i] = ga;
      gb = ga;
    }
    groups[ga]!.conflicts.push({ kind: c.kind, frame: frames[c.b]!, against: frames[c.a]! });
  }
  return groups.filter((g) => g.members.length > 0);
}

/** The members on the other side of a group's conflicts from its earliest member (two-colouring by conflict). */
function contradictingSide(g: ClaimGroup): Set<ClaimFrame> {
  const side = new Map<ClaimFrame, number>();
  if (g.conflicts.length === 0) return new Set();
  const anchor = g.conflicts[0]!.against;
  side.set(anchor, 0);
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of g.conflicts) {
      const [x, y] = [side.get(c.against), side.get(c.frame)];
      if (x !== undefined && y === undefined) side.set(c.frame, 1 - x);
      else if (y !== undefined && x === undefined) side.set(c.against, 1 - y);
      else continue;
      changed = true;
    }
  }
  return new Set([...side].filter(([, v]) => v === 1).map(([f]) => f));
}

/**
 * The claim's own words (standaloneText); a clause the clause rules started inside a relative
 * clause ("which first reported the cracks, repairs cannot …") reads as its whole sentence instead.
 */
function claimText(f: ClaimFrame): string {
  const own = standaloneText(f.doc, f.claim);
  // A clause cut where a quote was taken out ("… accused him of", "… called the move") reads as its sentence.
  return /^(?:which|who|whom|whose|that|where|when)\b/i.test(own) || !isWholeClause(own) ? f.doc.text.slice(f.sentence.start, f.sentence.end).trim() : own;
}

function storyClaim(story: Story, g: ClaimGroup): StoryClaim {
  const other = contradictingSide(g);
  const supporting = g.members.filter((f) => !other.has(f));
  const seen = new Set<string>();
  const places = supporting.filter((f) => {
    const key = `${f.doc.id}:${f.sentence.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const src = claimSources(story, places.map((f) => ({ doc: f.doc, sentence: f.sentence })));
  const support = places.map((f, i) => ({ ...evidenceOf(f), via: src.via[i] ?? null }));
  // Conflicts against another group (rule path) and the other version inside this group (learned path).
  const contradiction = [...g.conflicts.filter((c) => !g.members.includes(c.frame)).map((c) => c.frame), ...other]
    .map((f) => evidenceOf(f))
    .filter((e, i, all) => all.findIndex((x) => x.article === e.article && x.start === e.start) === i);
  const independentSources = src.independentSources;
  const status = contradiction.length > 0 ? 'disputed' : independentSources.length >= 2 ? 'corroborated' : 'single-source';
  // Worded by one of its own members: a shared member's sentence is another claim's text already.
  const own = supporting.filter((f) => !g.shared?.has(f));
  const rep = representative(own.length > 0 ? own : supporting.length > 0 ? supporting : g.members, g.centrality);
  return { id: g.id, text: claimText(rep), status, independentSources, support, contradiction, dependent: src.dependent };
}

const STATUS_ORDER = { corroborated: 0, disputed: 1, 'single-source': 2 } as const;

/** Story step `claims`: align the claims of all articles and rate their corroboration. */
export const claimsStoryStep = storyStep({
  name: 'claims',
  needs: [],
  reads: ['articleNotes', 'provenance'],
  provides: ['claims', 'claimGroups'],
  run({ docs }, story) {
    const frames = docs.flatMap((d: ArticleDoc) => docFrames(d));
    // The learned fact alignment when its model is there; the strict who-did-what rule otherwise.
    const model = factAlignModel();
    const groups = (model ? groupsFromAlignment(frames, alignFrames(frames, model)) : groupClaims(frames)).filter((g) => !isQuoteOnly(g.members));
    const claims = groups.map((g) => ({ g, c: storyClaim(story, g) }));
    claims.sort((x, y) => y.c.independentSources.length - x.c.independentSources.length || STATUS_ORDER[x.c.status] - STATUS_ORDER[y.c.status] || y.c.support.length - x.c.support.length);
    claims.forEach((x, i) => {
      x.g.id = `${story.id}-c${i + 1}`;
      x.c.id = x.g.id;
    });
    return { claims: claims.map((x) => x.c), claimGroups: claims.map((x) => x.g) };
  },
});
