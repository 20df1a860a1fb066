import type { ArticleDoc } from '../model/article.js';
import { annotationsOf } from '../model/article.js';
import type { Story } from '../model/dossier.js';
import type { Span } from '../model/span.js';
import { spansOverlap } from '../model/span.js';
import { normalKey } from './entity-keys.js';

/** The outlet an article credits in the sentence that carries a claim ("according to The New York Times"), or null. */
export function viaOutlet(doc: ArticleDoc, sentence: Span): string | null {
  // The last outlet named is the one that carried the report: "told the BBC's U.S. partner, CBS News".
  const a = annotationsOf(doc, 'attribution').filter((x) => x.citedKind === 'outlet' && (spansOverlap(x, sentence) || (x.content !== null && spansOverlap(x.content, sentence))));
  return a.length > 0 ? a.reduce((x, y) => (y.start > x.start ? y : x)).cited : null;
}

/**
 * The independent source behind one supporting article: the credited outlet when it repeats
 * another outlet's report, else its own outlet, else (unknown outlet) the article itself.
 * Near-duplicates count as the article they copy.
 */
export function sourceKey(story: Story, doc: ArticleDoc, via: string | null): { key: string; label: string } {
  if (via) return { key: `o:${normalKey(via)}`, label: via };
  const art = story.articles.find((a) => a.id === doc.id);
  const original = art?.duplicateOf ? story.articles.find((a) => a.id === art.duplicateOf) : undefined;
  const base = original ?? art;
  const outlet = base?.outlet ?? (original ? null : doc.outlet);
  if (outlet) return { key: `o:${normalKey(outlet)}`, label: outlet };
  const id = base?.id ?? doc.id;
  return { key: `a:${id}`, label: id };
}

/** One place that supports a claim: an article's sentence. */
export interface SupportPlace {
  doc: ArticleDoc;
  sentence: Span;
}

/** Who stands behind a claim: the independent originators, and per support place the outlet it credits. */
export interface ClaimSources {
  /** Labels of the distinct originators, in order of first support. */
  independentSources: string[];
  /** Per support place (same order): the outlet the article credits for it, or null. */
  via: (string | null)[];
}

/** The originators behind a claim's support places (the one place the claims step asks). */
export function claimSources(story: Story, places: readonly SupportPlace[]): ClaimSources {
  const sources = new Map<string, string>();
  const via = places.map((p) => {
    const v = viaOutlet(p.doc, p.sentence);
    const src = sourceKey(story, p.doc, v);
    if (!sources.has(src.key)) sources.set(src.key, src.label);
    return v;
  });
  return { independentSources: [...sources.values()], via };
}
