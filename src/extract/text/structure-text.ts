import type { Block, BlockKind } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import { isBoilerplate, isCaption } from './boilerplate.js';
import { parseByline, type Byline } from './byline.js';
import { findDateline } from './dateline.js';
import { isHeading, isTitleLine } from './heading.js';
import { looksLikeOutletName, squashText } from './outlet-name.js';
import { splitBlocks } from './split-blocks.js';

export interface StructureOptions {
  /** Look for a title on the first line (plain text). HTML pages carry their title as metadata. */
  detectTitle: boolean;
  /** A title known from metadata: a block repeating it is marked `title`, wherever it is near the top. */
  knownTitle: string | null;
}

/** What the text itself says about the article, besides its blocks. */
export interface TextStructure {
  blocks: Block[];
  title: string | null;
  author: string | null;
  outlet: string | null;
  published: string | null;
  /** Wire agency from the dateline ("(Reuters)"), a last-resort outlet. */
  agency: string | null;
}

/** How far down the top matter (title, byline) may reach, in blocks. */
const TOP_MATTER = 4;

/**
 * Classify the blocks of a normalised text: title, byline, dateline, heading, boilerplate,
 * caption, paragraph. Only paragraphs are analysed downstream, so every rule errs towards
 * `paragraph` when unsure: losing a sentence of reporting costs more than analysing a stray line.
 */
export function structureText(text: string, opts: StructureOptions): TextStructure {
  const spans = splitBlocks(text);
  const out: TextStructure = { blocks: [], title: null, author: null, outlet: null, published: null, agency: null };
  const known = opts.knownTitle ? squashText(opts.knownTitle) : null;
  let seenParagraph = false;
  let datelineDone = false;

  spans.forEach((span, i) => {
    const line = text.slice(span.start, span.end);
    const top = !seenParagraph && i < TOP_MATTER;
    if (top && out.title === null && isTitle(line, i, spans.length, opts, known)) {
      out.title = line;
      return push(out.blocks, 'title', span);
    }
    const title = out.title ?? opts.knownTitle;
    const byline = top && (i > 0 || out.title !== null || !opts.detectTitle) ? parseByline(line) : null;
    if (byline && !repeatsTitle(byline, title)) {
      out.author ??= byline.author;
      if (byline.outlet && looksLikeOutletName(byline.outlet, title)) out.outlet ??= byline.outlet;
      out.published ??= byline.published;
      return push(out.blocks, 'byline', span);
    }
    const kind = classifyBody(line);
    if (kind !== 'paragraph') return push(out.blocks, kind, span);
    seenParagraph = true;
    if (!datelineDone) {
      datelineDone = true;
      const d = findDateline(line);
      if (d) {
        out.agency = d.agency && looksLikeOutletName(d.agency, out.title ?? opts.knownTitle) ? d.agency : null;
        push(out.blocks, 'dateline', { start: span.start, end: span.start + d.length });
        return push(out.blocks, 'paragraph', { start: span.start + d.bodyStart, end: span.end });
      }
    }
    push(out.blocks, 'paragraph', span);
  });

  // Text made only of short unpunctuated lines is terse prose, not a skeleton of headings:
  // analyse it rather than nothing.
  if (!seenParagraph) {
    for (const b of out.blocks) if (b.kind === 'heading' || b.kind === 'title') b.kind = 'paragraph';
    out.title = null;
  }
  return out;
}

function isTitle(line: string, i: number, count: number, opts: StructureOptions, known: string | null): boolean {
  if (known !== null && squashText(line) === known) return true;
  return opts.detectTitle && i === 0 && count > 1 && isTitleLine(line) && !isBoilerplate(line) && parseByline(line) === null;
}

/**
 * A "byline" whose name is three or more words of the headline ("Pentagon Halts Cyber Team —
 * March 3, 2025" under that headline) is the headline again with a date, not an author or outlet.
 */
function repeatsTitle(byline: Byline, title: string | null): boolean {
  if (title === null) return false;
  const t = ` ${squashText(title)} `;
  return [byline.author, byline.outlet].some((n) => n !== null && n.split(/\s+/).length >= 3 && t.includes(` ${squashText(n)} `));
}

function classifyBody(line: string): BlockKind {
  if (isBoilerplate(line)) return 'boilerplate';
  if (isCaption(line)) return 'caption';
  if (isHeading(line)) return 'heading';
  return 'paragraph';
}

function push(blocks: Block[], kind: BlockKind, span: Span): void {
  blocks.push({ kind, start: span.start, end: span.end });
}
