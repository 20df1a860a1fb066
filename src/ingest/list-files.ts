import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Files under a path: the path itself when it is a file, else every file below it, recursively,
 * in sorted order (runs must be reproducible), skipping hidden files and folders.
 */
export async function* listFiles(p: string): AsyncGenerator<string> {
  const st = await stat(p);
  if (!st.isDirectory()) {
    yield p;
    return;
  }
  const entries = (await readdir(p, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const child = path.join(p, e.name);
    if (e.isDirectory()) yield* listFiles(child);
    else if (e.isFile() || e.isSymbolicLink()) yield child;
  }
}
