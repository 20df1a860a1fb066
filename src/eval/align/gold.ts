import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createError } from '../../errors.js';
import type { ArticleDoc } from '../../model/article.js';
import { docFromLines } from '../lines-doc.js';
import { ingestInputs } from '../../ingest/ingest.js';

/**
 * Story-level alignment gold (docs/align-gold.md): a story's articles, by reference to a corpus in
 * ../shared/data (never copied), and every fact that two or more of them state, marked as
 * character spans of the raw article text.
 */
export type GoldSpan = [article: string, start: number, end: number];

export interface GoldFact {
  /** The fact in the annotator's own words. */
  fact: string;
  /** The sentences (spans) that state it; at least two articles. */
  in: GoldSpan[];
}

export interface GoldContradiction {
  about: string;
  a: GoldSpan;
  b: GoldSpan;
}

export interface AlignGoldStory {
  story: string;
  /** Short label for the article key → corpus reference: `ecbplus:<id>`, `polnear:<split>/<name>`. */
  articles: Record<string, string>;
  facts: GoldFact[];
  contradictions: GoldContradiction[];
}

interface PolnearMeta {
  publisher: string;
  date: string;
}

function polnearMeta(dataDir: string): Map<string, PolnearMeta> {
  const out = new Map<string, PolnearMeta>();
  const file = join(dataDir, 'polnear', 'metadata.tsv');
  if (!existsSync(file)) return out;
  const [head, ...rows] = readFileSync(file, 'utf8').split('\n');
  const cols = (head ?? '').split('\t');
  const at = (name: string) => cols.indexOf(name);
  for (const row of rows) {
    const f = row.split('\t');
    const name = f[at('filename')];
    if (name) out.set(name, { publisher: f[at('publisher')] ?? '', date: f[at('publication_date')] ?? '' });
  }
  return out;
}

/** Resolves corpus references to raw-text documents whose offsets index the raw text exactly. */
export class GoldCorpus {
  private ecb: Map<string, string> | null = null;
  private meta: Map<string, PolnearMeta> | null = null;
  constructor(readonly dataDir: string) {}

  private ecbText(id: string): string | undefined {
    if (!this.ecb) {
      this.ecb = new Map();
      const file = join(this.dataDir, 'ecbplus', 'ecbplus.jsonl');
      if (!existsSync(file)) throw createError('CC_DATA_MISSING', file);
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const o = JSON.parse(line) as { id: string; text: string };
        this.ecb.set(o.id, o.text);
      }
    }
    return this.ecb.get(id);
  }

  /** The document of a reference, with outlet and date where the corpus gives them. */
  doc(key: string, ref: string): ArticleDoc {
    const [corpus, rest = ''] = ref.split(/:(.*)/s, 2) as [string, string?];
    if (corpus === 'ecbplus') {
      const text = this.ecbText(rest);
      if (text === undefined) throw createError('CC_DATA_MISSING', `${ref} in ${this.dataDir}`);
      return docFromLines(key, text, ref);
    }
    if (corpus === 'polnear') {
      const file = join(this.dataDir, 'polnear', `${rest.replace('/', '/text/')}.txt`);
      if (!existsSync(file)) throw createError('CC_DATA_MISSING', file);
      const doc = docFromLines(key, readFileSync(file, 'utf8'), ref);
      this.meta ??= polnearMeta(this.dataDir);
      const m = this.meta.get(rest.split('/').pop() ?? '');
      if (m) {
        doc.outlet = m.publisher || null;
        doc.published = /^\d{4}-\d\d-\d\d$/.test(m.date) ? m.date : null;
      }
      return doc;
    }
    throw createError('CC_DATA_MISSING', `unknown corpus in ${ref}`);
  }
}

/**
 * The documents of a gold story, keyed as in the gold file. `examples:<path>` refers to a file of
 * the repository (relative to `root`) and goes through the ordinary ingest, since the example corpus
 * is the product's own input (its spans index the extracted text). A file that yields several
 * articles (JSON lines, a feed) is referenced one article at a time as `examples:<path>#<n>`: the
 * n-th article (0-based) in the order the ingest yields them; without `#<n>` the file must yield
 * exactly one article.
 */
export async function goldDocs(corpus: GoldCorpus, gold: Pick<AlignGoldStory, 'articles'>, root: string): Promise<Map<string, ArticleDoc>> {
  const out = new Map<string, ArticleDoc>();
  for (const [key, ref] of Object.entries(gold.articles)) {
    if (ref.startsWith('examples:')) out.set(key, await exampleDoc(key, ref, root));
    else out.set(key, corpus.doc(key, ref));
  }
  return out;
}

/** One article of an `examples:<path>[#<n>]` reference, read through the ordinary ingest. */
async function exampleDoc(key: string, ref: string, root: string): Promise<ArticleDoc> {
  const m = /^examples:(.+?)(?:#(\d+))?$/s.exec(ref);
  if (!m) throw createError('CC_DATA_MISSING', `bad reference ${ref}`);
  const [, path = '', nth] = m;
  const docs: ArticleDoc[] = [];
  for await (const item of ingestInputs([join(root, path)], {})) {
    if (item.kind === 'error') throw item.error;
    docs.push(item.doc);
  }
  if (nth === undefined && docs.length !== 1) {
    throw createError('CC_DATA_MISSING', `${ref} yields ${docs.length} articles; reference one as ${ref}#<n> (0-based)`);
  }
  const doc = docs[nth === undefined ? 0 : Number(nth)];
  if (!doc) throw createError('CC_DATA_MISSING', `${ref}: ${path} yields only ${docs.length} article(s)`);
  doc.id = key;
  return doc;
}

export function readGoldStory(file: string): AlignGoldStory {
  const o = JSON.parse(readFileSync(file, 'utf8')) as AlignGoldStory;
  o.contradictions ??= [];
  return o;
}
