import type { TreeEnsemble, TreeNode } from '../../src/analyze/align/trees.js';
import { treeValue } from '../../src/analyze/align/trees.js';

export interface FitOptions {
  trees: number;
  depth: number;
  rate: number;
  minLeaf: number;
  /** Candidate thresholds per feature (quantiles of the training values). */
  bins: number;
  /** L2 penalty on leaf values. */
  lambda: number;
}

export const FIT_DEFAULTS: FitOptions = { trees: 200, depth: 3, rate: 0.08, minLeaf: 30, bins: 48, lambda: 2 };

/**
 * Gradient boosting with logistic loss and Newton leaf values (Friedman 2001), split search over
 * per-feature quantile histograms: deterministic, small, and enough for a few dozen interpretable
 * features. `w` weighs each example (data source, class balance).
 */
export function fitTrees(xs: readonly number[][], ys: readonly number[], w: readonly number[], opt: FitOptions = FIT_DEFAULTS): TreeEnsemble {
  const n = xs.length;
  const nf = xs[0]?.length ?? 0;
  const pos = ys.reduce((s, y, i) => s + y * w[i]!, 0);
  const tot = w.reduce((s, v) => s + v, 0);
  const base = Math.log((pos + 1) / (tot - pos + 1));
  // Cut points per feature and each example's bin: bin b holds values in (cut[b-1], cut[b]].
  const cuts: number[][] = [];
  const bin: Uint8Array[] = [];
  for (let j = 0; j < nf; j++) {
    const vals = xs.map((x) => x[j]!).sort((a, b) => a - b);
    const set = new Set<number>();
    for (let q = 1; q < opt.bins; q++) set.add(vals[Math.floor((q / opt.bins) * (n - 1))]!);
    const c = [...set].sort((a, b) => a - b);
    cuts.push(c);
    const bj = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      let b = 0;
      while (b < c.length && xs[i]![j]! > c[b]!) b++;
      bj[i] = b;
    }
    bin.push(bj);
  }
  const f = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: TreeNode[][] = [];
  for (let t = 0; t < opt.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-f[i]!));
      g[i] = (ys[i]! - p) * w[i]!;
      h[i] = Math.max(p * (1 - p), 1e-6) * w[i]!;
    }
    const nodes: TreeNode[] = [];
    const grow = (idx: Int32Array, depth: number): number => {
      const id = nodes.length;
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += g[i]!;
        H += h[i]!;
      }
      nodes.push({ f: -1, t: 0, l: -1, r: -1, v: (opt.rate * G) / (H + opt.lambda) });
      if (depth >= opt.depth || idx.length < 2 * opt.minLeaf) return id;
      const parent = (G * G) / (H + opt.lambda);
      let best = { gain: 1e-9, f: -1, b: 0 };
      for (let j = 0; j < nf; j++) {
        const nb = cuts[j]!.length + 1;
        const hg = new Float64Array(nb);
        const hh = new Float64Array(nb);
        const hc = new Int32Array(nb);
        const bj = bin[j]!;
        for (const i of idx) {
          hg[bj[i]!]! += g[i]!;
          hh[bj[i]!]! += h[i]!;
          hc[bj[i]!]!++;
        }
        let GL = 0;
        let HL = 0;
        let nl = 0;
        for (let b = 0; b < nb - 1; b++) {
          GL += hg[b]!;
          HL += hh[b]!;
          nl += hc[b]!;
          if (nl < opt.minLeaf || idx.length - nl < opt.minLeaf) continue;
          const gain = (GL * GL) / (HL + opt.lambda) + ((G - GL) * (G - GL)) / (H - HL + opt.lambda) - parent;
          if (gain > best.gain) best = { gain, f: j, b };
        }
      }
      if (best.f < 0) return id;
      const bj = bin[best.f]!;
      const left = idx.filter((i) => bj[i]! <= best.b);
      const right = idx.filter((i) => bj[i]! > best.b);
      const node = nodes[id]!;
      node.f = best.f;
      node.t = cuts[best.f]![best.b]!;
      node.l = grow(left, depth + 1);
      node.r = grow(right, depth + 1);
      return id;
    };
    grow(Int32Array.from({ length: n }, (_, i) => i), 0);
    // Leaf values rounded: a smaller model file, the same decisions to the third decimal.
    for (const nd of nodes) nd.v = Math.round(nd.v * 1e5) / 1e5;
    trees.push(nodes);
    for (let i = 0; i < n; i++) f[i]! += treeValue(nodes, xs[i]!);
  }
  return { base, trees };
}
