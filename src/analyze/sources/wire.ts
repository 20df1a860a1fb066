import type { ArticleDoc } from '../../model/article.js';
import { findDateline } from '../../extract/text/dateline.js';
import { parseByline } from '../../extract/text/byline.js';
import { findOutlets, sameOutlet } from '../../nlp/outlets.js';

/**
 * Where an article says it was copied from: a wire or syndicated copy names its originator in the
 * dateline ("HARLOW BAY (Coastline Wire) –", "LONDON (Reuters) -"), in its byline ("By The
 * Associated Press"), or in a credit line ("This article originally appeared on The Conversation",
 * "© 2025 The Associated Press"). "Read the original article here" says it is a copy without
 * naming the original: `outlet` is then null. Null when the article names no originator other
 * than its own outlet.
 */
export interface CopyOrigin {
  /** The outlet the article is a copy of, or null when it does not name it. */
  outlet: string | null;
  /** The words that say so, as written. */
  evidence: string;
}

/**
 * Credit lines of republished articles; group 1 is what names the original ("The Conversation",
 * "here", a link, or nothing). `anyName`: any capitalised name counts as the outlet, not only one
 * the outlet finder knows ("© 2025 Getty Images" is a photo credit, not a copy).
 */
const CREDIT_LINES: { re: RegExp; anyName: boolean }[] = [
  { re: /^(?:this|the) (?:article|story|report|post|piece) (?:was |is |has been )?(?:originally |first )?(?:published|appeared|posted|ran)\b\s*(?:(?:by|on|in|at|with)\s+)?(.*?)[.:,]?$/i, anyName: true },
  { re: /^originally (?:published|appeared|posted)\b\s*(?:(?:by|on|in|at)\s+)?(.*?)[.:,]?$/i, anyName: true },
  { re: /^republished (?:with permission )?(?:from|by)\s+(.*?)[.:,]?$/i, anyName: true },
  { re: /^(?:read|see|view) (?:the )?original (?:article|story|report|post|version)\b\s*(?:(?:at|on|in|from)\s+)?(.*?)[.:,]?$/i, anyName: true },
  { re: /^(?:copyright|©|\(c\))\s*(?:\d{4}\s+)?(.+?)[.,]?(?:\s+all rights reserved\.?)?$/i, anyName: false },
];

const CAPITALISED_NAME = /^(?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}$/u;

/** "published on Monday", "appeared in March": a time, not an outlet. */
const DATE_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|\d/i;

/** The outlet a credit phrase names: one the outlet finder knows, else (anyName) a capitalised name. */
function namedOutlet(phrase: string, anyName: boolean): string | null {
  const p = phrase.trim().replace(/[.:,]$/, '');
  const found = findOutlets(p).find((o) => o.start === 0 && o.end === p.length);
  if (found) return found.name;
  return anyName && CAPITALISED_NAME.test(p) && !DATE_WORD.test(p) ? p.replace(/^the\s/, 'The ') : null;
}

/** A byline naming an outlet as its whole author or desk ("By The Associated Press", "Reuters Staff"). */
function bylineOutlet(line: string): string | null {
  const by = parseByline(line);
  if (!by) return null;
  for (const x of [by.outlet, by.author]) {
    const name = x ? namedOutlet(x, false) : null;
    if (name) return name;
  }
  return null;
}

const copyOrigins = new WeakMap<ArticleDoc, CopyOrigin | null>();

/** The originator an article says it copies, or null (see CopyOrigin). */
export function copyOrigin(doc: ArticleDoc): CopyOrigin | null {
  let found = copyOrigins.get(doc);
  if (found === undefined) copyOrigins.set(doc, (found = findCopyOrigin(doc)));
  return found;
}

function findCopyOrigin(doc: ArticleDoc): CopyOrigin | null {
  const own = doc.outlet;
  const blocks = doc.blocks;
  let unnamed: CopyOrigin | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const line = doc.text.slice(b.start, b.end).trim();
    let outlet: string | null = null;
    if (b.kind === 'dateline') {
      // a dateline block has no body of its own; findDateline reads it with the paragraph it opens
      const agency = findDateline(doc.text.slice(b.start, blocks[i + 1]?.end ?? b.end))?.agency ?? null;
      outlet = agency ? namedOutlet(agency, true) : null;
    } else if (b.kind === 'byline') {
      outlet = bylineOutlet(line);
    } else if (b.kind === 'boilerplate' || (b.kind === 'paragraph' && line.length <= 160 && /\b(?:originally|republished|original (?:article|story|report|post))\b/i.test(line))) {
      const hit = CREDIT_LINES.map((c) => ({ c, m: c.re.exec(line) })).find((x) => x.m !== null);
      if (!hit) continue;
      outlet = namedOutlet(hit.m![1]!, hit.c.anyName);
      // "Read the original article here": a copy of an original it does not name
      if (outlet === null && hit.c.anyName) unnamed ??= { outlet: null, evidence: line };
    }
    if (outlet && !sameOutlet(outlet, own)) return { outlet, evidence: line };
  }
  return unnamed;
}

/** Fewest words for a sentence to count as shared copy: short stock lines ("He declined to comment.") recur by chance. */
export const SHARED_MIN_WORDS = 8;
/** Word-bigram overlap (Dice) from which two sentences are the same copy with small edits (a word or two dropped or added). */
export const SHARED_MIN_OVERLAP = 0.8;

/**
 * The sentence's own words: quoted passages removed (a closed one, an opening quote mark to the end
 * of the sentence when the quote runs on, the start up to the closing mark of one that ran in). Two outlets quoting the same speaker is not copy.
 */
function ownWords(text: string): string[] {
  // a quote that began in an earlier sentence ends in this one: drop up to its closing mark
  const close = text.search(/[”»]/);
  const open = text.search(/[“«]/);
  const straight = (text.match(/"/g) ?? []).length;
  let from = 0;
  if (close >= 0 && (open < 0 || close < open)) from = close + 1;
  else if (straight % 2 === 1 && /"\W*$/.test(text)) from = text.length;
  const own = text.slice(from).replace(/[“"«][^”"»]*(?:[”"»]|$)/g, ' ');
  return own.toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

function bigrams(ws: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < ws.length; i++) out.add(`${ws[i]} ${ws[i + 1]}`);
  return out;
}

/**
 * Are two sentences shared copy, identical or near-identical (wire copy pasted into otherwise
 * different articles, with a word changed or a clause added)? Compared on the words outside
 * quotation marks, so punctuation and case do not matter and a shared quote is not shared copy.
 */
export function isSharedCopy(a: string, b: string): boolean {
  const wa = ownWords(a);
  const wb = ownWords(b);
  if (wa.length < SHARED_MIN_WORDS || wb.length < SHARED_MIN_WORDS) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  const ta = bigrams(wa);
  const tb = bigrams(wb);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return (2 * shared) / (ta.size + tb.size) >= SHARED_MIN_OVERLAP;
}
