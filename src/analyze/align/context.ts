import type { AlignUnit } from './units.js';

/**
 * Features of a candidate pair read from its story, not from the pair alone: whether each claim is
 * the other's closest match in the other's article (a fact is usually stated once per article, so
 * the best match there is far likelier to be it than a runner-up that shares the topic words), and
 * by how much. Pairs seen alone (MRPC, STS) carry ISOLATED_CONTEXT, marked by `in-story` 0.
 */
export const CONTEXT_FEATURE_NAMES = ['in-story', 'best-in-article', 'cosine-margin'] as const;

/** A pair with no story around it: it is its own best match, by its whole cosine. */
export function isolatedContext(cosine: number): number[] {
  return [0, 1, cosine];
}

/** Best and runner-up clause cosine of one unit among its candidates in one other article. */
interface Top2 {
  best: number;
  bestOf: number;
  second: number;
}

/** Context features of each pair (i < j, units of different articles, `cos` their clause cosines), in order. */
export function pairContexts(units: readonly AlignUnit[], pairs: readonly (readonly [number, number])[], cos: readonly number[]): number[][] {
  const top = new Map<string, Top2>();
  const offer = (i: number, j: number, c: number) => {
    const k = `${i}\u0000${units[j]!.frame.doc.id}`;
    const t = top.get(k);
    if (!t) top.set(k, { best: c, bestOf: j, second: 0 });
    else if (c > t.best) [t.second, t.best, t.bestOf] = [t.best, c, j];
    else if (c > t.second) t.second = c;
  };
  pairs.forEach(([i, j], p) => {
    offer(i, j, cos[p]!);
    offer(j, i, cos[p]!);
  });
  // How far this pair's cosine stands above i's best alternative in j's article.
  const margin = (i: number, j: number, c: number) => {
    const t = top.get(`${i}\u0000${units[j]!.frame.doc.id}`)!;
    return c - (t.bestOf === j ? t.second : t.best);
  };
  return pairs.map(([i, j], p) => {
    const c = cos[p]!;
    const mi = margin(i, j, c);
    const mj = margin(j, i, c);
    return [1, (mi >= 0 ? 0.5 : 0) + (mj >= 0 ? 0.5 : 0), Math.max(-1, Math.min(mi, mj))];
  });
}
