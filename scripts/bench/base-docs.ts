import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BaseDoc {
  id: string;
  text: string;
}

/** The real news texts in ../shared/data: ECB+ documents, PolNeAR articles and CoNLL-2003 documents. */
export function loadBaseDocs(dataDir: string): BaseDoc[] {
  const out: BaseDoc[] = [];
  const ecb = join(dataDir, 'ecbplus/ecbplus.jsonl');
  if (existsSync(ecb))
    for (const line of readFileSync(ecb, 'utf8').split('\n'))
      if (line.trim()) {
        const j = JSON.parse(line) as { id: string; text: string };
        out.push({ id: `ecb-${j.id}`, text: j.text });
      }
  for (const split of ['train', 'dev']) {
    const dir = join(dataDir, 'polnear', split, 'text');
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) out.push({ id: `pn-${f}`, text: readFileSync(join(dir, f), 'utf8') });
  }
  for (const split of ['train', 'valid']) {
    const file = join(dataDir, 'conll2003', `${split}.txt`);
    if (!existsSync(file)) continue;
    let sentences: string[] = [];
    let words: string[] = [];
    let n = 0;
    const flush = () => {
      if (words.length) sentences.push(words.join(' '));
      words = [];
    };
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.startsWith('-DOCSTART-')) {
        flush();
        if (sentences.length) out.push({ id: `conll-${split}-${n++}`, text: sentences.join('\n') });
        sentences = [];
      } else if (!line.trim()) flush();
      else words.push(line.split(' ')[0]!);
    }
    flush();
    if (sentences.length) out.push({ id: `conll-${split}-${n++}`, text: sentences.join('\n') });
  }
  return out;
}
