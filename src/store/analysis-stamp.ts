import { readdirSync } from 'node:fs';
import { ABBREVIATIONS, SENTENCE_STARTERS } from '../nlp/abbreviations.js';
import { tokenizeText } from '../nlp/tokenize.js';
import { packageRoot } from '../util/package-root.js';
import { fileHash, shortHash } from '../util/file-hash.js';

/**
 * The version of the analysis code. Bump it with any change to code that changes what is stored
 * for an article or a story (an nlp step, a story step, the tokenizer, the dossier's shape) without
 * changing a model or word-list file: every stored row then reads as stale until
 * `crosscheck rebuild` re-analyses it (docs/development.md, "Stored analysis").
 */
export const ANALYSIS_VERSION = 1;

/**
 * Text whose tokens enter the stamp: stored sentences index tokens that decoding recomputes, so a
 * tokenizer change must make stored rows stale even if nobody bumped ANALYSIS_VERSION.
 */
const TOKENIZER_PROBE = "Lt. Gen. A. B. Smith's U.S. firm (Acme Inc.) didn't pay $3,400.50 on Jan. 5th, 2031 — 12% of e.g. 1/2 at 10:30 a.m. in St. Louis.";

/** Environment variable mixed into the stamp: a different value reads as a different analysis (tests, a forced rebuild). */
export const STAMP_SALT_ENV = 'CROSSCHECK_ANALYSIS_SALT';

/** Short hashes of every file in a folder of the package (sorted by name), or {} when the folder is missing. */
function folderHashes(folder: string): Record<string, string | null> {
  const dir = new URL(`${folder}/`, packageRoot());
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return {};
  }
  return Object.fromEntries(names.map((n) => [n, fileHash(new URL(n, dir))]));
}

/** Everything the stamp is a hash of (exported for tests). */
export function stampInputs(): Record<string, unknown> {
  return {
    version: ANALYSIS_VERSION,
    // Every model the analysis loads lives in models/; a stray file there only costs a rebuild.
    models: folderHashes('models'),
    lexicons: folderHashes('src/nlp/lexicon'),
    abbreviations: [...ABBREVIATIONS].sort(),
    sentenceStarters: [...SENTENCE_STARTERS].sort(),
    tokens: tokenizeText(TOKENIZER_PROBE).map((t) => [t.start, t.end]),
    salt: process.env[STAMP_SALT_ENV] ?? '',
  };
}

let cached: string | undefined;

/**
 * The analysis stamp of this process: a short hash of the model files, the word lists, the
 * tokenizer tables and ANALYSIS_VERSION. Every stored article and dossier carries the stamp of the
 * code that produced it; a row with another stamp (or none: a database from before stamps) is stale.
 * Computed once per thread (reading the models costs a few tens of milliseconds).
 */
export function analysisStamp(): string {
  cached ??= shortHash(JSON.stringify(stampInputs()));
  return cached;
}
