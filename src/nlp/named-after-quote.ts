import type { PersonMention } from './person-names.js';
import type { QuotedPassage } from './quotes/quote-marks.js';
import { cueStrength } from './attribution/speech-cues.js';

/** How far (characters) a lead-in may run from the closing mark to the name: "”, the Vatican spokesman, Federico Lombardi, told". */
const LEAD_MAX = 70;
/** How long the appositive between the name and its cue may be: "Cecelia Purner, 67, a retired aide in Allentown, Pa., said". */
const APPOSITIVE_MAX = 170;

/** Marks no lead-in or appositive runs across: another quote, a line or clause break. */
const BREAK = /[“”"\n;!?]|''/u;
/** A sentence end: a full stop not after a capitalised abbreviation ("Rep.", "Pa.", "U.S." are not ends). */
const SENTENCE_END = /(?<!(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,4})\.\s/u;
/** Right after the closing mark: a join (",", "—"), optionally a lead-in closed by a comma ("Google's chief executive, "), "as" ("”, as Cole said"), an honorific ("Mr. "). */
const LEAD = /^[^\S\n]*(?:[,:—–-][^\S\n]*)?(?:.+,[^\S\n]+)?(?:as[^\S\n]+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.[^\S\n]+)?$/su;
/** A cue word right here, after an optional -ly adverb: " said", " flatly denied". */
const CUE_HERE = /^[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?(\p{Ll}+)/u;

const isSpeechCue = (s: string) => {
  const w = CUE_HERE.exec(s)?.[1];
  return w !== undefined && cueStrength(w) === 'speech';
};

/** A speech verb right after the name, or after one of the commas of its appositive ("Purner, 67, a retired aide, said"). */
function cueFollows(after: string): boolean {
  if (isSpeechCue(after)) return true;
  if (!after.startsWith(',')) return false;
  const window = after.slice(0, APPOSITIVE_MAX);
  const stop = window.search(BREAK);
  const span = stop < 0 ? window : window.slice(0, stop);
  // the comma right after the name closes a lead-in's apposition: "chief of staff, Mia Ortiz, told"
  for (let i = span.indexOf(','); i >= 0; i = span.indexOf(',', i + 1)) if (isSpeechCue(after.slice(i + 1))) return true;
  return false;
}

/**
 * The person a quote is attributed to by the news convention "“…,” NAME, APPOSITIVE, said":
 * the first person named after the closing mark (owners such as "Rob Lane’s" in "Senator Rob
 * Lane’s chief of staff, Mia Ortiz, told" are passed over), when a speech verb follows the name
 * or its appositive. The relation tagger often takes the appositive ("a Republican candidate")
 * for the source; the name is the speaker.
 */
export function namedAfterClose(text: string, p: QuotedPassage, persons: readonly PersonMention[]): PersonMention | null {
  for (const m of persons) {
    if (m.start < p.outer.end) continue;
    if (/^['’]/u.test(text.slice(m.end, m.end + 1))) continue;
    const lead = text.slice(p.outer.end, m.start);
    if (lead.length > LEAD_MAX || BREAK.test(lead) || SENTENCE_END.test(lead) || !LEAD.test(lead)) return null;
    return cueFollows(text.slice(m.end, m.end + APPOSITIVE_MAX + 40)) ? m : null;
  }
  return null;
}

/** From the last comma of a sentence: "…, said Ohio State professor Paul Beck." (cue first, words of a title between). */
const CUE_THEN_NAME = /,[^\S\n]+(\p{Ll}+)[^\S\n]+([^,;“”"\n]{0,60})$/u;
/** Words between the cue and the name that make the name an object: "adding of Mr. Trump", "said to Ms. Cole". */
const OBJECT_WORDS = /(?:^|\s)(?:of|about|to|by|with|for|on|at|from|in|that)\s/u;
/** What may follow a name at the sentence end: an appositive ("…, a professor at Ohio State"), a full stop. */
const SENTENCE_TAIL = /^(?:,[^;“”"\n]{0,160})?[.!?]?\s*$/u;

/**
 * The person a sentence attributes its quote to at its end, after the quote ("Clinton “drew well
 * with white voters” in 2008, said Ohio State professor Paul Beck."): a speech verb after the
 * sentence's last comma, then the name, then nothing but an appositive.
 */
export function namedAtSentenceEnd(text: string, p: QuotedPassage, sentenceEnd: number, persons: readonly PersonMention[]): PersonMention | null {
  const after = persons.filter((m) => m.start >= p.outer.end && m.end <= sentenceEnd && !/^['’]/u.test(text.slice(m.end, m.end + 1)));
  for (const m of after) {
    if (/[“”"]|''/u.test(text.slice(p.outer.end, m.start))) return null;
    const found = CUE_THEN_NAME.exec(text.slice(p.outer.end, m.start));
    // a finite verb ("said", "wrote"), not a participle that opens a new clause ("echoing comments by President Obama")
    const cue = found?.[1] ?? '';
    if (!found || cue.endsWith('ing') || cueStrength(cue) !== 'speech' || OBJECT_WORDS.test(` ${found[2]}`)) continue;
    return SENTENCE_TAIL.test(text.slice(m.end, sentenceEnd)) ? m : null;
  }
  return null;
}
