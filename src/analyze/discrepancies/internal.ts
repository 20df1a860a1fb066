import type { ArticleDoc, Sentence } from '../../model/article.js';
import { analysedSentences, annotationsOf } from '../../model/article.js';
import type { Discrepancy, Evidence } from '../../model/dossier.js';
import { spanContains } from '../../model/span.js';
import type { StoryInput } from '../story-step.js';
import { themeKey } from '../claims/claim-frame.js';
import { isReporting, verbLemma } from '../../nlp/verb-lexicon.js';
import { articleLabel } from '../article-label.js';

const GENERIC = new Set(['official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'department', 'office', 'government', 'ministry', 'agency', 'senior', 'former', 'a', 'an', 'the', 'its', 'their', 'of', 'for', 'and', 'us', 'u.s', 'has', 'have', 'had']);
// The party must be named right before the reporting verb ("Pentagon officials clarified"), not anywhere earlier.
const SUBJECT_WINDOW = 4;

interface NoComment {
  sentence: Sentence;
  /** Distinctive words naming who did not comment ("pentagon"). */
  who: Set<string>;
  /** Who did not comment, as the article writes it ("The Pentagon"). */
  subject: string;
  /** What they did not comment on, as theme keys (may be empty). */
  topic: Set<string>;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'of', 'for', 'and', 'has', 'have', 'had']);

/**
 * Distinctive words of who did not comment; a bare generic head ("the ministry") is kept as it is.
 * "Pagliano's attorney" is the attorney, not Pagliano: a possessor with a distinctive head leaves
 * only the head, so Pagliano's own words are no statement of the attorney's.
 */
function keys(text: string): Set<string> {
  const possessed = /['’]s\s+(\p{L}[\p{L}-]*)\s*$/u.exec(text);
  if (possessed && !GENERIC.has(possessed[1]!.toLowerCase())) return new Set([possessed[1]!.toLowerCase()]);
  const words = (text.match(/\p{L}[\p{L}-]*/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !DETERMINERS.has(w));
  const distinctive = words.filter((w) => !GENERIC.has(w));
  return new Set(distinctive.length > 0 ? distinctive : words);
}

function themeKeys(text: string): Set<string> {
  return new Set((text.match(/\p{L}[\p{L}-]*/gu) ?? []).map(themeKey).filter((k): k is string => k !== null));
}

/** "X has not commented (on Y)" and "X declined to comment": claims on `comment`, negated. */
function noComments(doc: ArticleDoc): NoComment[] {
  const out: NoComment[] = [];
  for (const c of annotationsOf(doc, 'claim')) {
    if (!c.negated || !/^(comment|respond)$/.test(c.predicate ?? '') || !c.subject) continue;
    const sentence = doc.sentences.find((s) => spanContains(s, c));
    if (sentence) out.push({ sentence, who: keys(c.subject), subject: c.subject.replace(/^the\s+/i, 'the '), topic: themeKeys(c.object ?? '') });
  }
  return out;
}

/** The sentence reports speech by someone named with `who` (before the reporting verb) on `topic`. */
function speaksOn(doc: ArticleDoc, s: Sentence, who: ReadonlySet<string>, topic: ReadonlySet<string>): boolean {
  const words = doc.text.slice(s.start, s.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const verbAt = words.findIndex((w) => {
    const l = verbLemma(w);
    return l !== null && isReporting(l) && !/ing$/i.test(w) && !/^(claim|claims|report|reports|note|notes)$/i.test(w);
  });
  if (verbAt < 0) return false;
  const window = words.slice(Math.max(0, verbAt - SUBJECT_WINDOW), verbAt);
  const named = window.findLastIndex((w) => who.has(w.toLowerCase()));
  if (named < 0) return false;
  // The party heads the subject: only generic words or names may follow it before the verb
  // ("Pentagon officials said", "Pentagon spokesman John Kirby said"), not another noun ("AIPAC speech said").
  if (!window.slice(named + 1).every((w) => GENERIC.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) return false;
  if (words.some((w) => /^(not|n't|declined|refused|no)$/i.test(w))) return false;
  if (topic.size === 0) return true;
  const t = themeKeys(words.slice(verbAt + 1).join(' '));
  return [...topic].some((k) => t.has(k));
}

const ev = (doc: ArticleDoc, s: Sentence): Evidence => ({ article: doc.id, text: doc.text.slice(s.start, s.end), start: s.start, end: s.end });

/**
 * `internal`: one article says a party did not comment and also reports that party's statement
 * on the same matter (the step flags the article `internal-contradiction`).
 */
export function internalDiscrepancies({ docs }: StoryInput): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const doc of docs) {
    for (const nc of noComments(doc)) {
      if (nc.who.size === 0) continue;
      const spoke = analysedSentences(doc).find((s) => s !== nc.sentence && speaksOn(doc, s, nc.who, nc.topic));
      if (!spoke) continue;
      const [first, second] = spoke.start < nc.sentence.start ? [spoke, nc.sentence] : [nc.sentence, spoke];
      out.push({
        kind: 'internal',
        summary: `${articleLabel(doc)} says ${nc.subject} did not comment, yet reports its statement`,
        articles: [doc.id],
        evidence: [ev(doc, first), ev(doc, second)],
        sides: [
          { value: `${nc.subject} did not comment`, articles: [doc.id] },
          { value: `${nc.subject} made a statement`, articles: [doc.id] },
        ],
      });
      break;
    }
  }
  return out;
}
