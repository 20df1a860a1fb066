import { readFileSync } from 'node:fs';
import { packageRoot } from '../../util/package-root.js';

/**
 * Word lists kept as data files under src/nlp/lexicon/: one entry per line, `# ` comments,
 * `[section]` headers. Read once per file from the package root (the same path from src/ and dist/).
 */
export type WordLists = ReadonlyMap<string, readonly string[]>;

const cache = new Map<string, WordLists>();

/** Parse a word-list file: entries before any header go to the section "". */
export function parseWordLists(text: string): WordLists {
  const out = new Map<string, string[]>();
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const header = /^\[([\w-]+)\]$/.exec(line);
    if (header) {
      section = header[1]!;
      if (!out.has(section)) out.set(section, []);
      continue;
    }
    const list = out.get(section) ?? [];
    list.push(line.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
    out.set(section, list);
  }
  return out;
}

/** The word lists of src/nlp/lexicon/<file>. */
export function wordLists(file: string): WordLists {
  let lists = cache.get(file);
  if (!lists) {
    lists = parseWordLists(readFileSync(new URL(`src/nlp/lexicon/${file}`, packageRoot()), 'utf8'));
    cache.set(file, lists);
  }
  return lists;
}

/** One section of a word-list file as a set ("" = the entries before any header). */
export function wordSet(file: string, section = ''): ReadonlySet<string> {
  const list = wordLists(file).get(section);
  if (!list) throw new Error(`no section [${section}] in src/nlp/lexicon/${file}`);
  return new Set(list);
}
