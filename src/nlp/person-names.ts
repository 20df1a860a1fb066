import { annotationsOf, analysedSentences, type ArticleDoc } from '../model/article.js';
import type { Span } from '../model/span.js';

/** A person named in the text, with the name as written minus titles and nicknames. */
export interface PersonMention extends Span {
  name: string;
}

/** Words that are titles, roles or affiliations when they precede a name ("Defense Secretary Pete …"). */
const TITLE_WORDS = new Set(
  (
    'president vice secretary minister senator sen. rep. representative gov. governor mayor gen. general lt. col. maj. capt. ' +
    'adm. admiral sgt. mr. mrs. ms. dr. prof. judge justice chief director adviser advisor spokesman spokeswoman ambassador ' +
    'chairman chairwoman chair leader speaker commander deputy former retired senior democratic republican democrat ' +
    'national security defense defence state foreign homeland house senate u.s. us prime attorney press white first lady ' +
    'king queen prince pope sheriff officer agent candidate nominee premier chancellor ceo founder the of interior treasury ' +
    'justice labor commerce energy health education trade finance economy sir lord dame rev. father sister brother st. ' +
    'congressman congresswoman councilman councilwoman assemblyman whip majority minority federal reserve cyber command'
  ).split(' '),
);
/** Final words that make a capitalised run an organisation or place, not a person. */
const NON_PERSON_HEADS = new Set(
  (
    'command office house department committee post times news union states nations council agency party court ' +
    'ministry administration government army navy force forces university college institute center centre bank ' +
    'corporation company group association street avenue city county river war day week month street journal ' +
    'press network service services foundation board commission organization organisation review magazine'
  ).split(' '),
);
const NOT_NAMES = new Set(
  (
    'the a an in on at for from to and but or if when while as after before since however meanwhile moreover ' +
    'nevertheless additionally similarly consequently likewise also this that these those it its he she they we i you ' +
    'his her their our my your there here what who why how according despite although though read political ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday earlier later now then still even so yet'
  ).split(' '),
);

const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$|^\p{Lu}\.$/u;

/** Person mentions from the NER step when it ran, else from capitalised-name patterns. */
export function personMentions(doc: ArticleDoc): PersonMention[] {
  const fromEntities = annotationsOf(doc, 'entity').filter((e) => e.type === 'person');
  if (fromEntities.length > 0) {
    const mentions = fromEntities.map((e) => ({ start: e.start, end: e.end, name: e.name }));
    const surnames = new Set(mentions.filter((m) => m.name.includes(' ')).map((m) => lastWord(m.name)));
    // a lone capitalised word is a person only when the article also names someone with that surname
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    return mentions.filter(
      (m) => m.name.includes(' ') || surnames.has(m.name) || (counts.get(m.name) ?? 0) > 1 || fromEntities.find((e) => e.start === m.start)!.roles.length > 0,
    );
  }
  return patternMentions(doc);
}

export const lastWord = (name: string): string => name.split(/\s+/).pop() ?? name;

/** Capitalised runs ("Democratic Representative Bennie G. Thompson") with titles stripped. */
function patternMentions(doc: ArticleDoc): PersonMention[] {
  const runs: { start: number; end: number; words: string[]; titled: boolean }[] = [];
  for (const s of analysedSentences(doc)) {
    const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    let i = 0;
    while (i < toks.length) {
      const w = doc.text.slice(toks[i]!.start, toks[i]!.end);
      if (!NAME_TOKEN.test(w)) {
        i++;
        continue;
      }
      const words: { w: string; start: number; end: number }[] = [];
      let j = i;
      while (j < toks.length) {
        const t = doc.text.slice(toks[j]!.start, toks[j]!.end);
        // a nickname in quotes inside a name: Charlie “Tuna” Moore
        if ((t === '“' || t === '"') && j + 2 < toks.length && /^[”"]$/.test(doc.text.slice(toks[j + 2]!.start, toks[j + 2]!.end)) && words.length > 0) {
          j += 3;
          continue;
        }
        if (NAME_TOKEN.test(t) || (t === 'of' && words.length > 0 && TITLE_WORDS.has(words[words.length - 1]!.w.toLowerCase()))) {
          words.push({ w: t, start: toks[j]!.start, end: toks[j]!.end });
          j++;
        } else break;
      }
      let k = 0;
      let lastTitle = -1;
      for (k = 0; k < words.length; k++) if (TITLE_WORDS.has(words[k]!.w.toLowerCase()) || NOT_NAMES.has(words[k]!.w.toLowerCase())) lastTitle = k;
      const prevWord = i > 0 ? doc.text.slice(toks[i - 1]!.start, toks[i - 1]!.end).toLowerCase() : '';
      const name = words.slice(lastTitle + 1);
      if (name.length > 0) {
        runs.push({ start: name[0]!.start, end: name[name.length - 1]!.end, words: name.map((n) => n.w), titled: lastTitle >= 0 || TITLE_WORDS.has(prevWord) });
      }
      i = Math.max(j, i + 1);
    }
  }
  const good = runs.filter(
    (r) => r.words.length <= 4 && !NON_PERSON_HEADS.has(r.words[r.words.length - 1]!.toLowerCase()) && !r.words.some((w) => /^\p{Lu}{2,}$/u.test(w) || NOT_NAMES.has(w.toLowerCase())),
  );
  const full = good.filter((r) => r.words.length >= 2 || r.titled);
  const surnames = new Set(full.map((r) => r.words[r.words.length - 1]!));
  return good
    .filter((r) => r.words.length >= 2 || r.titled || surnames.has(r.words[0]!))
    .map((r) => ({ start: r.start, end: r.end, name: r.words.join(' ') }));
}

/** The fullest form of a name written in the article ("Thompson" → "Bennie G. Thompson"). */
export function fullestName(name: string, mentions: readonly PersonMention[]): string {
  const surname = lastWord(name);
  const first = name.split(/\s+/)[0]!;
  let best = name;
  for (const m of mentions) {
    const words = m.name.split(/\s+/);
    if (lastWord(m.name) !== surname) continue;
    if (name.includes(' ') && words[0] !== first) continue; // "Eric Trump" is not "Donald Trump"
    if (words.length > best.split(/\s+/).length) best = m.name;
  }
  return best;
}
