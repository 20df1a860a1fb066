import { annotationsOf } from '../model/article.js';
import type { Discrepancy, Evidence, Story } from '../model/dossier.js';
import type { StoryInput } from './story-step.js';
import { normalKey } from './entity-keys.js';

const FILLER = new Set(['of', 'the', 'for', 'us', 'u.s', 'u.s.', 'former', 'then', 'current', 'senior', 'top']);

function roleWords(role: string): Set<string> {
  return new Set(role.toLowerCase().replace(/defence/g, 'defense').split(/[\s,]+/).filter((w) => w && !FILLER.has(w)));
}

/** Same office head ("… leader"), different words, neither a fuller form of the other. */
export function rolesConflict(a: string, b: string): boolean {
  const x = roleWords(a);
  const y = roleWords(b);
  const headX = [...x].pop();
  if (!headX || headX !== [...y].pop()) return false;
  const sub = (p: Set<string>, q: Set<string>) => [...p].every((w) => q.has(w));
  return !sub(x, y) && !sub(y, x);
}

/** `role`: outlets give one person different titles ("Senate minority leader" vs "House minority leader"). */
export function roleDiscrepancies({ docs }: StoryInput, _story: Story): Discrepancy[] {
  const byPerson = new Map<string, { article: string; role: string; evidence: Evidence }[]>();
  for (const doc of docs) {
    for (const e of annotationsOf(doc, 'entity')) {
      if (e.type !== 'person') continue;
      const key = normalKey(e.name).split(' ').pop()!;
      for (const role of e.roles) {
        const list = byPerson.get(key) ?? [];
        list.push({ article: doc.id, role, evidence: { article: doc.id, text: doc.text.slice(e.start, e.end), start: e.start, end: e.end } });
        byPerson.set(key, list);
      }
    }
  }
  const out: Discrepancy[] = [];
  for (const [person, roles] of byPerson) {
    const done = new Set<string>();
    for (const a of roles) {
      for (const b of roles) {
        if (a.article >= b.article || !rolesConflict(a.role, b.role)) continue;
        const key = `${a.role}|${b.role}`;
        if (done.has(key)) continue;
        done.add(key);
        out.push({ kind: 'role', summary: `${person}: "${a.role}" (${a.article}) vs "${b.role}" (${b.article})`, articles: [a.article, b.article], evidence: [a.evidence, b.evidence] });
      }
    }
  }
  return out;
}
