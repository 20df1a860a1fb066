/**
 * `npm run golden`: regenerate the golden dossier of the example corpus (test/golden/) and print
 * which parts changed, so the diff can be reviewed before it is committed (readability's
 * test-pages workflow). The golden test fails until the new output is reviewed and committed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dossierOf, ROOT } from '../test/support/golden.js';
import { renderers } from '../src/render/formats.js';

const target = `${ROOT}test/golden/examples.dossier.json`;
const before = existsSync(target) ? (JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>) : null;
const dossier = await dossierOf('examples');

function diff(a: unknown, b: unknown, path: string, out: string[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (a && b && typeof a === 'object' && typeof b === 'object' && out.length < 200) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
  } else out.push(path);
}

const changed: string[] = [];
diff(before, dossier, '$', changed);
writeFileSync(target, JSON.stringify(dossier, null, 2) + '\n');
writeFileSync(`${ROOT}test/golden/examples.dossier.md`, renderers.md(dossier));
console.log(changed.length === 0 ? 'golden output unchanged' : `changed (review with git diff test/golden):\n  ${changed.slice(0, 60).join('\n  ')}`);
