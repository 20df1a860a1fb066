import type { ArticleDoc, Sentence } from '../../model/article.js';
import { analysedSentences } from '../../model/article.js';
import type { Discrepancy, Evidence, Story } from '../../model/dossier.js';
import type { StoryInput } from '../story-step.js';
import { quotedSpans } from '../../nlp/claims/sentence-claims.js';
import { spansOverlap } from '../../model/span.js';
import { eventNounClass } from '../../nlp/verb-lexicon.js';
import { singularUnit } from '../quantities.js';
import { articleLabel } from '../article-label.js';

/** How long an event is said to last. */
export type Extent = 'bounded' | 'unknown' | 'permanent';

const CUES: readonly [RegExp, Extent][] = [
  [/\b(temporary|temporarily|only while|only until|for now|short-term|time-limited|will (?:be )?(?:lifted|resumed?) (?:after|once|when))\b/i, 'bounded'],
  [/\b(?:for|lasting|to last|will last|would last|lasts?) (?:(?:about|around|roughly|approximately|up to|at least|at most|nearly|some|another|a further) )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a|an) (?:days?|weeks?|months?)\b/i, 'bounded'],
  [/\b(unclear how long|not (?:known|clear|said|disclosed) how long|no end date|no timeline|indefinite|indefinitely|open-ended)\b/i, 'unknown'],
  [/\b(permanent|permanently|for good)\b/i, 'permanent'],
];

interface ExtentStatement {
  doc: ArticleDoc;
  sentence: Sentence;
  extent: Extent;
  event: string;
  /** The event noun as written ("pause"). */
  noun: string;
  /** The words that state the length ("to last about three weeks", "unclear how long"). */
  cue: string;
}

const EXTENT_WORDS: Record<Extent, string> = { bounded: 'limited', unknown: 'of unknown length', permanent: 'permanent' };

// "the drawdown is expected to last", "how long the closure will last": the noun whose length is stated.
const LASTING_NOUN = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa])\s+(\p{Ll}[\p{Ll}-]{3,})\s+(?:(?:is|are|was|were|will|would|could|may|might|should|is expected|are expected|was expected|is likely|is set|is due)\s+)?(?:to\s+)?last(?:s|ed)?\b/u;

/**
 * The event a sentence is about: the noun said to last, else an event noun in it or, for "it will
 * last …", in the sentence before. A noun outside the event lexicon is its own event ("drawdown").
 */
function eventOf(doc: ArticleDoc, sentences: readonly Sentence[], i: number): { event: string; noun: string } | null {
  const lasting = LASTING_NOUN.exec(doc.text.slice(sentences[i]!.start, sentences[i]!.end));
  if (lasting) {
    const noun = lasting[1]!;
    return { event: eventNounClass(noun) ?? singularUnit(noun), noun };
  }
  for (const k of [i, i - 1]) {
    const s = sentences[k];
    if (!s) continue;
    for (const w of doc.text.slice(s.start, s.end).match(/\p{L}[\p{L}-]*/gu) ?? []) {
      const ev = eventNounClass(w);
      if (ev) return { event: ev, noun: w.toLowerCase() };
    }
  }
  return null;
}

function statements(doc: ArticleDoc): ExtentStatement[] {
  const quoted = quotedSpans(doc);
  const sentences = analysedSentences(doc);
  const out: ExtentStatement[] = [];
  sentences.forEach((s, i) => {
    if (quoted.some((q) => spansOverlap(q, s) && q.end - q.start > (s.end - s.start) / 3)) return; // hypotheticals in quotes
    const text = doc.text.slice(s.start, s.end);
    if (/^\s*if\b/i.test(text)) return;
    const cue = CUES.find(([re]) => re.test(text));
    const event = cue ? eventOf(doc, sentences, i) : null;
    if (cue && event) out.push({ doc, sentence: s, extent: cue[1], ...event, cue: cue[0].exec(text)![0] });
  });
  return out;
}

const ev = (x: ExtentStatement): Evidence => ({ article: x.doc.id, text: x.doc.text.slice(x.sentence.start, x.sentence.end), start: x.sentence.start, end: x.sentence.end });

/** `duration`: articles disagree on how long the same event lasts (temporary vs unknown vs permanent). */
export function durationDiscrepancies({ docs }: StoryInput, _story: Story): Discrepancy[] {
  const all = docs.flatMap(statements);
  const out: Discrepancy[] = [];
  const done = new Set<string>();
  for (const a of all) {
    for (const b of all) {
      if (a.doc.id >= b.doc.id || a.event !== b.event || a.extent === b.extent) continue;
      const key = `${a.doc.id}|${b.doc.id}|${a.event}`;
      if (done.has(key)) continue;
      done.add(key);
      const evidence = all.filter((x) => x.event === a.event && (x.doc === a.doc || x.doc === b.doc)).map(ev);
      out.push({
        kind: 'duration',
        summary: `How long the ${a.noun} lasts: ${EXTENT_WORDS[a.extent]} ("${a.cue}") in ${articleLabel(a.doc)}, ${EXTENT_WORDS[b.extent]} ("${b.cue}") in ${articleLabel(b.doc)}`,
        articles: [a.doc.id, b.doc.id],
        evidence,
        sides: [
          { value: `${EXTENT_WORDS[a.extent]} ("${a.cue}")`, articles: [a.doc.id] },
          { value: `${EXTENT_WORDS[b.extent]} ("${b.cue}")`, articles: [b.doc.id] },
        ],
      });
    }
  }
  return out;
}
