import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createError } from '../../errors.js';
import { parseBratAttributions, type GoldRelation } from './brat-attributions.js';

/** One PolNeAR text with its gold relations (from the first annotator file, sorted by name). */
export interface PolnearText {
  name: string;
  text: string;
  gold: GoldRelation[];
}

/** The annotator files of one text, sorted by name (the first one is the gold of the evaluation). */
function goldFiles(dir: string, name: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith(name + '_') && f.endsWith('.ann') && /^_[^_]+\.ann$/.test(f.slice(name.length)))
    .sort()
    .map((f) => join(dir, f));
}

function goldFile(dir: string, name: string): string | null {
  return goldFiles(dir, name)[0] ?? null;
}

/** A text annotated by two annotators: their relations side by side (the human ceiling). */
export interface DoublyAnnotated {
  name: string;
  first: GoldRelation[];
  second: GoldRelation[];
}

/** The texts of a split with at least two annotator files, the first two of each in name order. */
export function readDoublyAnnotated(path: string): DoublyAnnotated[] {
  const textDir = join(path, 'text');
  const annDir = join(path, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw createError('CC_DATA_MISSING', path);
  const out: DoublyAnnotated[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.slice(0, -4);
    const [a, b] = goldFiles(annDir, name);
    if (!a || !b) continue;
    out.push({ name, first: parseBratAttributions(readFileSync(a, 'utf8')), second: parseBratAttributions(readFileSync(b, 'utf8')) });
  }
  return out;
}

/** The annotated texts of a PolNeAR split directory (`text/`, `attributions/`), in name order. */
export function readPolnear(path: string, limit = Number.POSITIVE_INFINITY): PolnearText[] {
  const textDir = join(path, 'text');
  const annDir = join(path, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw createError('CC_DATA_MISSING', path);
  const out: PolnearText[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    if (out.length >= limit) break;
    const name = file.slice(0, -4);
    const ann = goldFile(annDir, name);
    if (!ann) continue;
    out.push({ name, text: readFileSync(join(textDir, file), 'utf8'), gold: parseBratAttributions(readFileSync(ann, 'utf8')) });
  }
  return out;
}
