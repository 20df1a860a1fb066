import type { ArticleDoc } from '../model/article.js';
import { entitiesStep } from './ner/sentence-entities.js';
import { quotesStep } from './quotes/sentence-quotes.js';
import { attributionsStep } from './attribution/attributions.js';
import { segment } from './sentences.js';
import { annotateDates } from './dates.js';
import { annotateNumbers } from './numbers.js';
import { annotateClaims } from './claims/sentence-claims.js';
import { hedges } from './hedges/sentence-hedges.js';

/**
 * One analysis step over one document: it reads what earlier steps added and adds its own
 * annotations (unified-plugin style). Steps never throw on content; they record messages.
 */
export interface DocStep {
  readonly name: string;
  run(doc: ArticleDoc): void;
}

/** The document pipeline, in order. Each step lives in its own file under src/nlp/. */
export const docSteps: DocStep[] = [
  { name: 'segment', run: segment },
  entitiesStep,
  quotesStep,
  attributionsStep,
  { name: 'dates', run: annotateDates },
  { name: 'numbers', run: annotateNumbers },
  { name: 'hedges', run: hedges },
  // claims read entities, quotes and hedges: keep this step after those.
  { name: 'claims', run: annotateClaims },
];

export function analyseDoc(doc: ArticleDoc, steps: readonly DocStep[] = docSteps): ArticleDoc {
  for (const step of steps) step.run(doc);
  return doc;
}
