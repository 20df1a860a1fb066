import type { CitedKind } from '../../model/annotation.js';
import { annotationsOf, type ArticleDoc } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import { findOutlets, OUTLET_NOUNS } from '../outlets.js';
import { fullestName, personMentions, type PersonMention } from '../person-names.js';
import { documentPassages } from '../quotes/quote-marks.js';

/** Who a source phrase stands for, after resolving pronouns and back-references. */
export interface ResolvedSource {
  kind: CitedKind;
  /** Canonical name (fullest person name, canonical outlet name, organisation as written), or null when anonymous. */
  name: string | null;
  /** How an anonymous source is described ("a former senior defense official"). */
  description: string | null;
}

type Gender = 'male' | 'female' | null;

interface Referent extends Span, ResolvedSource {
  plural: boolean;
  /** What the document says about a person's gender (honorific, role, the pronouns that follow them); null when it says nothing. */
  gender: Gender;
  /** Lower-case words of the titles and roles written next to a person ("defense", "secretary"). */
  roles: ReadonlySet<string>;
  /** Head noun of an anonymous description ("official"), for "the same official". */
  head: string | null;
}

const ANON_HEAD =
  'officials?|sources?|spokes(?:man|woman|person)|aides?|diplomats?|officers?|analysts?|experts?|insiders?|persons?|people|advisers?|advisors?|employees?|staffers?|lawmakers?|negotiators?|executives?|investigators?|members?|official|observers?|critics?|residents?|witnesses|witness|administrators?|strategists?|operatives?|allies|ally|supporters?';
const ANON_RE = new RegExp(`(?<![\\p{L}])(?:an?|the|another|one|two|three|several|some|many|other|most)\\s+((?:[\\p{L}-]+\\s+){0,5}?)(${ANON_HEAD})(?![\\p{L}])`, 'giu');
const BARE_ANON_RE = /(?<![\p{L}])(?:news outlets|media reports|officials|sources|experts|analysts|critics|observers)(?![\p{L}])/giu;
/** Words that cannot sit inside an anonymous description: it would run across a clause. */
const NOT_INSIDE = /^(?:from|to|of|by|with|that|which|who|and|but|or|in|on|at|for|as|is|was|are|were|has|had|have|be|been|said|told|says|this|the|a|an)$/i;
const SINGULAR_PRONOUN = /^(?:he|she|him|her|who)$/i;
const PRONOUN_ANY = /^(?:he|she|him|her|who|they|them|it|we|i|you)$/i;
const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female', hers: 'female' };
const FEMALE_ROLE = /(?:woman|wife|mother|daughter|sister|queen|lady|actress|princess|girl|grandmother|widow)$/i;
const MALE_ROLE = /(?:^|[^o])(?:man|husband|father|son|brother|king|prince|boy|grandfather|widower)$/i;
/** Platforms carry a person's words; they are not the speaker ("wrote on Twitter", "Twitter said" in a post's caption). */
const PLATFORM = /^(?:the\s+)?(?:twitter|facebook|instagram|youtube|tiktok|snapchat|reddit|linkedin|truth social|a tweet|the tweet|a post|the post on \w+)$/i;
/** A person after these words inside a source phrase is its object or owner, not its head ("a spokesman for Clinton", "Clinton's aide Jake Sullivan"). */
const NOT_HEAD_BEFORE = /(?:\b(?:for|of|to|with|told|asked|by|from|about)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,3})$/iu;
/** "the president", "the Vermont senator", "the former secretary of state": the last word is the role looked up. */
const DESCRIPTIVE = /^the\s+(?:(?:former|current|then|late|outgoing|incoming|[\p{Lu}][\p{L}.-]*|[\p{L}-]+-(?:year-old|based))\s+){0,3}(\p{Ll}[\p{Ll}-]+)(?:\s+of\s+(?:state|defense|defence|the\s+\p{L}+))?$/u;
const PLURAL_PRONOUN = /^(?:they|them|who)$/i;

function anonymousReferents(doc: ArticleDoc, persons: readonly PersonMention[]): Referent[] {
  const out: Referent[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    const text = doc.text.slice(0, b.end);
    for (const re of [new RegExp(ANON_RE.source, 'giu'), new RegExp(BARE_ANON_RE.source, 'giu')]) {
      re.lastIndex = b.start;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const inner = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
        if (inner.some((w) => NOT_INSIDE.test(w) || (/ed$/.test(w) && !/^(?:retired|unnamed|named|unidentified|informed|trusted|elected|appointed|concerned)$/i.test(w)) || /^\p{Lu}{2,}$/u.test(w) && false)) continue;
        const start = m.index;
        const end = m.index + m[0].length;
        // "James A. Lewis, a former diplomat": an appositive describes the named person, not a new source
        const before = doc.text.slice(Math.max(b.start, start - 3), start);
        if (/,\s*$/.test(before) && persons.some((p) => p.end >= start - 3 && p.end <= start)) continue;
        if (out.some((o) => o.start <= start && end <= o.end)) continue;
        const head = (m[2] ?? m[0]).toLowerCase();
        out.push({
          start, end, kind: 'anonymous', name: null, description: doc.text.slice(start, end),
          plural: /s$|people|allies/.test(head) && !/^(?:one|a|an|another)\s/i.test(m[0]), head: head.replace(/s$/, ''), gender: null, roles: new Set(),
        });
      }
    }
  }
  return out;
}

interface PersonFacts {
  gender: Gender;
  roles: Set<string>;
}

/**
 * Gender and roles of each person (by fullest name), from the document itself: an honorific
 * (Mr., Mrs., Ms.), a gendered role ("congresswoman", "his wife"), and the first he/she/his/her
 * after a mention in a sentence that names no other person, by majority.
 */
function personFacts(doc: ArticleDoc, persons: readonly PersonMention[]): Map<string, PersonFacts> {
  const votes = new Map<string, { male: number; female: number; roles: Set<string> }>();
  const entry = (name: string) => {
    let v = votes.get(name);
    if (!v) votes.set(name, (v = { male: 0, female: 0, roles: new Set() }));
    return v;
  };
  const entities = annotationsOf(doc, 'entity').filter((e) => e.type === 'person');
  for (const p of persons) {
    const v = entry(fullestName(p.name, persons));
    const before = doc.text.slice(Math.max(0, p.start - 6), p.start + 5);
    if (/\bMr\.?\s/.test(before)) v.male += 2;
    if (/\b(?:Mrs|Ms|Miss)\.?\s/.test(before)) v.female += 2;
    const roles = entities.find((e) => e.start <= p.start && p.end <= e.end)?.roles ?? [];
    for (const role of roles) {
      for (const w of role.toLowerCase().split(/[^\p{L}-]+/u)) if (w) v.roles.add(w);
      const last = role.trim().split(/\s+/).pop() ?? '';
      if (FEMALE_ROLE.test(last)) v.female += 2;
      else if (MALE_ROLE.test(last)) v.male += 2;
    }
    const sentence = doc.sentences.find((x) => x.start <= p.start && p.start < x.end);
    if (!sentence) continue;
    const rest = doc.text.slice(p.end, sentence.end);
    const other = (o: PersonMention) => o !== p && o.start >= p.end && o.end <= sentence.end && !/^['’]/u.test(doc.text.slice(o.end, o.end + 1));
    if (persons.some((o) => other(o) && fullestName(o.name, persons) !== fullestName(p.name, persons))) continue;
    const pronoun = /(?<![\p{L}])(he|him|his|she|her|hers)(?![\p{L}])/iu.exec(rest)?.[1];
    if (pronoun) v[PRONOUN_GENDER[pronoun.toLowerCase()] === 'male' ? 'male' : 'female']++;
  }
  const out = new Map<string, PersonFacts>();
  for (const [name, v] of votes) out.set(name, { gender: v.male > v.female ? 'male' : v.female > v.male ? 'female' : null, roles: v.roles });
  return out;
}

/**
 * Resolve source phrases of one document. Referents (named persons, anonymous descriptions,
 * outlets) are collected once in text order; pronouns take the nearest compatible one before them.
 */
export function sourceResolver(doc: ArticleDoc): (span: Span) => ResolvedSource | null {
  const persons = personMentions(doc);
  const passages = documentPassages(doc);
  const insideQuote = (s: Span) => passages.some((p) => p.inner.start <= s.start && s.end <= p.inner.end);
  const people = personFacts(doc, persons);
  const referents: Referent[] = [
    ...persons.map((p): Referent => {
      const name = fullestName(p.name, persons);
      const facts = people.get(name);
      return { start: p.start, end: p.end, kind: 'person', name, description: null, plural: false, head: null, gender: facts?.gender ?? null, roles: facts?.roles ?? new Set() };
    }),
    ...anonymousReferents(doc, persons),
    ...findOutlets(doc.text).map((o): Referent => ({ start: o.start, end: o.end, kind: 'outlet', name: o.name, description: null, plural: false, head: null, gender: null, roles: new Set() })),
  ]
    .filter((r) => !insideQuote(r))
    .sort((a, b) => a.start - b.start);

  // "the same official" links to the earlier description with that head noun
  for (const r of referents) {
    if (r.kind !== 'anonymous' || !/^the\s/i.test(r.description ?? '')) continue;
    const earlier = [...referents].reverse().find((e) => e.end <= r.start && e.kind === 'anonymous' && e.head === r.head && !/^the\s/i.test(e.description ?? ''));
    if (earlier) r.description = earlier.description;
  }

  // The first person or description of a sentence is usually its subject: pronouns prefer those.
  const sentences = doc.sentences;
  const sentenceIndex = (pos: number) => sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const subjectLike = new Set<Referent>();
  const seen = new Set<number>();
  for (const r of referents) {
    if (r.kind === 'outlet') continue;
    const si = sentenceIndex(r.start);
    if (!seen.has(si)) subjectLike.add(r);
    seen.add(si);
  }
  const latestBefore = (pos: number, ok: (r: Referent) => boolean): Referent | null => {
    let fallback: Referent | null = null;
    for (let i = referents.length - 1; i >= 0; i--) {
      const r = referents[i]!;
      if (r.end > pos || !ok(r)) continue;
      if (pos - r.end >= 800) break;
      if (subjectLike.has(r) || sentenceIndex(r.start) === sentenceIndex(pos)) return r;
      fallback ??= r;
    }
    return fallback;
  };
  const plain = (r: Referent): ResolvedSource => ({ kind: r.kind, name: r.name, description: r.description });

  return (span: Span): ResolvedSource | null => {
    const text = doc.text.slice(span.start, span.end).replace(/[,\s]+$/, '');
    if (PLATFORM.test(text)) return null;
    const within = referents.filter((r) => r.start >= span.start && r.end <= span.end);
    // a person owned or addressed inside the phrase is not its head: "Clinton's aide Jake Sullivan", "told Fox News host Sean Hannity"
    const isHead = (r: Referent) => !/^\s*['’]s?\b/u.test(doc.text.slice(r.end, r.end + 3)) && !NOT_HEAD_BEFORE.test(doc.text.slice(span.start, r.start));
    const outlet = within.find((r) => r.kind === 'outlet');
    // a "person" inside an outlet's name is the name's first word ("The Springfield Herald")
    const person = within.find((r) => r.kind === 'person' && isHead(r) && !(outlet && outlet.start < r.end && r.start < outlet.end));
    // the head of the phrase decides: "officials told the BBC" is anonymous, "the BBC's reporter" an outlet's,
    // "New York Times columnist David Brooks" the columnist's
    // a source phrase that is only the appositive of a named person ("Rhodes, Mr. Obama's adviser, said") is that person
    if (!person) {
      const owner = referents.find((r) => r.kind === 'person' && r.end < span.start && /^,\s*$/u.test(doc.text.slice(r.end, span.start)));
      if (owner && /^(?:an?|the|his|her|mr\.|ms\.|mrs\.)?\s*\p{L}/iu.test(text) && !PRONOUN_ANY.test(text)) return plain(owner);
    }
    const first = within.find(isHead) ?? within[0];
    if (first && first.start - span.start <= 30) {
      if (person) return plain(person);
      if (outlet && (first.kind === 'outlet' || !isHead(first))) return plain(outlet);
      return plain(first);
    }
    if (SINGULAR_PRONOUN.test(text)) {
      const gender = PRONOUN_GENDER[text.toLowerCase()] ?? null;
      const singular = (x: Referent) => (x.kind === 'person' || x.kind === 'anonymous') && !x.plural;
      // a referent the document shows to agree comes before one it says nothing about
      const r =
        (gender && latestBefore(span.start, (x) => singular(x) && x.gender === gender)) ||
        latestBefore(span.start, (x) => singular(x) && (gender === null || x.gender === null || x.gender === gender));
      return r ? plain(r) : null;
    }
    if (PLURAL_PRONOUN.test(text)) {
      const r = latestBefore(span.start, (x) => x.plural || x.kind === 'outlet' || x.kind === 'organization');
      return r ? plain(r) : null;
    }
    if (/^the\s/i.test(text) && OUTLET_NOUNS.test(text) && text.split(/\s+/).length <= 3) {
      const r = latestBefore(span.start, (x) => x.kind === 'outlet');
      return r ? plain(r) : { kind: 'outlet', name: null, description: text };
    }
    if (person) return plain(person);
    if (outlet) return plain(outlet);
    if (within.length > 0) return plain(within[0]!);
    // "the president said": the person the article gives that title or role, nearest before first;
    // no such person leaves the speaker open rather than guessing ("the engineer said" with no named engineer)
    const role = DESCRIPTIVE.exec(text)?.[1];
    if (role && !OUTLET_NOUNS.test(text)) {
      const titled = (x: Referent) => x.kind === 'person' && x.roles.has(role);
      const r = latestBefore(span.start, titled) ?? referents.find(titled);
      if (r) return plain(r);
      if (!/\p{Lu}/u.test(text)) return null;
    }
    const org = annotationsOf(doc, 'entity').find((e) => e.type === 'organization' && e.start >= span.start && e.end <= span.end);
    if (org) return { kind: 'organization', name: org.name, description: null };
    const capitals = (text.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length;
    if (capitals >= 2 && /^(?:the\s+)?\p{Lu}/u.test(text) && !/^(?:this|that|these|those|it|i|we|you|there|here|such|his|her|their|its|one|some|many|most|all|each)\b/i.test(text)) {
      return { kind: 'organization', name: text.replace(/^the\s+/i, (m) => m), description: null };
    }
    return null;
  };
}
