import type { EntityType } from '../model/annotation.js';
import { SETTLEMENT_NOUNS } from '../nlp/entities.js';
import { findOutlets } from '../nlp/outlets.js';
import { isTitleHead, isTitleWord, TITLE_LINKS } from '../nlp/titles.js';

/**
 * Story-level entity typing: the type of one story entity decided over all its mentions and the
 * words around them, not by its first mention. Each mention votes with its NER type (weighted by
 * the tagger's score when there is one); words around a mention add evidence ("the village of
 * X", "in X" → place; "Mr. X" → person), and a name the project knows or recognises as a news
 * outlet is an organisation. A name that is a role or title ("Harlow Bay Mayor", "Chief
 * executive") is no entity at all: the answer is null.
 */

/** One mention of the story entity, as the NER step typed it, with its neighbouring words. */
export interface TypedMention {
  type: EntityType;
  /** The tagger's confidence in [0, 1], when known (weights the vote; 1 without). */
  score?: number;
  /** Words before the mention, in text order (the nearest last); a few are enough. */
  before: readonly string[];
  /** Words after the mention, in text order (the nearest first). */
  after: readonly string[];
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** Prepositions of location before a name ("in X", "near X"): a weaker hint than a place noun. */
const LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'around']);
/** Words after a name that say its people live there ("X residents"). */
const DWELLERS = new Set(['residents', 'villagers', 'townspeople', 'inhabitants']);
/** Words after a name that make it a region ("the Harlow Bay area", "the Kerman region"). */
const AREA_NOUNS = new Set(['area', 'region', 'district', 'province', 'suburbs', 'outskirts', 'metropolitan']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

const lower = (w: string | undefined) => (w ?? '').toLowerCase().replace(/\.$/, '');

/** Context evidence of one mention, added to the type votes. */
function contextVotes(m: TypedMention, votes: number[]): void {
  const b1 = lower(m.before[m.before.length - 1]);
  const b2 = lower(m.before[m.before.length - 2]);
  const a1 = lower(m.after[0]);
  const add = (t: EntityType, w: number) => (votes[TYPES.indexOf(t)]! += w);
  if (b1 === 'of' && SETTLEMENT_NOUNS.has(b2)) add('place', 2);
  else if (LOCATIVE.has(b1)) add('place', 0.5);
  if (DWELLERS.has(a1) || AREA_NOUNS.has(a1)) add('place', 1);
  if (HONORIFICS.has(b1)) add('person', 2);
}

/**
 * A role or title, not an entity: title words only ("Chief executive", "Defense Secretary"), or a
 * place or body followed by a title head ("Harlow Bay Mayor") when at least half the mention weight
 * is not person (so "Martin Luther King" stays a person).
 */
function isRole(words: readonly string[], personShare: number): boolean {
  const content = words.filter((w, i) => !(i > 0 && TITLE_LINKS.has(w.toLowerCase())));
  if (content.length > 0 && content.every(isTitleWord) && content.some((w) => isTitleHead(w) || /^chief$/i.test(w))) return true;
  return words.length >= 2 && isTitleHead(words[words.length - 1]!) && personShare < 0.5;
}

/** Whether the whole name is a news outlet (curated list or outlet pattern, src/nlp/outlets.ts). */
function isOutlet(name: string): boolean {
  return findOutlets(name).some((o) => o.start === 0 && o.end === name.length);
}

/**
 * The type of a story entity named `name` (its canonical name) over its mentions, or null when the
 * name is a role or title. Ties go to the type listed first in TYPES (person, organisation, place).
 */
export function storyEntityType(name: string, mentions: readonly TypedMention[]): EntityType | null {
  const words = name.replace(/^the\s+/i, '').split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const votes = [0, 0, 0, 0];
  for (const m of mentions) votes[TYPES.indexOf(m.type)]! += m.score ?? 1;
  const nerTotal = votes.reduce((a, b) => a + b, 0);
  if (isRole(words, nerTotal === 0 ? 0 : votes[0]! / nerTotal)) return null;
  if (isOutlet(name) || isOutlet(words.join(' '))) return 'organization';
  for (const m of mentions) contextVotes(m, votes);
  let best = 0;
  for (let t = 1; t < TYPES.length; t++) if (votes[t]! > votes[best]!) best = t;
  return TYPES[best]!;
}
