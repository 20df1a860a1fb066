import { readFileSync } from 'node:fs';
import type { EntityType } from '../../model/annotation.js';

/** One sentence of a CoNLL file: words and their gold entity spans. */
export interface ConllSentence {
  words: string[];
  /** Gold entities as token ranges [start, end). */
  entities: TokenEntity[];
  /** Index of the `-DOCSTART-` document the sentence belongs to. */
  doc: number;
}

/** An entity over tokens [start, end) of one sentence. */
export interface TokenEntity {
  start: number;
  end: number;
  type: EntityType;
}

const CONLL_TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/** The dossier entity type of a CoNLL type name, or null for an unknown name. */
export function conllType(name: string): EntityType | null {
  return CONLL_TYPES[name] ?? null;
}

/**
 * Entities from IOB1 or IOB2 tags. An I- tag after O or after another type opens an entity,
 * which is how IOB1 files mark most starts; B- always opens one.
 */
export function entitiesFromIob(tags: readonly string[]): TokenEntity[] {
  const out: TokenEntity[] = [];
  let open: TokenEntity | null = null;
  tags.forEach((tag, i) => {
    const m = /^([BI])-(\w+)$/.exec(tag);
    const type = m ? conllType(m[2]!) : null;
    if (!m || type === null) {
      open = null;
      return;
    }
    if (m[1] === 'I' && open !== null && open.type === type && open.end === i) {
      open.end = i + 1;
      return;
    }
    open = { start: i, end: i + 1, type };
    out.push(open);
  });
  return out;
}

/** Parse CoNLL-2003 text (`word POS chunk NER` per line, blank line between sentences). */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let doc = -1;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length > 0) out.push({ words, entities: entitiesFromIob(tags), doc: Math.max(doc, 0) });
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '') {
      flush();
      continue;
    }
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc++;
      continue;
    }
    words.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  flush();
  return out;
}

export function readConll(path: string | URL): ConllSentence[] {
  return parseConll(readFileSync(path, 'utf8'));
}
