import type { EntityMention, EntityType } from '../model/annotation.js';
import { annotationsOf, type ArticleDoc } from '../model/article.js';
import type { Evidence, Story, StoryEntity } from '../model/dossier.js';
import { isTitleWord } from '../nlp/titles.js';
import { editDistance, groupKey, initialisms, looksLikeAcronym, normalKey } from './entity-keys.js';
import type { StoryStep } from './story-step.js';

interface Occurrence {
  doc: ArticleDoc;
  mention: EntityMention;
}

/** All mentions written with one normalised key. */
interface Group {
  key: string;
  occ: Occurrence[];
  type: EntityType;
}

const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

function majority<T>(items: readonly T[], order: (a: T, b: T) => number = () => 0): T | null {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  let bestN = 0;
  for (const [x, n] of counts) if (n > bestN || (n === bestN && best !== null && order(x, best) < 0)) [best, bestN] = [x, n];
  return best;
}

const typeOrder = (a: EntityType, b: EntityType) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b);

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Given names that can only be one person: equal, an initial ("J."), or a likely misspelling ("Pat"/"Pete"). */
function compatibleGiven(a: string, b: string): 'same' | 'variant' | null {
  if (a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 'same';
  if (a[0] === b[0] && Math.min(a.length, b.length) >= 3 && editDistance(a, b) <= 2) return 'variant';
  return null;
}

const words = (key: string) => key.split(' ');
const given = (key: string) => words(key)[0]!;
const surname = (key: string) => words(key)[words(key).length - 1]!;

/** Join mention groups that name one entity: org suffixes and acronyms, person surnames and given-name variants. */
function resolve(groups: Group[]): UnionFind {
  const uf = new UnionFind(groups.length);
  const orgLike = (g: Group) => g.type === 'organization' || g.type === 'other';
  groups.forEach((a, i) => {
    if (!orgLike(a) || !a.key.includes(' ')) return;
    groups.forEach((b, j) => {
      if (i !== j && orgLike(b) && b.key.endsWith(' ' + a.key)) uf.union(i, j);
    });
  });
  groups.forEach((a, i) => {
    if (a.key.includes(' ') || !a.occ.some((o) => looksLikeAcronym(o.mention.name)) || a.type === 'person') return;
    const roots = new Set(groups.flatMap((b, j) => (j !== i && b.type !== 'person' && initialisms(b.key).includes(a.key) ? [uf.find(j)] : [])));
    if (roots.size === 1) uf.union(i, [...roots][0]!);
  });
  const people = groups.map((g, i) => [g, i] as const).filter(([g]) => g.type === 'person' && g.key.includes(' '));
  for (const [a, i] of people) {
    for (const [b, j] of people) {
      if (i < j && surname(a.key) === surname(b.key) && compatibleGiven(given(a.key), given(b.key))) uf.union(i, j);
    }
  }
  // A bare surname joins the best-attested full name that ends with it. The tagger sometimes
  // types a possessive surname as an organisation, so only places are kept apart.
  groups.forEach((g, i) => {
    if (g.key.includes(' ') || g.type === 'place') return;
    const full = people.filter(([p]) => surname(p.key) === g.key);
    if (full.length === 0) return;
    const size = (j: number) => groups.reduce((n, x, k) => n + (uf.find(k) === uf.find(j) ? x.occ.length : 0), 0);
    const best = full.map(([, j]) => j).sort((x, y) => size(y) - size(x) || x - y)[0]!;
    uf.union(i, best);
  });
  return uf;
}

function sentenceEvidence(o: Occurrence): Evidence {
  const s = o.doc.sentences.find((x) => x.start <= o.mention.start && o.mention.end <= x.end);
  const span = s ?? o.mention;
  return { article: o.doc.id, text: o.doc.text.slice(span.start, span.end), start: span.start, end: span.end };
}

/** Spelling with the most articles, then the most mentions, then the longest, then alphabetical. */
function majoritySpelling(occ: readonly Occurrence[]): string {
  const stats = new Map<string, { docs: Set<string>; n: number }>();
  for (const o of occ) {
    const s = stats.get(o.mention.name) ?? { docs: new Set<string>(), n: 0 };
    s.docs.add(o.doc.id);
    s.n++;
    stats.set(o.mention.name, s);
  }
  return [...stats.entries()].sort(([a, x], [b, y]) => y.docs.size - x.docs.size || y.n - x.n || b.length - a.length || (a < b ? -1 : 1))[0]![0];
}

/** Given-name variants of one person across articles become a discrepancy; minority articles get flagged. */
function nameVariants(story: Story, occ: readonly Occurrence[], canonical: string): void {
  const full = occ.filter((o) => normalKey(o.mention.name).includes(' '));
  const byGiven = new Map<string, Occurrence[]>();
  for (const o of full) {
    const g = given(normalKey(o.mention.name));
    byGiven.set(g, [...(byGiven.get(g) ?? []), o]);
  }
  const canonGiven = given(normalKey(canonical));
  const major = byGiven.get(canonGiven) ?? [];
  const majorDocs = new Set(major.map((o) => o.doc.id));
  for (const [g, list] of byGiven) {
    if (compatibleGiven(g, canonGiven) !== 'variant') continue;
    const docs = new Set(list.map((o) => o.doc.id));
    const variant = list[0]!.mention.name;
    story.discrepancies.push({
      kind: 'name-variant',
      summary: `"${variant}" (${docs.size} article${docs.size === 1 ? '' : 's'}) is written "${canonical}" in ${majorDocs.size} other${majorDocs.size === 1 ? '' : 's'}`,
      articles: [...new Set([...docs, ...majorDocs])],
      evidence: [...list.map(sentenceEvidence), ...[...majorDocs].map((d) => sentenceEvidence(major.find((o) => o.doc.id === d)!))],
    });
    // Only an outright minority is flagged: a tie says nothing about which spelling is right.
    if (docs.size >= majorDocs.size) continue;
    for (const a of story.articles) {
      if (docs.has(a.id) && !majorDocs.has(a.id) && !a.flags.includes('name-inconsistency')) a.flags.push('name-inconsistency');
    }
  }
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Group the documents' entity mentions into story entities (see docs/entities.md). */
export function resolveEntities(docs: readonly ArticleDoc[], story: Story): void {
  const byKey = new Map<string, Occurrence[]>();
  for (const doc of docs) {
    for (const mention of annotationsOf(doc, 'entity')) {
      const key = groupKey(mention.name);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), { doc, mention }]);
    }
  }
  const groups: Group[] = [...byKey].map(([key, occ]) => ({ key, occ, type: majority(occ.map((o) => o.mention.type), typeOrder)! }));
  const uf = resolve(groups);
  const clusters = new Map<number, Group[]>();
  groups.forEach((g, i) => clusters.set(uf.find(i), [...(clusters.get(uf.find(i)) ?? []), g]));
  const entities: StoryEntity[] = [];
  for (const members of clusters.values()) {
    const occ = members.flatMap((g) => g.occ);
    const type = majority(occ.map((o) => o.mention.type), typeOrder)!;
    const named = type === 'person' ? occ.filter((o) => normalKey(o.mention.name).includes(' ')) : occ;
    const name = majoritySpelling(named.length > 0 ? named : occ);
    if (type === 'person') nameVariants(story, occ, name);
    const spellings = occ.map((o) => o.mention.name).filter((n) => n !== name && (type !== 'person' || n.includes(' ')));
    entities.push({
      name,
      type,
      aliases: unique([...occ.flatMap((o) => o.mention.aliases), ...spellings]),
      roles: unique(occ.flatMap((o) => o.mention.roles)),
      articles: story.articles.map((a) => a.id).filter((id) => occ.some((o) => o.doc.id === id)),
      mentions: occ.length,
    });
  }
  story.entities = entities.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
}

/**
 * The canonical story entity for a name as written anywhere ("Hegseth", "Secretary Hegseth",
 * "U.S. Cyber Command", "NYT"), or null when the story has no such entity.
 */
export function canonicalName(story: Story, name: string): string | null {
  const bare = name.split(/\s+/).filter((w, i, all) => !(isTitleWord(w) && i < all.length - 1)).join(' ');
  const key = groupKey(bare);
  if (!key) return null;
  for (const e of story.entities) if ([e.name, ...e.aliases].some((n) => groupKey(n) === key)) return e.name;
  if (!key.includes(' ')) {
    const person = story.entities.find((e) => e.type === 'person' && surname(normalKey(e.name)) === key);
    if (person) return person.name;
    const acronym = story.entities.find((e) => e.type !== 'person' && initialisms(groupKey(e.name)).includes(key));
    if (acronym && looksLikeAcronym(bare)) return acronym.name;
  }
  return null;
}

export const entitiesStoryStep: StoryStep = {
  name: 'entities',
  run({ docs }, story) {
    resolveEntities(docs, story);
  },
};
