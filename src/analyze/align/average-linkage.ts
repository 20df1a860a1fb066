/**
 * Average-linkage agglomerative clustering over sparse pair scores: two groups merge while the
 * mean score over their member pairs (missing pairs count 0) is at least `threshold`. Unlike single
 * link, a sentence that states two facts cannot glue the two facts' groups together.
 *
 * Pairs within one article (`article[i]`) are left out of the mean, so an article that states a
 * fact twice does not dilute it; two groups of one article only merge through an explicit score.
 * `scores` is keyed by i * n + j (i < j).
 */
export function averageLinkage(n: number, scores: ReadonlyMap<number, number>, threshold: number, article: readonly number[]): number[][] {
  const members: number[][] = [...Array(n).keys()].map((i) => [i]);
  const alive = new Array<boolean>(n).fill(true);
  const version = new Array<number>(n).fill(0);
  // Sum of scores between groups, and their numbers of counted pairs.
  const links: Map<number, number>[] = [...Array(n)].map(() => new Map());
  const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  for (const [k, s] of scores) {
    const i = Math.floor(k / n);
    const j = k % n;
    links[i]!.set(j, s);
    links[j]!.set(i, s);
  }
  // Per group: members per article, so the counted pairs are |A|·|B| − Σ A[art]·B[art].
  const perArticle: Map<number, number>[] = [...Array(n).keys()].map((i) => new Map([[article[i]!, 1]]));
  const counted = (a: number, b: number) => {
    let same = 0;
    const [small, big] = perArticle[a]!.size <= perArticle[b]!.size ? [perArticle[a]!, perArticle[b]!] : [perArticle[b]!, perArticle[a]!];
    for (const [art, c] of small) same += c * (big.get(art) ?? 0);
    return members[a]!.length * members[b]!.length - same;
  };
  const mean = (a: number, b: number) => {
    const c = counted(a, b);
    const s = links[a]!.get(b) ?? 0;
    return c === 0 ? s / (members[a]!.length * members[b]!.length) : s / c;
  };
  type Entry = { m: number; a: number; b: number; va: number; vb: number };
  const heap: Entry[] = [];
  const better = (x: Entry, y: Entry) => x.m > y.m || (x.m === y.m && key(x.a, x.b) < key(y.a, y.b));
  const push = (e: Entry) => {
    heap.push(e);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!better(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = (): Entry | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && better(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && better(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  for (const k of scores.keys()) {
    const a = Math.floor(k / n);
    const b = k % n;
    const m = mean(a, b);
    if (m >= threshold) push({ m, a, b, va: 0, vb: 0 });
  }
  for (let e = pop(); e; e = pop()) {
    if (!alive[e.a] || !alive[e.b] || version[e.a] !== e.va || version[e.b] !== e.vb) continue;
    const [a, b] = [e.a, e.b];
    // merge b into a
    members[a]!.push(...members[b]!);
    for (const [art, c] of perArticle[b]!) perArticle[a]!.set(art, (perArticle[a]!.get(art) ?? 0) + c);
    alive[b] = false;
    version[a]!++;
    for (const [c, s] of links[b]!) {
      if (c === a) continue;
      links[a]!.set(c, (links[a]!.get(c) ?? 0) + s);
      links[c]!.delete(b);
      links[c]!.set(a, links[a]!.get(c)!);
    }
    links[a]!.delete(b);
    for (const c of links[a]!.keys()) {
      if (!alive[c]) continue;
      const m = mean(a, c);
      if (m >= threshold) push({ m, a: Math.min(a, c), b: Math.max(a, c), va: version[Math.min(a, c)]!, vb: version[Math.max(a, c)]! });
    }
  }
  return members.filter((_, i) => alive[i]).map((m) => m.sort((x, y) => x - y));
}

/**
 * A sentence may state more than one fact: after clustering, a unit also joins each other group
 * from articles other than its own whose members it matches on average at `threshold` (missing
 * pairs 0), when it brings that group a new article. Groups come back with the extra members last.
 */
export function attachSharedMembers(groups: readonly number[][], n: number, scores: ReadonlyMap<number, number>, threshold: number, article: readonly number[]): number[][] {
  const home = new Array<number>(n);
  groups.forEach((g, gi) => g.forEach((i) => (home[i] = gi)));
  const neighbours: number[][] = [...Array(n)].map(() => []);
  for (const k of scores.keys()) {
    const i = Math.floor(k / n);
    const j = k % n;
    neighbours[i]!.push(j);
    neighbours[j]!.push(i);
  }
  const score = (i: number, j: number) => scores.get(i < j ? i * n + j : j * n + i) ?? 0;
  const out = groups.map((g) => [...g]);
  for (let i = 0; i < n; i++) {
    const targets = new Set(neighbours[i]!.map((j) => home[j]!).filter((g) => g !== home[i]));
    for (const gi of targets) {
      const g = groups[gi]!;
      if (g.some((j) => article[j] === article[i])) continue;
      const mean = g.reduce((s, j) => s + score(i, j), 0) / g.length;
      if (mean >= threshold) out[gi]!.push(i);
    }
  }
  return out;
}
