import { existsSync } from 'node:fs';

/**
 * The folder holding package.json, found by walking up from this module. The same code runs
 * compiled from dist/src/server/ and from src/server/, so a fixed relative path would break one.
 */
export function packageRoot(): URL {
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i < 6; i++) {
    if (existsSync(new URL('package.json', dir))) return dir;
    dir = new URL('../', dir);
  }
  throw new Error('package.json not found above ' + import.meta.url);
}
