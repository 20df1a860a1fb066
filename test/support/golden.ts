import { fileURLToPath } from 'node:url';
import { Engine } from '../../src/engine/engine.js';
import { ingestInputs } from '../../src/ingest/ingest.js';
import type { Dossier } from '../../src/model/dossier.js';
import { openRepository } from '../../src/store/open-repository.js';

/** The repository root (dist/test/support → three levels up). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The dossier of a folder of the repository, with sources relative to the root so it is the same on every machine. */
export async function dossierOf(relativeDir: string): Promise<Dossier> {
  const repo = await openRepository(':memory:');
  try {
    const engine = await Engine.open(repo);
    await engine.ingest(ingestInputs([ROOT + relativeDir], {}));
    const stories = await engine.stories();
    const json = JSON.stringify({ stories }).split(JSON.stringify(ROOT).slice(1, -1)).join('');
    return JSON.parse(json) as Dossier;
  } finally {
    await repo.close();
  }
}
