/**
 * A general lexicon of titles, ranks and offices that are written next to names but are not part
 * of them ("Defense Secretary", "Lt. Gen.", "National Security Adviser", "senior Democrat").
 * Words are lower-case without a final period.
 */

/** Words that make a phrase a title: offices, ranks, honorifics, party labels. */
export const TITLE_HEADS = new Set(
  (
    'president presidents vice secretary minister ministers premier chancellor governor gov mayor senator sen ' +
    'representative rep congressman congresswoman lawmaker speaker leader chairman chairwoman chair ceo cfo coo ' +
    'ambassador envoy director chief commander commissioner spokesman spokeswoman spokesperson adviser advisor ' +
    'attorney general gen lt col maj capt cpt sgt cmdr adm brig cpl pvt admiral colonel major captain sergeant lieutenant ' +
    'judge justice king queen prince princess pope bishop archbishop cardinal rabbi imam sheikh emir sultan ' +
    'mr mrs ms dr prof professor sir dame lord lady rev hon president-elect democrat republican ' +
    'officer official inspector superintendent marshal sheriff prosecutor coach'
  ).split(' '),
);

/** Words that qualify a title without being one: departments, ranks of office, party, rank prefixes. */
export const TITLE_MODIFIERS = new Set(
  (
    'defense defence foreign home interior finance treasury state justice health education energy commerce trade ' +
    'labor labour transportation agriculture homeland security national intelligence economic economy ' +
    'prime deputy assistant acting senior junior first second chief principal under executive managing ' +
    'general press white house majority minority democratic republican federal supreme district ' +
    'us u.s u.s.a uk u.k un u.n eu e.u'
  ).split(' '),
);

/** Function words allowed inside a title ("Secretary of State", "Minister for Europe"). */
export const TITLE_LINKS = new Set(['of', 'for', 'the', 'and']);

export function titleKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

export const isTitleHead = (w: string): boolean => TITLE_HEADS.has(titleKey(w));
export const isTitleWord = (w: string): boolean => TITLE_HEADS.has(titleKey(w)) || TITLE_MODIFIERS.has(titleKey(w));

/** Head nouns that mark an appositive as a role ("James Doe, a former diplomat, …"). */
export const ROLE_NOUNS = new Set(
  (
    'diplomat negotiator commander leader minister secretary president director chief official analyst expert ' +
    'professor researcher scientist spokesman spokeswoman spokesperson adviser advisor ambassador envoy senator ' +
    'representative lawmaker member chairman chairwoman chair head founder owner ceo executive economist lawyer ' +
    'attorney judge general officer colonel governor mayor candidate author journalist reporter editor fellow ' +
    'strategist consultant manager partner deputy democrat republican activist veteran historian'
  ).split(' '),
);
