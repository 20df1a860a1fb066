import type { EntityType } from '../../model/annotation.js';
import { SETTLEMENT_NOUNS } from '../../nlp/ner/sentence-entities.js';
import { findOutlets } from '../../nlp/outlets.js';
import { isTitleHead, isTitleWord, TITLE_LINKS } from '../../nlp/titles.js';
import { isCommonNoun, isLowerCaseNoun } from '../../nlp/ner/common-noun.js';

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
  /** Whether the mention opens its sentence (or headline), where every word is capitalised. */
  sentenceStart?: boolean;
}

/** What the story says about the name outside its mentions. */
export interface NameEvidence {
  /** The story's text writes the (one-word) name in lower case somewhere ("tram drivers"). */
  lowerCaseInStory?: boolean;
  /** The NER gazetteer lists the name as a person (training names or WordNet): "Bill", "Mark". */
  knownPerson?: boolean;
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** Prepositions of location before a name ("in X", "near X"): a weaker hint than a place noun. */
const LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'around']);
/** Words after a name that say its people live there ("X residents"). */
const DWELLERS = new Set(['residents', 'villagers', 'townspeople', 'inhabitants']);
/** Words after a name that make it a region ("the Harlow Bay area", "the Kerman region"). */
const AREA_NOUNS = new Set(['area', 'region', 'district', 'province', 'suburbs', 'outskirts', 'metropolitan']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);
/** Prepositions, conjunctions and auxiliaries that WordNet also lists as nouns ("in" = inch). */
const CLOSED_CLASS = new Set('in on at of for to from with by as and or but is was are were be been has had have will would can that which who'.split(' '));

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
 * A capitalised common noun, not a name: one word WordNet writes in lower case ("News", "Tram"),
 * capitalised only because every mention opens a sentence or headline ("News outlets confirmed",
 * "Tram strike: …"), which the story writes in lower case elsewhere, and no known personal name
 * ("Bill", "Mark" stay names).
 */
function isSentenceStartNoun(words: readonly string[], mentions: readonly TypedMention[], evidence: NameEvidence): boolean {
  if (words.length !== 1 || evidence.knownPerson === true || evidence.lowerCaseInStory !== true) return false;
  return mentions.length > 0 && mentions.every((m) => m.sentenceStart === true) && isLowerCaseNoun(words[0]!);
}

/**
 * A person vote the words around it contradict: the one-word name follows "the" and heads its
 * noun phrase ("the safety of the Warfighter in all operations"), and it is a common noun
 * (WordNet, or a compound of two: war + fighter) that no gazetteer lists as a person. People's
 * names are not preceded by an article; "the Trump administration" has a noun after the name.
 */
function isArticleNoun(words: readonly string[], m: TypedMention, evidence: NameEvidence): boolean {
  if (m.type !== 'person' || words.length !== 1 || evidence.knownPerson === true) return false;
  if (lower(m.before[m.before.length - 1]) !== 'the' || /^\p{Lu}/u.test(m.after[0] ?? '')) return false;
  const next = lower(m.after[0]);
  if (next !== '' && !CLOSED_CLASS.has(next) && /^\p{Ll}/u.test(m.after[0]!) && isLowerCaseNoun(next)) return false;
  return isCommonNoun(words[0]!);
}

/**
 * The type of a story entity named `name` (its canonical name) over its mentions, or null when the
 * name is a role or title, or a common noun rather than a name (see `NameEvidence`). Ties go to
 * the type listed first in TYPES (person, organisation, place).
 */
export function storyEntityType(name: string, mentions: readonly TypedMention[], evidence: NameEvidence = {}): EntityType | null {
  const words = name.replace(/^the\s+/i, '').split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const votes = [0, 0, 0, 0];
  for (const m of mentions) if (!isArticleNoun(words, m, evidence)) votes[TYPES.indexOf(m.type)]! += m.score ?? 1;
  const nerTotal = votes.reduce((a, b) => a + b, 0);
  if (isRole(words, nerTotal === 0 ? 0 : votes[0]! / nerTotal)) return null;
  if (isOutlet(name) || isOutlet(words.join(' '))) return 'organization';
  if (isSentenceStartNoun(words, mentions, evidence)) return null;
  for (const m of mentions) contextVotes(m, votes);
  // Every vote taken away (all mentions were "the <common noun>"): no name at all.
  if (mentions.length > 0 && votes.every((v) => v === 0)) return null;
  let best = 0;
  for (let t = 1; t < TYPES.length; t++) if (votes[t]! > votes[best]!) best = t;
  return TYPES[best]!;
}
