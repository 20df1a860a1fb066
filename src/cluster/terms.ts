import { tokenizeText } from '../nlp/tokenize.js';
import { STOPWORDS } from './stopwords.js';

/** The words of a text as the clusterer sees them: content words (stemmed) and name sequences. */
export interface TextTerms {
  words: string[];
  /** Capitalised word sequences that are likely names ("Betty Ford Center"), lowercased. */
  names: string[];
}

const LETTER = /^\p{L}/u;
const UPPER = /^\p{Lu}/u;
const YEAR = /^(?:19|20)\d\d$/;
/** Years travel with the names (they tell instances apart); addName turns this mark into a `y:` key. */
export const YEAR_MARK = '#';
/** Other numbers of two or more digits, or with a decimal part, become `x:` features. */
export const NUMBER_MARK = '%';
const NUMBER = /^(?:\d{2,}|\d+[.,]\d+)$/;
/** Tokens after which the next word starts a sentence, so its capital says nothing. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '‘', "'", '(', '-', '–', '—', '|', '•']);

/** A crude suffix stripper: enough to make "checks/checked/checking" one feature, cheap and stable. */
export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

function normalise(token: string): string {
  let w = token.toLowerCase();
  if (w.endsWith('.')) w = w.slice(0, -1);
  if (w.length > 2 && w.endsWith('s') && (w[w.length - 2] === "'" || w[w.length - 2] === '’')) w = w.slice(0, -2);
  return w;
}

/** Letter / capital tests with an ASCII fast path (most news text), Unicode classes otherwise. */
function isLetter(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(t);
}

function isUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t);
}

/**
 * A line is headline-cased when most of its longer words are capitalised; capitals there mark
 * style, not names, so name sequences are only taken from ordinary sentences.
 */
function headlineCased(tokens: string[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.length < 4 || !isLetter(t)) continue;
    long++;
    if (isUpper(t)) caps++;
  }
  return long >= 3 && caps / long > 0.6;
}

/** Split text into content words and name sequences. Linear in the text length. */
export function textTerms(text: string): TextTerms {
  const words: string[] = [];
  const names: string[] = [];
  // One tokenizer pass over the whole text; lines are cut where a newline lies between two tokens.
  const spans = tokenizeText(text);
  let from = 0;
  while (from < spans.length) {
    let to = from + 1;
    while (to < spans.length && !newlineBetween(text, spans[to - 1]!.end, spans[to]!.start)) to++;
    lineTerms(spans.slice(from, to).map((t) => text.slice(t.start, t.end)), words, names);
    from = to;
  }
  return { words, names };
}

function newlineBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function lineTerms(toks: string[], words: string[], names: string[]): void {
  const nameLine = !headlineCased(toks);
  let run: string[] = [];
  const flush = () => {
    // Trim function words at both ends ("The Texas Department of" → "texas department").
    while (run.length && STOPWORDS.has(run[0]!)) run.shift();
    while (run.length && STOPWORDS.has(run[run.length - 1]!)) run.pop();
    if (run.length) names.push(run.join(' '));
    run = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (!isLetter(tok)) {
      if (YEAR.test(tok)) names.push(YEAR_MARK + tok);
      else if (NUMBER.test(tok)) names.push(NUMBER_MARK + tok.replace(/,/g, ''));
      flush();
      continue;
    }
    const w = normalise(tok);
    const content = w.length > 2 && !STOPWORDS.has(w);
    if (content) words.push(stem(w));
    if (!nameLine) continue;
    const sentenceStart = i === 0 || OPENERS.has(toks[i - 1]!);
    if (isUpper(tok)) {
      // A capital at a sentence start is a name only when a capitalised word follows ("Tara Reid has ...").
      if (sentenceStart && !(i + 1 < toks.length && isUpper(toks[i + 1]!))) flush();
      else if (run.length || content) run.push(w);
      else flush();
    } else if (run.length && (w === 'of' || w === 'de' || w === 'van' || w === 'von') && i + 1 < toks.length && isUpper(toks[i + 1]!)) {
      run.push(w); // "Bank of England", "Department of Justice"
    } else flush();
  }
  flush();
}
