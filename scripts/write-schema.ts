/** Regenerates docs/dossier.schema.json from the TypeBox schemas in src/model/dossier.ts. */
import { writeFileSync } from 'node:fs';
import { dossierJsonSchema } from '../src/model/dossier-json-schema.js';

const target = new URL('../../docs/dossier.schema.json', import.meta.url);
writeFileSync(target, JSON.stringify(dossierJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target.pathname}`);
