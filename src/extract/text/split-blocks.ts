import type { Span } from '../../model/span.js';

/**
 * Raw block spans of a plain text, before they are classified.
 *
 * Two styles exist in the wild and both must work: one paragraph per line (no blank lines), and
 * paragraphs separated by blank lines, sometimes hard-wrapped at a fixed width. A blank-line
 * separated chunk stays one block only when its lines look hard-wrapped; otherwise each
 * non-empty line is its own block. Spans exclude surrounding whitespace.
 */
export function splitBlocks(text: string): Span[] {
  const lines = lineSpans(text);
  const out: Span[] = [];
  let chunk: Span[] = [];
  const flush = (): void => {
    if (chunk.length === 0) return;
    if (looksHardWrapped(text, chunk)) out.push(join(chunk));
    // A heading line directly above a wrapped paragraph (no blank line between them).
    else if (chunk.length >= 3 && looksHardWrapped(text, chunk.slice(1))) out.push(chunk[0]!, join(chunk.slice(1)));
    else out.push(...chunk);
    chunk = [];
  };
  for (const line of lines) {
    if (line.end === line.start) flush();
    else chunk.push(line);
  }
  flush();
  return out;
}

function join(lines: Span[]): Span {
  return { start: lines[0]!.start, end: lines[lines.length - 1]!.end };
}

/** Every line's span with leading/trailing whitespace trimmed; blank lines give empty spans. */
function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    out.push({ start: s, end: e });
    pos = nl + 1;
  }
  return out;
}

/**
 * Hard-wrapped paragraphs have several lines of similar, moderate width where lines break
 * mid-sentence. One-paragraph-per-line text has long lines (or short headings between them).
 */
const WRAP_MIN = 30;
const WRAP_MAX = 100;
/** Lines of a wrapped paragraph are filled to within this share of the widest one. */
const EVEN_FILL = 0.8;

function looksHardWrapped(text: string, lines: Span[]): boolean {
  if (lines.length < 2) return false;
  const widths = lines.map((l) => l.end - l.start);
  const body = widths.slice(0, -1);
  if (body.some((w) => w < WRAP_MIN || w > WRAP_MAX)) return false;
  if (widths[widths.length - 1]! > WRAP_MAX) return false;
  // A wrapped paragraph continues its sentence on the next line: at least one line must start in
  // lower case or with a digit. Otherwise a title above a byline, or two short
  // one-line paragraphs, would be glued together. Three or more evenly filled lines also qualify.
  const breaks = lines.slice(1).map((l) => text[l.start]!);
  if (breaks.some((c) => /[\p{Ll}\p{N}]/u.test(c))) return true;
  const max = Math.max(...body);
  return lines.length >= 3 && body.every((w) => w >= max * EVEN_FILL) && lines.slice(0, -1).some((l) => !/[.!?:"”’)]/u.test(text[l.end - 1]!));
}
