import { readFileSync } from 'node:fs';

/** How reliable one cue is, learned from an annotated corpus (see scripts/build-hedge-lexicon.ts). */
export interface LearnedCue {
  /** Majority corpus cue type, e.g. `modal_probable`, `hypo_doxastic`, `hypo_condition`. */
  type: string;
  /** Share of the cue's occurrences that annotators marked as a cue. */
  precision: number;
  /** Times annotated as a cue. */
  count: number;
  /** Times the word sequence occurs at all. */
  occurrences: number;
  /**
   * Precision given one neighbouring word, `prev:<word>` or `next:<word>`, kept only where it
   * differs clearly from `precision` ("expected to" vs "expected" alone).
   */
  contexts?: Record<string, { precision: number; occurrences: number }>;
}

export interface HedgeLexicon {
  /** Where the figures come from and which part of the corpus was used. */
  source: string;
  /** Minimum precision for a cue to fire; chosen by the builder on the training part. */
  threshold: number;
  /** Cue key (lower-case tokens joined by one space) → statistics. */
  cues: Record<string, LearnedCue>;
}

/** Lower-case token form used for every lexicon key; typographic apostrophes are folded. */
export function normaliseToken(token: string): string {
  return token.toLowerCase().replace(/[’‘`]/g, "'");
}

const LEXICON_URL = new URL('../../../../models/hedge-lexicon.json', import.meta.url);
let cached: HedgeLexicon | null = null;

/** The committed learned lexicon (models/hedge-lexicon.json), read once. */
export function loadHedgeLexicon(): HedgeLexicon {
  if (cached === null) cached = JSON.parse(readFileSync(LEXICON_URL, 'utf8')) as HedgeLexicon;
  return cached;
}
