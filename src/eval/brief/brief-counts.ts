import type { BriefSentence, Evidence } from '../../model/dossier.js';
import type { AlignGoldStory, GoldSpan } from '../align/gold.js';
import { stripDiscourseOpeners } from '../../analyze/claims/claim-text.js';

/** What one story's brief gets right and wrong against its alignment gold (docs/dossier.md, brief). */
export interface BriefCounts {
  briefs: number;
  sentences: number;
  /** Sentences labelled single-source ("According to one outlet", "reported only by"). */
  singleLabelled: number;
  /** … of which the gold says two or more articles state the fact. */
  singleButShared: number;
  /** Claim sentences whose wording is a shorter part of the source sentence it came from. */
  claimSentences: number;
  cut: number;
  /** Sentences left broken: a final determiner or preposition, an empty quote, "said (reported by". */
  broken: number;
  /** "According to …, ms. Pelosi": a capitalised title or name of the source lower-cased. */
  lowered: number;
  /** An unmatched bracket ("Robert] Mueller"). */
  bracket: number;
  /** Briefs whose first sentence states a gold fact with the most articles (the main event). */
  mainEvent: number;
}

export const ZERO_BRIEF_COUNTS: BriefCounts = { briefs: 0, sentences: 0, singleLabelled: 0, singleButShared: 0, claimSentences: 0, cut: 0, broken: 0, lowered: 0, bracket: 0, mainEvent: 0 };

export function addBriefCounts(a: BriefCounts, b: BriefCounts): BriefCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as (keyof BriefCounts)[]) out[k] += b[k];
  return out;
}

const SINGLE_PREFIX = /^According to one outlet \([^)]*\), /;
/** "According to one outlet (X), " or "According to X, ": the brief's own label before the article's words. */
const OUTLET_PREFIX = /^According to (?:one outlet \([^)]*\)|[^,]+), /;
const SINGLE_SUFFIX = / \(reported only by [^)]*\)\.$/;
const CORROBORATED_SUFFIX = / \(reported (?:independently )?by [^)]*\)\.$/;
const DISAGREEMENT = /^Reports differ\b/;

/** The words taken from an article: the line without its label and final full stop; null for a disagreement. */
export function briefBody(text: string): string | null {
  return bodyReadings(text)?.at(-1) ?? null;
}

/** The line without its suffix label, then also without its prefix (a source sentence may itself start "According to"). */
function bodyReadings(text: string): string[] | null {
  if (DISAGREEMENT.test(text)) return null;
  const whole = text.replace(SINGLE_SUFFIX, '').replace(CORROBORATED_SUFFIX, '').replace(/\.$/, '');
  return [whole, whole.replace(OUTLET_PREFIX, '')];
}

const norm = (t: string) => t.replace(/[“”"‘’']/g, "'").replace(/\s+/g, ' ').trim();
const stripEnd = (t: string) => t.replace(/[\s,;:.!?'"“”’–—-]+$/, '');

/** Is the line's body a strict part of one of its evidence sentences (found there, but shorter)? Null when it is in none. */
export function isCut(text: string, evidence: readonly Evidence[]): boolean | null {
  const bodies = (bodyReadings(text) ?? []).map((b) => stripEnd(norm(b)).toLowerCase());
  let found = false;
  for (const e of evidence) {
    // A dropped discourse opener ("But", "Moreover,") cuts nothing of the fact.
    for (const s of [e.text, stripDiscourseOpeners(e.text)].map((t) => stripEnd(norm(t)).toLowerCase())) {
      for (const b of bodies) {
        if (s === b) return false;
        if (s.includes(b)) found = true;
      }
    }
  }
  return found ? true : null;
}

// Independent of the brief's own guard (brief-wording.ts) on purpose: the measurement must be able to fail.
const DANGLING = /\b(?:a|an|the|of|to|in|on|at|for|with|by|from|into|about|and|or|that|his|her|its|their)\s*[.,]?$/i;
const EMPTY_QUOTE = /["“”]\s*[,.]?\s*["“”]|\(\s*\)|,\s*,|\s[,.]$/;
const SAID_DAY = String.raw`\b(?:said|says|added|stated|announced|confirmed)(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day|today|yesterday))?`;
// "President Trump said on Saturday (reported by …)": the quote was removed, the label took its place.
const SAID_LABEL = new RegExp(`${SAID_DAY}\\s+\\(reported\\b`, 'u');
// A reporting verb with at most a day after it and nothing said: "Michelle Lyons said Thursday".
const SAID_NOTHING = new RegExp(`(?:${SAID_DAY}|\\btold reporters)$`, 'u');

export function isBroken(text: string): boolean {
  const body = briefBody(text);
  if (SAID_LABEL.test(text)) return true;
  if (body === null) return false;
  return DANGLING.test(stripEnd(body)) || SAID_NOTHING.test(stripEnd(body)) || EMPTY_QUOTE.test(body);
}

export function hasUnmatchedBracket(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/\[/g) !== count(/\]/g) || count(/\(/g) !== count(/\)/g);
}

/**
 * "According to one outlet (X), ms. Pelosi …" where the source wrote "Ms. Pelosi": the first word is
 * a name or title when the article also writes it capitalised where no sentence starts, and never lower-case.
 */
export function isLoweredName(text: string, evidence: readonly Evidence[], docText: (article: string) => string): boolean {
  const m = OUTLET_PREFIX.exec(text);
  if (!m) return false;
  const first = text.slice(m[0].length).split(/\s+/)[0] ?? '';
  if (!/^\p{Ll}/u.test(first)) return false;
  const cap = first.charAt(0).toUpperCase() + first.slice(1);
  const esc = cap.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return evidence.some((e) => {
    const doc = docText(e.article);
    const midCap = new RegExp(`[\\p{Ll},;:]\\s+${esc}(?=[\\s,.])`, 'u').test(doc);
    const lower = new RegExp(`(?<![\\p{L}])${esc.toLowerCase()}(?=[\\s,.])`, 'u').test(doc);
    return midCap && !lower;
  });
}

const overlaps = (e: Evidence, g: GoldSpan) => e.article === g[0] && e.start < g[2] && g[1] < e.end;

/** Counts for one story's brief. */
export function briefCounts(gold: AlignGoldStory, brief: readonly BriefSentence[], docText: (article: string) => string): BriefCounts {
  const c: BriefCounts = { ...ZERO_BRIEF_COUNTS, briefs: 1, sentences: brief.length };
  const articlesOf = (i: number) => new Set(gold.facts[i]!.in.map((g) => g[0])).size;
  const most = Math.max(0, ...gold.facts.map((_, i) => articlesOf(i)));
  const factsOf = (s: BriefSentence) => gold.facts.map((_, i) => i).filter((i) => s.evidence.some((e) => gold.facts[i]!.in.some((g) => overlaps(e, g))));
  for (const s of brief) {
    const body = briefBody(s.text);
    if (SINGLE_PREFIX.test(s.text) || SINGLE_SUFFIX.test(s.text)) {
      c.singleLabelled++;
      if (factsOf(s).length > 0) c.singleButShared++;
    }
    if (body !== null) {
      c.claimSentences++;
      if (isCut(s.text, s.evidence) === true) c.cut++;
    }
    if (isBroken(s.text)) c.broken++;
    if (isLoweredName(s.text, s.evidence, docText)) c.lowered++;
    if (hasUnmatchedBracket(s.text)) c.bracket++;
  }
  const first = brief[0];
  if (first && most > 0 && factsOf(first).some((i) => articlesOf(i) === most)) c.mainEvent++;
  return c;
}
