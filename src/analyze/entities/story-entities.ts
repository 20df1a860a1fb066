import type { EntityMention, EntityType } from '../../model/annotation.js';
import { annotationsOf, type ArticleDoc } from '../../model/article.js';
import type { Discrepancy, Evidence, Story, StoryEntity } from '../../model/dossier.js';
import { isTitleWord } from '../../nlp/titles.js';
import { editDistance, groupKey, initialisms, looksLikeAcronym, normalKey } from './entity-keys.js';
import { storyStep, type ArticleNote } from '../story-step.js';
import { storyEntityType, type TypedMention } from './entity-type.js';
import { joinsPlaces, opensSentence, StoryNameEvidence } from './entity-evidence.js';

/** What the name-variant check finds while entities are resolved. */
interface NameFindings {
  variants: Discrepancy[];
  inconsistent: Set<string>;
}

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
export function compatibleGiven(a: string, b: string): 'same' | 'variant' | null {
  if (a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 'same';
  if (a[0] === b[0] && Math.min(a.length, b.length) >= 3 && editDistance(a, b) <= 2) return 'variant';
  return null;
}

const words = (key: string) => key.split(' ');
const given = (key: string) => words(key)[0]!;
const surname = (key: string) => words(key)[words(key).length - 1]!;

/** Join mention groups that name one entity: org suffixes and acronyms, person surnames and given-name variants. */
function resolve(groups: Group[]): UnionFind {
  // Every rule below looks its partners up in an index built once, not by scanning all groups for
  // each group: a large story has thousands of groups. Union-find roots are the lowest index of a
  // component whatever the order of unions, so the partition is the one of the all-pairs scans.
  const uf = new UnionFind(groups.length);
  const orgLike = (g: Group) => g.type === 'organization' || g.type === 'other';
  const bySuffix = new Map<string, number[]>();
  const byInitialism = new Map<string, number[]>();
  groups.forEach((b, j) => {
    if (orgLike(b)) for (let p = b.key.indexOf(' '); p >= 0; p = b.key.indexOf(' ', p + 1)) listAt(bySuffix, b.key.slice(p + 1)).push(j);
    if (b.type !== 'person') for (const k of initialisms(b.key)) listAt(byInitialism, k).push(j);
  });
  groups.forEach((a, i) => {
    if (!orgLike(a) || !a.key.includes(' ')) return;
    for (const j of bySuffix.get(a.key) ?? []) if (j !== i) uf.union(i, j);
  });
  groups.forEach((a, i) => {
    if (a.key.includes(' ') || !a.occ.some((o) => looksLikeAcronym(o.mention.name)) || a.type === 'person') return;
    const roots = new Set((byInitialism.get(a.key) ?? []).filter((j) => j !== i).map((j) => uf.find(j)));
    if (roots.size === 1) uf.union(i, [...roots][0]!);
  });
  const peopleBySurname = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (g.type === 'person' && g.key.includes(' ')) listAt(peopleBySurname, surname(g.key)).push(i);
  });
  for (const same of peopleBySurname.values())
    for (const i of same) for (const j of same) if (i < j && compatibleGiven(given(groups[i]!.key), given(groups[j]!.key))) uf.union(i, j);
  // A bare surname joins the best-attested full name that ends with it. The tagger sometimes
  // types a possessive surname as an organisation, so only places are kept apart.
  const mentions = new Map<number, number>();
  groups.forEach((g, k) => mentions.set(uf.find(k), (mentions.get(uf.find(k)) ?? 0) + g.occ.length));
  const size = (j: number) => mentions.get(uf.find(j))!;
  groups.forEach((g, i) => {
    if (g.key.includes(' ') || g.type === 'place') return;
    const full = peopleBySurname.get(g.key) ?? [];
    if (full.length === 0) return;
    const best = [...full].sort((x, y) => size(y) - size(x) || x - y)[0]!;
    const joined = size(i) + size(best);
    if (uf.find(i) === uf.find(best)) return;
    uf.union(i, best);
    mentions.set(uf.find(i), joined);
  });
  return uf;
}

/**
 * "the Ledger" is the story's own outlet "Harlow Bay Ledger" (an article's outlet, written by its
 * last word): a one-word organisation group equal to the last word of an outlet that has a group
 * of its own joins it. Only the story's outlets, so "the Command" does not join any "… Command".
 */
function joinOutletShortForms(groups: readonly Group[], docs: readonly ArticleDoc[], uf: UnionFind): void {
  const index = new Map(groups.map((g, i) => [g.key, i]));
  for (const outlet of new Set(docs.map((d) => d.outlet).filter((o): o is string => o !== null))) {
    const full = index.get(groupKey(outlet));
    const key = normalKey(outlet);
    const short = index.get(key.slice(key.lastIndexOf(' ') + 1));
    if (full === undefined || short === undefined || full === short || groups[short]!.type !== 'organization') continue;
    uf.union(full, short);
  }
}

function listAt<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
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
/** Variant spellings of one person's given name across articles, and the articles in an outright minority. */
function nameVariants(occ: readonly Occurrence[], canonical: string, out: NameFindings): void {
  const full = occ.filter((o) => normalKey(o.mention.name).includes(' '));
  const byGiven = new Map<string, Occurrence[]>();
  for (const o of full) {
    const g = given(normalKey(o.mention.name));
    listAt(byGiven, g).push(o);
  }
  const canonGiven = given(normalKey(canonical));
  const major = byGiven.get(canonGiven) ?? [];
  const majorDocs = new Set(major.map((o) => o.doc.id));
  const firstInDoc = new Map<string, Occurrence>();
  for (const o of major) if (!firstInDoc.has(o.doc.id)) firstInDoc.set(o.doc.id, o);
  for (const [g, list] of byGiven) {
    if (compatibleGiven(g, canonGiven) !== 'variant') continue;
    const docs = new Set(list.map((o) => o.doc.id));
    const variant = list[0]!.mention.name;
    out.variants.push({
      kind: 'name-variant',
      summary: `"${variant}" (${docs.size} article${docs.size === 1 ? '' : 's'}) is written "${canonical}" in ${majorDocs.size} other${majorDocs.size === 1 ? '' : 's'}`,
      articles: [...new Set([...docs, ...majorDocs])],
      evidence: [...list.map(sentenceEvidence), ...[...majorDocs].map((d) => sentenceEvidence(firstInDoc.get(d)!))],
      sides: [
        { value: variant, articles: [...docs] },
        { value: canonical, articles: [...majorDocs] },
      ],
    });
    // Only an outright minority is flagged: a tie says nothing about which spelling is right.
    if (docs.size >= majorDocs.size) continue;
    for (const id of docs) if (!majorDocs.has(id)) out.inconsistent.add(id);
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

const CONTEXT_CHARS = 60;
const CONTEXT_WORDS = 6;
const wordsIn = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];

/** A mention with its NER type and the few words either side, as story-level typing reads it. */
function typedMention(o: Occurrence): TypedMention {
  const { text } = o.doc;
  const before = wordsIn(text.slice(Math.max(0, o.mention.start - CONTEXT_CHARS), o.mention.start)).slice(-CONTEXT_WORDS);
  const after = wordsIn(text.slice(o.mention.end, o.mention.end + CONTEXT_CHARS)).slice(0, CONTEXT_WORDS);
  return { type: o.mention.type, before, after, sentenceStart: opensSentence(o.doc, o.mention) };
}

/** Group the documents' entity mentions into story entities (see docs/entities.md). */
export function resolveEntities(docs: readonly ArticleDoc[], story: Pick<Story, 'articles'>): { entities: StoryEntity[]; names: NameFindings } {
  const names: NameFindings = { variants: [], inconsistent: new Set() };
  const byKey = new Map<string, Occurrence[]>();
  for (const doc of docs) {
    for (const mention of annotationsOf(doc, 'entity')) {
      const key = groupKey(mention.name);
      if (key) listAt(byKey, key).push({ doc, mention });
    }
  }
  const groups: Group[] = [...byKey].map(([key, occ]) => ({ key, occ, type: majority(occ.map((o) => o.mention.type), typeOrder)! }));
  const uf = resolve(groups);
  joinOutletShortForms(groups, docs, uf);
  const clusters = new Map<number, Group[]>();
  groups.forEach((g, i) => listAt(clusters, uf.find(i)).push(g));
  const storyOrder = new Map(story.articles.map((a, i) => [a.id, i]));
  const entities: StoryEntity[] = [];
  const evidence = new StoryNameEvidence(docs);
  const placeKeys = new Set(groups.filter((g) => g.type === 'place').map((g) => g.key));
  for (const members of clusters.values()) {
    const occ = members.flatMap((g) => g.occ);
    // Decided over every mention and the words around it (entity-type.ts), not by the first; a
    // role or title ("Harlow Bay Mayor") or a capitalised common noun ("News outlets …") is no
    // entity of its own.
    const spelling = majoritySpelling(occ);
    if (joinsPlaces(spelling, placeKeys)) continue;
    const type = storyEntityType(spelling, occ.map(typedMention), evidence.of(spelling));
    if (type === null) continue;
    const named = type === 'person' ? occ.filter((o) => normalKey(o.mention.name).includes(' ')) : occ;
    const name = majoritySpelling(named.length > 0 ? named : occ);
    if (type === 'person') nameVariants(occ, name, names);
    const spellings = occ.map((o) => o.mention.name).filter((n) => n !== name && (type !== 'person' || n.includes(' ')));
    entities.push({
      name,
      type,
      aliases: unique([...occ.flatMap((o) => o.mention.aliases), ...spellings]),
      roles: unique(occ.flatMap((o) => o.mention.roles)),
      articles: [...new Set(occ.map((o) => o.doc.id))].filter((id) => storyOrder.has(id)).sort((x, y) => storyOrder.get(x)! - storyOrder.get(y)!),
      mentions: occ.length,
    });
  }
  return { entities: entities.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1)), names };
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

export const entitiesStoryStep = storyStep({
  name: 'entities',
  needs: [],
  provides: ['entities', 'nameVariants', 'articleNotes'],
  run({ docs }, story) {
    const { entities, names } = resolveEntities(docs, story);
    const articleNotes: ArticleNote[] = [...names.inconsistent].map((id) => ({ id, flags: ['name-inconsistency'] }));
    return { entities, nameVariants: names.variants, articleNotes };
  },
});
