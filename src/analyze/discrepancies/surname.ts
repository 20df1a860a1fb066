import { annotationsOf, type ArticleDoc } from '../../model/article.js';
import type { EntityMention } from '../../model/annotation.js';
import type { Discrepancy, Evidence } from '../../model/dossier.js';
import type { StoryInput } from '../story-step.js';
import { normalKey } from '../entities/entity-keys.js';
import { compatibleGiven } from '../entities/story-entities.js';
import { roleHead } from '../role-lexicon.js';
import { rolesConflict } from './role.js';
import { articleLabels } from '../article-label.js';

/** Accents folded, so "Sánchez" and "Sanchez" are one surname. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

// Familiar forms that share no opening with the full name.
const NICKNAMES: readonly [string, string][] = [['bill', 'william'], ['bob', 'robert'], ['dick', 'richard'], ['ted', 'edward'], ['ted', 'theodore'], ['peggy', 'margaret'], ['chuck', 'charles'], ['hank', 'henry'], ['jack', 'john'], ['betsy', 'elizabeth'], ['liz', 'elizabeth'], ['beth', 'elizabeth'], ['bernie', 'bernard'], ['newt', 'newton']];

/**
 * Given names that can name one person: the same or a spelling variant, or a familiar form
 * ("Joe" / "Joseph", "Mike" / "Michael": a short name opening like the long one; "Bill" / "William").
 */
function sameGiven(a: string, b: string): boolean {
  if (compatibleGiven(a, b) !== null) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length <= 4 && long.startsWith(short.slice(0, 2))) return true;
  return NICKNAMES.some(([n, f]) => (short === n && long === f) || (a === f && b === n));
}

/** How one article names the people of one surname: their given names, roles and first full mention. */
interface SurnameUse {
  doc: ArticleDoc;
  givens: Set<string>;
  /** Nicknames given with the name. */
  aliases: Set<string>;
  roles: string[];
  full: EntityMention;
}

function surnameUses(doc: ArticleDoc): Map<string, SurnameUse> {
  const out = new Map<string, SurnameUse>();
  const persons = annotationsOf(doc, 'entity').filter((e) => e.type === 'person');
  for (const e of persons) {
    const words = fold(normalKey(e.name)).split(' ');
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!;
    const use = out.get(surname) ?? { doc, givens: new Set<string>(), aliases: new Set<string>(), roles: [], full: e };
    use.givens.add(words[0]!);
    // A nickname written with the name ('C.L. "Butch" Otter') is a given name of the same person.
    for (const a of e.aliases) use.aliases.add(fold(normalKey(a)).split(' ')[0]!);
    out.set(surname, use);
  }
  // Roles of every mention of the surname, full or bare ("Sánchez, a California Democrat").
  for (const e of persons) {
    const surname = fold(normalKey(e.name)).split(' ').pop()!;
    out.get(surname)?.roles.push(...e.roles);
  }
  return out;
}

/** Both articles give the surname one office: a shared role head and no conflicting titles. */
function sameOffice(a: SurnameUse, b: SurnameUse): boolean {
  const heads = new Set(a.roles.map(roleHead));
  if (!b.roles.some((r) => heads.has(roleHead(r)))) return false;
  return !a.roles.some((x) => b.roles.some((y) => rolesConflict(x, y)));
}

const evidenceOf = (u: SurnameUse): Evidence => {
  const s = u.doc.sentences.find((x) => x.start <= u.full.start && u.full.end <= x.end) ?? u.full;
  return { article: u.doc.id, text: u.doc.text.slice(s.start, s.end), start: s.start, end: s.end };
};

/**
 * `name-variant` across outlets with different given names: one person written "Rep. Loretta
 * Sanchez" in one article and "Rep. Linda T. Sánchez" in another. Each article names a single
 * person of that surname, the given names are neither the same, a spelling variant (those are
 * the entities step's name variants) nor a familiar form, and the articles give that person the same office. An
 * article naming both people (two Sánchezes) says they are two, so the surname is left alone.
 */
export function surnameDiscrepancies({ docs }: StoryInput): Discrepancy[] {
  const bySurname = new Map<string, SurnameUse[]>();
  for (const doc of docs) {
    for (const [surname, use] of surnameUses(doc)) {
      const list = bySurname.get(surname) ?? [];
      list.push(use);
      bySurname.set(surname, list);
    }
  }
  const out: Discrepancy[] = [];
  for (const uses of bySurname.values()) {
    if (uses.some((u) => u.givens.size > 1) || uses.length < 2) continue;
    const given = (u: SurnameUse) => [...u.givens][0]!;
    const first = uses[0]!;
    const named = (u: SurnameUse, g: string) => sameGiven(given(u), g) || [...u.aliases].some((a) => sameGiven(a, g));
    const other = uses.find((u) => !named(u, given(first)) && !named(first, given(u)) && u.doc.outlet !== first.doc.outlet && sameOffice(first, u));
    if (!other) continue;
    const sideOf = (g: string) => uses.filter((u) => sameGiven(given(u), g));
    const [x, y] = [sideOf(given(first)), sideOf(given(other))];
    const name = (list: SurnameUse[]) => list[0]!.full.name;
    out.push({
      kind: 'name-variant',
      summary: `"${name(x)}" in ${articleLabels(x.map((u) => u.doc))} but "${name(y)}" in ${articleLabels(y.map((u) => u.doc))}: same surname and office, different given names`,
      articles: [...x, ...y].map((u) => u.doc.id),
      evidence: [...x, ...y].map(evidenceOf),
      sides: [
        { value: name(x), articles: x.map((u) => u.doc.id) },
        { value: name(y), articles: y.map((u) => u.doc.id) },
      ],
    });
  }
  return out;
}
