import { readFileSync } from 'node:fs';

/** One sentence of a CoNLL-2003 file with its gold part-of-speech and phrase-chunk columns. */
export interface SyntaxSentence {
  words: string[];
  pos: string[];
  chunk: string[];
}

/** Sentences of a `word POS chunk NER` file; document separators and blank lines end sentences. */
export function readSyntaxSentences(path: string): SyntaxSentence[] {
  const out: SyntaxSentence[] = [];
  let cur: SyntaxSentence = { words: [], pos: [], chunk: [] };
  const flush = () => {
    if (cur.words.length > 0) out.push(cur);
    cur = { words: [], pos: [], chunk: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols.length < 3 || cols[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    cur.words.push(cols[0]!);
    cur.pos.push(cols[1]!);
    cur.chunk.push(cols[2]!);
  }
  flush();
  return out;
}
