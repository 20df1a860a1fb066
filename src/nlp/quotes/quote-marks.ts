import type { ArticleDoc } from '../../model/article.js';
import type { Span } from '../../model/span.js';

/** A passage between quote marks. `outer` includes the marks, `inner` is the quoted words. */
export interface QuotedPassage {
  outer: Span;
  inner: Span;
  /** The closing mark was found; an unclosed quote runs to the end of its paragraph. */
  closed: boolean;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);

/** A straight mark opens when it follows a space, a bracket or a dash and precedes a non-space. */
function opensHere(text: string, i: number, from: number): boolean {
  const before = i === from ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return /[\s(\[{—–\-\/:]/u.test(before) && !/\s/u.test(after);
}

/**
 * Double-quoted passages of one block [from, to). Straight and curly marks are both accepted
 * (and mixed, as copy-edited text often is). Single marks inside a passage are nested quotes and
 * do not end it; top-level single-quoted passages (‘…’, British style) are returned too.
 */
export function quotedPassages(text: string, from: number, to: number): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  let open = -1;
  let openWidth = 1;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    // two apostrophes stand for a double mark in some archives (''…'')
    const twin = c === "'" && text[i + 1] === "'";
    if (open < 0) {
      if (twin && opensHere(text, i, from) && text[i + 2] !== ' ') {
        open = i;
        openWidth = 2;
        i++;
      } else if (OPEN_DOUBLE.has(c) || (c === '"' && opensHere(text, i, from))) {
        open = i;
        openWidth = 1;
      }
      else if (c === '‘' && opensHere(text, i, from)) {
        const close = singleClose(text, i + 1, to);
        if (close > 0) {
          out.push({ outer: { start: i, end: close + 1 }, inner: { start: i + 1, end: close }, closed: true });
          i = close;
        }
      }
    } else if (twin && openWidth === 2) {
      out.push({ outer: { start: open, end: i + 2 }, inner: { start: open + 2, end: i }, closed: true });
      open = -1;
      i++;
    } else if (openWidth === 1 && (CLOSE_DOUBLE.has(c) || c === '"' || wrongWayClose(text, i))) {
      out.push({ outer: { start: open, end: i + 1 }, inner: { start: open + 1, end: i }, closed: true });
      open = -1;
    }
  }
  if (open >= 0) {
    let end = to;
    while (end > open + openWidth && /\s/u.test(text[end - 1]!)) end--;
    out.push({ outer: { start: open, end }, inner: { start: open + openWidth, end }, closed: false });
  }
  return out.filter((q) => q.inner.end > q.inner.start);
}

/**
 * An opening mark typed where a closing one belongs ("“It's unusual,“ said Noble"): “ right after
 * a word or punctuation and before a space or the end, inside an open passage, closes it.
 */
function wrongWayClose(text: string, i: number): boolean {
  return text[i] === '“' && /[\p{L}\p{N}.,!?…]/u.test(text[i - 1] ?? ' ') && /^(?:\s|$)/u.test(text[i + 1] ?? '');
}

/** The closing ’ of a single-quoted passage: followed by a non-letter, not an apostrophe inside a word. */
function singleClose(text: string, from: number, to: number): number {
  for (let i = from; i < to && i < from + 300; i++) {
    if (text[i] === '’' && !/\p{L}/u.test(text[i + 1] ?? ' ') && !/\s/u.test(text[i - 1] ?? ' ')) return i;
  }
  return -1;
}

/** All quoted passages of the document's analysed (paragraph) blocks, in text order. */
export function documentPassages(doc: ArticleDoc): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  for (const b of doc.blocks) if (b.kind === 'paragraph') out.push(...quotedPassages(doc.text, b.start, b.end));
  return out;
}

/** Trim spaces and the trailing punctuation that sits inside the marks by convention (“…,”). */
export function trimQuoted(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
  return { start, end };
}
