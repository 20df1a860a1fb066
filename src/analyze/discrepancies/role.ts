import { annotationsOf } from '../../model/article.js';
import type { Discrepancy, Evidence, Story } from '../../model/dossier.js';
import type { StoryInput } from '../story-step.js';
import { editDistance, normalKey } from '../entities/entity-keys.js';
import { articleLabels } from '../article-label.js';
import { staffPostsDiffer } from '../role-lexicon.js';

const FILLER = new Set(['of', 'the', 'for', 'us', 'u.s', 'u.s.', 'former', 'then', 'current', 'senior', 'top']);

function roleWords(role: string): Set<string> {
  // "Democrat Sen." is a party qualifier like "Democratic Sen.", not the name of a place.
  return new Set(role.toLowerCase().replace(/defence/g, 'defense').replace(/\bdemocrat\b/g, 'democratic').split(/[\s,]+/).filter((w) => w && !FILLER.has(w)));
}

// Words that make a different, lower office of the same head: a deputy mayor is not the mayor.
const RANK = new Set(['deputy', 'vice', 'assistant', 'acting', 'associate', 'under', 'lieutenant', 'interim', 'junior', 'sub']);

// Qualifiers of an office that exclude each other: a Senate leader is not a House leader.
const EXCLUSIVE: readonly (readonly string[])[] = [
  ['senate', 'house', 'assembly', 'parliament', 'congress'],
  ['minority', 'majority'],
  ['democratic', 'republican', 'labour', 'labor', 'conservative', 'liberal', 'green'],
  ['state', 'federal', 'national', 'city', 'county', 'regional', 'provincial'],
  ['chief', 'associate'],
];

/** Differing place or body names in the original wording ("Texas senator" / "Ohio senator"). */
function properQualifiers(role: string): Set<string> {
  const words = role.replace(/\bDemocrat\b/g, 'Democratic').split(/[\s,]+/).filter((w, i, all) => /^\p{Lu}\p{Ll}/u.test(w) && i < all.length - 1);
  return new Set(words.map((w) => w.toLowerCase()).filter((w) => !FILLER.has(w) && !RANK.has(w) && !EXCLUSIVE.some((g) => g.includes(w))));
}

/**
 * Titles that cannot both be true of one person: the same office head ("… leader") with a rank
 * word on one side only ("Mayor" / "Deputy Mayor"), or with qualifiers that exclude each other
 * ("Senate minority leader" / "House minority leader", "Texas senator" / "Ohio senator"). Other
 * differing words describe the same office from another side and are compatible ("Democratic
 * leader" / "Senate minority leader"). Staff posts go through the lexicon of role-lexicon.ts
 * ("campaign manager" / "spokesman" conflict, "senior attorney" / "senior lawyer" do not).
 */
export function rolesConflict(a: string, b: string): boolean {
  // Staff posts compare through their lexicon: synonyms agree, two different posts do not.
  const staff = staffPostsDiffer(a, b);
  if (staff !== null) return staff;
  const x = roleWords(a);
  const y = roleWords(b);
  const headX = [...x].pop();
  if (!headX || headX !== [...y].pop()) return false;
  const rank = (p: Set<string>) => [...p].filter((w) => RANK.has(w) || /^vice-/.test(w)).sort().join(' ');
  if (rank(x) !== rank(y)) return true;
  for (const group of EXCLUSIVE) {
    const gx = group.filter((w) => x.has(w));
    const gy = group.filter((w) => y.has(w));
    if (gx.length > 0 && gy.length > 0 && !gx.some((w) => gy.includes(w))) return true;
  }
  const px = properQualifiers(a);
  const py = properQualifiers(b);
  // A spelling variant is the same place ("Defence" / "Defense"), not another one.
  return px.size > 0 && py.size > 0 && ![...px].some((w) => [...py].some((v) => v === w || editDistance(v, w) <= 2));
}

/** `role`: outlets give one person different titles ("Senate minority leader" vs "House minority leader"). */
export function roleDiscrepancies({ docs }: StoryInput, _story: Story): Discrepancy[] {
  const byPerson = new Map<string, { name: string; article: string; role: string; evidence: Evidence }[]>();
  for (const doc of docs) {
    for (const e of annotationsOf(doc, 'entity')) {
      if (e.type !== 'person') continue;
      const key = normalKey(e.name).split(' ').pop()!;
      for (const role of e.roles) {
        const list = byPerson.get(key) ?? [];
        list.push({ name: e.name, article: doc.id, role, evidence: { article: doc.id, text: doc.text.slice(e.start, e.end), start: e.start, end: e.end } });
        byPerson.set(key, list);
      }
    }
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  const labelsOf = (ids: string[]) => articleLabels(ids.map((id) => byId.get(id)!));
  const out: Discrepancy[] = [];
  for (const roles of byPerson.values()) {
    // One discrepancy per pair of conflicting titles, citing every article that uses either.
    const done = new Set<string>();
    for (const a of roles) {
      for (const b of roles) {
        if (a.article === b.article || !rolesConflict(a.role, b.role)) continue;
        const [x, y] = [a.role, b.role].sort();
        const key = `${x}|${y}`;
        if (done.has(key)) continue;
        done.add(key);
        const using = (r: string) => [...new Set(roles.filter((m) => m.role === r).map((m) => m.article))];
        const evidence = roles.filter((m) => m.role === x || m.role === y).map((m) => m.evidence);
        out.push({
          kind: 'role',
          summary: `${a.name} is "${x}" in ${labelsOf(using(x!))} but "${y}" in ${labelsOf(using(y!))}`,
          articles: [...new Set([...using(x!), ...using(y!)])],
          evidence: evidence.filter((e, i) => evidence.findIndex((f) => f.article === e.article) === i),
          sides: [
            { value: x!, articles: using(x!) },
            { value: y!, articles: using(y!) },
          ],
        });
      }
    }
  }
  return out;
}
