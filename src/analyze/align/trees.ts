/**
 * A boosted ensemble of small regression trees over a feature vector, as stored in a model file:
 * score = sigmoid(base + Σ tree(x)). Trained by scripts/fact-align/fit-trees.ts.
 */
export interface TreeNode {
  /** Feature index, or -1 for a leaf. */
  f: number;
  /** Split: x[f] <= t goes left. */
  t: number;
  l: number;
  r: number;
  /** Leaf value. */
  v: number;
}

export interface TreeEnsemble {
  base: number;
  trees: TreeNode[][];
}

export function treeValue(tree: readonly TreeNode[], x: readonly number[]): number {
  let n = tree[0]!;
  while (n.f >= 0) n = tree[x[n.f]! <= n.t ? n.l : n.r]!;
  return n.v;
}

/** Probability of the positive class. */
export function ensembleScore(m: TreeEnsemble, x: readonly number[]): number {
  let s = m.base;
  for (const t of m.trees) s += treeValue(t, x);
  return 1 / (1 + Math.exp(-s));
}
