import type { Dossier } from '../model/dossier.js';
import { dossierHtml } from './html.js';
import { dossierMarkdown } from './markdown.js';

export type Format = 'json' | 'md' | 'html';

export const renderers: Record<Format, (d: Dossier) => string> = {
  json: (d) => JSON.stringify(d, null, 2) + '\n',
  md: dossierMarkdown,
  html: dossierHtml,
};

export function isFormat(s: string): s is Format {
  return Object.hasOwn(renderers, s);
}
