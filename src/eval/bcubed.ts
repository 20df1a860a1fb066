import { prf, type PRF } from './prf.js';

/**
 * BCubed and pairwise scores of a clustering against gold labels. Both go through the
 * contingency table (predicted cluster × gold cluster counts), so they cost O(items).
 * Items missing from `predicted` are ignored.
 */
export function clusterScores(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): { bcubed: PRF; pairwise: PRF } {
  const cells = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  let n = 0;
  for (const [item, p] of predicted) {
    const g = gold.get(item);
    if (g === undefined) continue;
    n++;
    const cell = JSON.stringify([p, g]);
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  // BCubed: each item's precision is the share of its predicted cluster that shares its gold label.
  let p = 0;
  let r = 0;
  let truePairs = 0;
  for (const [cell, c] of cells) {
    const [pc, gc] = JSON.parse(cell) as [string, string];
    p += (c * c) / predSize.get(pc)!;
    r += (c * c) / goldSize.get(gc)!;
    truePairs += (c * (c - 1)) / 2;
  }
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const pairs = (sizes: Map<string, number>) => [...sizes.values()].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
  return { bcubed: { precision, recall, f1 }, pairwise: prf(truePairs, pairs(predSize), pairs(goldSize)) };
}
