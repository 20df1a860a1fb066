import type { Token } from '../model/article.js';
import { tokenizeText } from '../nlp/tokenize.js';
import { STOPWORDS } from './stopwords.js';

/** The words of a text as the clusterer sees them: content words (stemmed) and name sequences. */
export interface TextTerms {
  words: string[];
  /** Capitalised word sequences that are likely names ("Betty Ford Center"), lowercased. */
  names: string[];
  /** How many of `words` / `names` start in the lead (the first `leadEnd` characters). */
  leadWords: number;
  leadNames: number;
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

function isDigit(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57;
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
function headlineCased(tokens: readonly string[], from: number, to: number): boolean {
  let long = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.length < 4 || !isLetter(t)) continue;
    long++;
    if (isUpper(t)) caps++;
  }
  return long >= 3 && caps / long > 0.6;
}

/**
 * Split text into content words and name sequences in one pass over the shared tokenizer's
 * tokens. Linear in the text length. Terms whose first token starts before `leadEnd` are
 * counted in `leadWords` / `leadNames` (they come first, so a count is enough).
 */
export function textTerms(text: string, leadEnd = 0): TextTerms {
  const out: TextTerms = { words: [], names: [], leadWords: 0, leadNames: 0 };
  const spans = tokenizeText(text);
  const toks = spans.map((t) => text.slice(t.start, t.end));
  // Lines are cut where a newline lies between two tokens; one indexOf per line keeps this linear.
  let from = 0;
  while (from < spans.length) {
    const newline = text.indexOf('\n', spans[from]!.end);
    let to = from + 1;
    if (newline < 0) to = spans.length;
    else while (to < spans.length && spans[to]!.start < newline) to++;
    lineTerms(toks, spans, from, to, leadEnd, out);
    from = to;
  }
  return out;
}

function lineTerms(toks: readonly string[], spans: readonly Token[], from: number, to: number, leadEnd: number, out: TextTerms): void {
  const nameLine = !headlineCased(toks, from, to);
  const { words, names } = out;
  let run: string[] = [];
  let runStart = 0;
  const flush = () => {
    // Trim function words at both ends ("The Texas Department of" → "texas department").
    let a = 0;
    let b = run.length;
    while (a < b && STOPWORDS.has(run[a]!)) a++;
    while (b > a && STOPWORDS.has(run[b - 1]!)) b--;
    if (b > a) {
      names.push(a === 0 && b === run.length ? run.join(' ') : run.slice(a, b).join(' '));
      if (runStart < leadEnd) out.leadNames = names.length;
    }
    run = [];
  };
  for (let i = from; i < to; i++) {
    const tok = toks[i]!;
    const at = spans[i]!.start;
    if (!isLetter(tok)) {
      if (tok.length > 1 && isDigit(tok)) {
        if (YEAR.test(tok)) names.push(YEAR_MARK + tok);
        else if (NUMBER.test(tok)) names.push(NUMBER_MARK + tok.replace(/,/g, ''));
        if (at < leadEnd) out.leadNames = names.length;
      }
      flush();
      continue;
    }
    const w = normalise(tok);
    const content = w.length > 2 && !STOPWORDS.has(w);
    if (content) {
      words.push(stem(w));
      if (at < leadEnd) out.leadWords = words.length;
    }
    if (!nameLine) continue;
    const sentenceStart = i === from || OPENERS.has(toks[i - 1]!);
    if (isUpper(tok)) {
      // A capital at a sentence start is a name only when a capitalised word follows ("Tara Reid has ...").
      if (sentenceStart && !(i + 1 < to && isUpper(toks[i + 1]!))) flush();
      else if (run.length || content) {
        if (run.length === 0) runStart = at;
        run.push(w);
      } else flush();
    } else if (run.length && (w === 'of' || w === 'de' || w === 'van' || w === 'von') && i + 1 < to && isUpper(toks[i + 1]!)) {
      run.push(w); // "Bank of England", "Department of Justice"
    } else flush();
  }
  flush();
}
