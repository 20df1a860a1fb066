import { CrosscheckError } from '../errors.js';

/** One JSON-lines record; every field optional, `text` or `html` needed for an article. */
export interface JsonArticle {
  id?: string;
  url?: string;
  outlet?: string;
  title?: string;
  author?: string;
  published?: string;
  text?: string;
  html?: string;
}

const FIELDS = ['id', 'url', 'outlet', 'title', 'author', 'published', 'text', 'html'] as const;

export type JsonLine = { line: number; raw: string; record: JsonArticle } | { line: number; raw: string; error: CrosscheckError };

/**
 * Parse JSON lines one by one: a bad line becomes an error for that line only, so one broken
 * record never loses the rest of the file. Unknown fields are ignored; known fields must be strings.
 */
export function* parseJsonLines(text: string, input: string): Generator<JsonLine> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw.length === 0) continue;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      yield { line, raw, error: new CrosscheckError('CC_MALFORMED_JSON', [`${input}:${line}: ${(e as Error).message}`], { cause: e }) };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { line, raw, error: new CrosscheckError('CC_MALFORMED_JSON', [`${input}:${line}: not a JSON object`]) };
      continue;
    }
    const obj = value as Record<string, unknown>;
    const bad = FIELDS.find((f) => obj[f] !== undefined && obj[f] !== null && typeof obj[f] !== 'string' && !(f === 'id' && typeof obj[f] === 'number'));
    if (bad) {
      yield { line, raw, error: new CrosscheckError('CC_MALFORMED_JSON', [`${input}:${line}: field "${bad}" must be a string`]) };
      continue;
    }
    const record: JsonArticle = {};
    for (const f of FIELDS) {
      const v = obj[f];
      if (v !== undefined && v !== null && String(v).length > 0) record[f] = String(v);
    }
    yield { line, raw, record };
  }
}
