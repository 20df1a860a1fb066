import { DossierSchema } from './dossier.js';

/** The dossier contract as a standalone JSON Schema (draft 2020-12) document. */
export function dossierJsonSchema(): Record<string, unknown> {
  // TypeBox schemas are plain JSON Schema objects; JSON round-trip drops its internal symbols.
  const body = JSON.parse(JSON.stringify(DossierSchema)) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'crosscheck dossier',
    description: 'Output of `crosscheck analyze --format json` and the story objects of the HTTP API.',
    ...body,
  };
}
