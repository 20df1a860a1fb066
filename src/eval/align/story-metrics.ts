import type { AlignGoldStory, GoldSpan } from './gold.js';

/** A place of a dossier claim: an article's sentence. */
export interface Place {
  article: string;
  start: number;
  end: number;
}

/** What the story metrics read of a dossier claim. */
export interface ScoredClaim {
  status: 'corroborated' | 'single-source' | 'disputed';
  support: Place[];
  contradiction: Place[];
}

export interface StoryCounts {
  facts: number;
  factsFound: number;
  predictedPairs: number;
  correctPairs: number;
  goldPairs: number;
  goldPairsFound: number;
  singleSource: number;
  singleSourceShared: number;
  contradictions: number;
  contradictionsFound: number;
}

const overlaps = (p: Place, g: GoldSpan) => p.article === g[0] && p.start < g[2] && g[1] < p.end;

/** The gold facts a place states (indices into gold.facts). */
function factsAt(gold: AlignGoldStory, p: Place): number[] {
  const out: number[] = [];
  gold.facts.forEach((f, i) => {
    if (f.in.some((g) => overlaps(p, g))) out.push(i);
  });
  return out;
}

/** Do two places of different articles state one gold fact? */
export function sameGoldFact(gold: AlignGoldStory, a: Place, b: Place): boolean {
  if (a.article === b.article) return false;
  const fb = new Set(factsAt(gold, b));
  return factsAt(gold, a).some((f) => fb.has(f));
}

/**
 * Story-level alignment counts against the gold: facts found as one claim supported by two or
 * more of their articles, cross-article place pairs (precision and recall), single-source claims
 * that are in fact shared, and gold contradictions found as one claim's two sides.
 */
export function storyCounts(gold: AlignGoldStory, claims: readonly ScoredClaim[]): StoryCounts {
  const c: StoryCounts = { facts: gold.facts.length, factsFound: 0, predictedPairs: 0, correctPairs: 0, goldPairs: 0, goldPairsFound: 0, singleSource: 0, singleSourceShared: 0, contradictions: gold.contradictions.length, contradictionsFound: 0 };
  const predicted = new Set<string>();
  const key = (a: Place, b: Place) => [`${a.article}:${a.start}`, `${b.article}:${b.start}`].sort().join('|');
  for (const cl of claims) {
    const places = [...cl.support, ...cl.contradiction];
    for (let i = 0; i < places.length; i++) {
      for (let j = i + 1; j < places.length; j++) {
        const a = places[i]!;
        const b = places[j]!;
        if (a.article === b.article) continue;
        const k = key(a, b);
        if (predicted.has(k)) continue;
        predicted.add(k);
        c.predictedPairs++;
        if (sameGoldFact(gold, a, b)) c.correctPairs++;
      }
    }
    if (cl.status === 'single-source') {
      c.singleSource++;
      if (cl.support.some((p) => factsAt(gold, p).length > 0)) c.singleSourceShared++;
    }
  }
  gold.facts.forEach((f, fi) => {
    const found = claims.some((cl) => new Set([...cl.support, ...cl.contradiction].filter((p) => factsAt(gold, p).includes(fi)).map((p) => p.article)).size >= 2);
    if (found) c.factsFound++;
  });
  // Gold pairs: each cross-article pair of one fact's spans, counted once.
  const goldPairs = new Set<string>();
  for (const f of gold.facts) {
    for (let i = 0; i < f.in.length; i++) {
      for (let j = i + 1; j < f.in.length; j++) {
        const [a, b] = [f.in[i]!, f.in[j]!];
        if (a[0] === b[0]) continue;
        const pa = { article: a[0], start: a[1], end: a[2] };
        const pb = { article: b[0], start: b[1], end: b[2] };
        const k = key(pa, pb);
        if (goldPairs.has(k)) continue;
        goldPairs.add(k);
        c.goldPairs++;
        const hit = claims.some((cl) => {
          const ps = [...cl.support, ...cl.contradiction];
          return ps.some((p) => overlaps(p, a)) && ps.some((p) => overlaps(p, b));
        });
        if (hit) c.goldPairsFound++;
      }
    }
  }
  for (const x of gold.contradictions) {
    const found = claims.some(
      (cl) => (cl.support.some((p) => overlaps(p, x.a)) && cl.contradiction.some((p) => overlaps(p, x.b))) || (cl.support.some((p) => overlaps(p, x.b)) && cl.contradiction.some((p) => overlaps(p, x.a))),
    );
    if (found) c.contradictionsFound++;
  }
  return c;
}

export function addCounts(a: StoryCounts, b: StoryCounts): StoryCounts {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof StoryCounts)[]) out[k] += b[k];
  return out;
}

export const ZERO_COUNTS: StoryCounts = { facts: 0, factsFound: 0, predictedPairs: 0, correctPairs: 0, goldPairs: 0, goldPairsFound: 0, singleSource: 0, singleSourceShared: 0, contradictions: 0, contradictionsFound: 0 };
