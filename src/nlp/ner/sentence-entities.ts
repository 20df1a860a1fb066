import type { EntityMention, EntityType } from '../../model/annotation.js';
import { analysedSentences, message, type ArticleDoc, type Token } from '../../model/article.js';
import type { TokenEntity } from './conll.js';
import { defaultTagger } from './tagger.js';
import type { DocStep } from '../pipeline.js';
import { findOutlets } from '../outlets.js';
import { isTitleHead, isTitleWord, ROLE_NOUNS, TITLE_LINKS } from '../titles.js';

const OPEN_QUOTES = new Set(['“', '"', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'", '»']);
const POSSESSIVE = /^['’]s?$/;
/** Words that end organisation names, never personal names. */
const ORG_WORDS = new Set(
  'command department ministry agency committee council office party court house senate congress corp inc ltd co bank university times post news group forces army navy union association institute center centre service services board commission authority'.split(' '),
);
const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);

/** An entity over sentence tokens, with the pieces the mention keeps apart from the name. */
interface Found {
  start: number;
  end: number;
  type: EntityType;
  /** Token range of a nickname inside the span (“Tuna”), or null. */
  alias: { start: number; end: number } | null;
  roles: string[];
}

/**
 * `First “Nick” Last`: the tagger tends to split such names in three, so rebuild them as one
 * person with the quoted part as an alias, when any piece was tagged as a person.
 */
function mergeNicknames(words: readonly string[], ents: Found[]): Found[] {
  const out = [...ents];
  for (let q = 1; q < words.length - 3; q++) {
    if (!OPEN_QUOTES.has(words[q]!) || !capitalised(words[q - 1]) || isTitleWord(words[q - 1]!)) continue;
    let close = q + 1;
    while (close < words.length && close <= q + 3 && capitalised(words[close])) close++;
    if (close === q + 1 || !CLOSE_QUOTES.has(words[close] ?? '') || !capitalised(words[close + 1])) continue;
    let start = q - 1;
    while (start > 0 && capitalised(words[start - 1]) && !isTitleWord(words[start - 1]!)) start--;
    let end = close + 1;
    while (end < words.length && capitalised(words[end])) end++;
    const pieces = out.filter((e) => e.start < end && start < e.end);
    if (!pieces.some((e) => e.type === 'person')) continue;
    const merged: Found = { start: Math.min(start, ...pieces.map((p) => p.start)), end, type: 'person', alias: { start: q + 1, end: close }, roles: [] };
    out.splice(0, out.length, ...out.filter((e) => !pieces.includes(e)), merged);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Drop possessives and punctuation at the edges of a span. */
function trimEdges(words: readonly string[], e: Found): void {
  while (e.end > e.start && (POSSESSIVE.test(words[e.end - 1]!) || /^\p{P}+$/u.test(words[e.end - 1]!))) e.end--;
  while (e.start < e.end && /^\p{P}+$/u.test(words[e.start]!)) e.start++;
}

/**
 * Titles the tagger put inside a span ("Secretary of Defense Pat Doe" tagged whole) move out:
 * the leading run of title words becomes a role and the rest, when it starts with a capitalised
 * word, is a person's name. A span of title words only is a role, not an entity (returns false).
 */
function splitLeadingTitle(words: readonly string[], e: Found, headBefore: boolean): boolean {
  let k = e.start;
  let head = headBefore;
  while (k < e.end && (isTitleWord(words[k]!) || (k > e.start && TITLE_LINKS.has(words[k]!.toLowerCase())))) {
    head ||= isTitleHead(words[k]!);
    k++;
  }
  if (!head) return true;
  if (k === e.end) return false;
  if (!capitalised(words[k])) return true;
  // With the title head outside the span ("Secretary of | Defense Pat Doe"), the rest must look like
  // a personal name, or "commander of | US Cyber Command" would become a person.
  const rest = words.slice(k, e.end);
  if (!head || (!words.slice(e.start, k).some(isTitleHead) && (rest.length < 2 || rest.length > 4 || rest.some((w) => ORG_WORDS.has(w.toLowerCase()))))) return true;
  e.start = k;
  e.type = 'person';
  return true;
}

/** Name suffixes that may follow a title-like word inside a name ("Martin Luther King Jr."). */
const NAME_SUFFIXES = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/**
 * A title head inside a person span with a name after it ("Harlow Bay Mayor Tomas Okafor" tagged
 * whole): the name starts after the title, and what comes before it is part of the role. The
 * title must be followed by capitalised non-title words only, so "John Major" stays whole.
 */
function splitInnerTitle(words: readonly string[], e: Found): void {
  for (let k = e.end - 2; k > e.start; k--) {
    if (!isTitleHead(words[k]!) || !capitalised(words[k])) continue;
    const rest = words.slice(k + 1, e.end);
    if (rest.some((w) => !capitalised(w) || isTitleWord(w)) || NAME_SUFFIXES.test(rest[0]!)) return;
    e.start = k + 1;
    return;
  }
}

/** Settlement nouns: "the village of X" names a place whatever the tagger said. */
export const SETTLEMENT_NOUNS = new Set('village town city hamlet county state province region district suburb island borough municipality'.split(' '));

/** Whether the span follows "<settlement noun> of". */
const afterSettlementNoun = (words: readonly string[], e: Found) =>
  e.start >= 2 && words[e.start - 1] === 'of' && SETTLEMENT_NOUNS.has(words[e.start - 2]!.toLowerCase());

/** "Defence" in "Defence Secretary Pat Doe", tagged alone: a word of a title, not an organisation. */
function partOfTitle(words: readonly string[], e: Found): boolean {
  const own = words.slice(e.start, e.end);
  // Acronyms ("US President") name a real place or body even in front of a title.
  return own.every((w) => isTitleWord(w) && /\p{Ll}/u.test(w)) && e.end < words.length && isTitleWord(words[e.end]!);
}

/** Start of the title phrase written right before a person's name ("French Foreign Minister"), or -1. */
function titleBefore(words: readonly string[], nameStart: number, ents: readonly Found[]): number {
  let k = nameStart;
  let head = false;
  while (k > 0) {
    const w = words[k - 1]!;
    if (isTitleWord(w)) {
      head ||= isTitleHead(w);
      k--;
      continue;
    }
    if (TITLE_LINKS.has(w.toLowerCase()) && k - 1 > 0 && isTitleWord(words[k - 2]!)) {
      k--;
      continue;
    }
    // A place or group right before a title qualifies it: "Ukrainian President", "US Defense Secretary".
    const qualifier = k < nameStart ? ents.find((x) => x.end === k && x.type !== 'person') : undefined;
    if (qualifier) {
      k = qualifier.start;
      continue;
    }
    break;
  }
  while (k < nameStart && TITLE_LINKS.has(words[k]!.toLowerCase())) k++;
  return head && k < nameStart ? k : -1;
}

/**
 * A role set off before the name: "His campaign manager, Alex Conant, said" → "campaign manager".
 * The phrase opens the sentence or follows a possessive or "the", is lower-case nouns ending in a
 * role noun, and the name is closed by a comma (an appositive, not a list "the manager, X and Y").
 */
function roleBeforeComma(words: readonly string[], e: Found): [number, number] | null {
  if (e.start < 2 || words[e.start - 1] !== ',' || words[e.end] !== ',') return null;
  const end = e.start - 1;
  if (!ROLE_NOUNS.has(words[end - 1]!.toLowerCase())) return null;
  let a = end - 1;
  while (a > 0 && end - a < 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[a - 1]!) && !/^(?:the|a|an|his|her|their|its|our|and|or|of)$/.test(words[a - 1]!)) a--;
  const opener = words[a - 1]?.toLowerCase() ?? '';
  return /^(?:his|her|their|its|our|the)$/.test(opener) || /['’]s$/.test(opener) ? [a, end] : null;
}

/** "Name, a former diplomat and negotiator," → "former diplomat and negotiator". */
function appositiveAfter(words: readonly string[], nameEnd: number): [number, number] | null {
  if (words[nameEnd] !== ',') return null;
  let a = nameEnd + 1;
  if (['a', 'an', 'the'].includes(words[a]?.toLowerCase() ?? '')) a++;
  if (!words[a] || /^(who|which|that|said|says|and|but|or|as|when|while|he|she|it|they|we|i|you|his|her|their)$/i.test(words[a]!)) return null;
  let b = a;
  while (b < words.length && b - a < 12 && !/^[,.;:!?()"“”]$/.test(words[b]!)) b++;
  if (b === a || (b < words.length && words[b] !== ',' && words[b] !== '.')) return null;
  if (b >= words.length && b - a >= 12) return null;
  const phrase = words.slice(a, b);
  if (!phrase.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || (isTitleHead(w) && /^\p{Ll}/u.test(w)))) return null;
  // A role describes the person with nouns; a finite verb means a clause, not an appositive.
  if (phrase.some((w) => /^(is|was|are|were|has|have|had|said|says|will|would)$/i.test(w))) return null;
  return [a, b];
}

function cleanRole(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/(?:[,;:\s]|\b(?:of|for|the|and)\b)+$/u, '').trim();
}

function cleanName(text: string): string {
  const name = text.replace(/\s+/g, ' ').replace(/['’]s?$/u, '').replace(/^[\p{P}\s]+/u, '').trim();
  // Keep the final period of a dotted abbreviation ("U.S.", "D.C."); drop other trailing punctuation.
  return /(?:^|[\s.])\p{L}\.$/u.test(name) ? name : name.replace(/[\p{P}\s]+$/u, '');
}

/**
 * News outlets the project knows (src/nlp/outlets.ts: curated names and "… Ledger"/"… Wire"
 * patterns) are organisations: tagger spans inside an outlet name become one organisation over
 * the whole name ("Harlow Bay" place + "Ledger" → "Harlow Bay Ledger"), and an outlet the tagger
 * missed ("According to The Record") is added. A span reaching beyond the name is left alone.
 * With the article's own outlet (`outlet`, "Harlow Bay Ledger"), a one-word span equal to its
 * last word after "the" ("Subscribe to the Ledger") is that outlet too.
 */
export function withOutlets(text: string, tokens: readonly Token[], raw: readonly TokenEntity[], outlet: string | null = null): TokenEntity[] {
  if (tokens.length === 0) return [...raw];
  const short = outlet?.split(/\s+/).pop() ?? null;
  let ents = raw.map((e) =>
    short !== null && e.end - e.start === 1 && e.start > 0 && text.slice(tokens[e.start]!.start, tokens[e.start]!.end) === short && /^the$/i.test(text.slice(tokens[e.start - 1]!.start, tokens[e.start - 1]!.end))
      ? { ...e, type: 'organization' as const }
      : e,
  );
  for (const o of findOutlets(text, tokens[0]!.start, tokens[tokens.length - 1]!.end)) {
    let a = tokens.findIndex((t) => t.start >= o.start);
    let b = a;
    while (b < tokens.length && tokens[b]!.end <= o.end) b++;
    if (a < 0 || b <= a) continue;
    // a lower-case "the" before the name is not part of it ("the Harlow Bay Ledger")
    if (text.slice(tokens[a]!.start, tokens[a]!.end) === 'the') a++;
    if (b <= a) continue;
    const overlapping = ents.filter((e) => e.start < b && a < e.end);
    if (overlapping.some((e) => e.start < a || e.end > b)) continue;
    ents = [...ents.filter((e) => !overlapping.includes(e)), { start: a, end: b, type: 'organization' }];
  }
  return ents.sort((x, y) => x.start - y.start);
}

/** Mentions of one sentence (its tokens and their words; `words` when the caller already has them). */
export function sentenceMentions(
  text: string,
  tokens: readonly Token[],
  raw: readonly TokenEntity[],
  words: readonly string[] = tokens.map((t) => text.slice(t.start, t.end)),
): EntityMention[] {
  let ents: Found[] = raw.map((e) => ({ ...e, alias: null, roles: [] }));
  ents = mergeNicknames(words, ents);
  const kept: Found[] = [];
  for (const e of ents) {
    trimEdges(words, e);
    const before = e.start;
    if (e.end <= e.start || !splitLeadingTitle(words, e, titleBefore(words, before, ents) >= 0)) continue;
    if (partOfTitle(words, e)) continue;
    if (afterSettlementNoun(words, e)) e.type = 'place';
    if (e.type === 'person') splitInnerTitle(words, e);
    if (e.type === 'person') {
      const t = titleBefore(words, before, ents);
      const roleStart = t >= 0 ? t : before < e.start ? before : -1;
      if (roleStart >= 0) e.roles.push(cleanRole(text.slice(tokens[roleStart]!.start, tokens[e.start - 1]!.end)));
      const app = appositiveAfter(words, e.end);
      if (app) e.roles.push(cleanRole(text.slice(tokens[app[0]]!.start, tokens[app[1] - 1]!.end)));
      const lead = roleBeforeComma(words, e);
      if (lead) e.roles.push(cleanRole(text.slice(tokens[lead[0]]!.start, tokens[lead[1] - 1]!.end)));
    }
    kept.push(e);
  }
  return kept.map((e) => {
    const span = { start: tokens[e.start]!.start, end: tokens[e.end - 1]!.end };
    let nameText = text.slice(span.start, span.end);
    const aliases: string[] = [];
    if (e.alias) {
      const a = { start: tokens[e.alias.start - 1]!.start, end: tokens[e.alias.end]!.end };
      aliases.push(cleanName(text.slice(tokens[e.alias.start]!.start, tokens[e.alias.end - 1]!.end)));
      nameText = text.slice(span.start, a.start) + ' ' + text.slice(a.end, span.end);
    }
    return { kind: 'entity', ...span, type: e.type, name: cleanName(nameText), roles: e.roles.filter((r) => r.length > 0), aliases };
  });
}

/** The `entities` step: the trained tagger over every analysed sentence, then names cleaned of titles. */
export const entitiesStep: DocStep = {
  name: 'entities',
  run(doc: ArticleDoc): void {
    const tagger = defaultTagger();
    if (!tagger) {
      message(doc, { start: 0, end: 0 }, 'ner-model-missing', 'models/ner.bin not found; no entities (run npm run train:ner)', 'info');
      return;
    }
    const sentences = analysedSentences(doc).map((s) => {
      const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
      return { tokens, words: tokens.map((t) => doc.text.slice(t.start, t.end)) };
    });
    // The whole article at once: a name keeps one type across it (see ner/document.ts).
    const tagged = tagger.tagDocument(sentences.map((s) => s.words));
    sentences.forEach(({ tokens, words }, i) => {
      for (const m of sentenceMentions(doc.text, tokens, withOutlets(doc.text, tokens, tagged[i]!, doc.outlet), words)) if (m.name) doc.annotations.push(m);
    });
  },
};
