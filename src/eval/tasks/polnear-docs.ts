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

function goldFile(dir: string, name: string): string | null {
  const files = readdirSync(dir).filter((f) => f.startsWith(name + '_') && f.endsWith('.ann') && /^_[^_]+\.ann$/.test(f.slice(name.length))).sort();
  return files[0] ? join(dir, files[0]) : null;
}

/** The annotated texts of a PolNeAR split directory (`text/`, `attributions/`), in name order. */
export function readPolnear(path: string, limit = Infinity): PolnearText[] {
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
