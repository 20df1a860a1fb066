import { stat } from 'node:fs/promises';
import { listFiles } from '../ingest/list-files.js';

const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/**
 * Remembers what a watched input looked like on the last round, so that a growing folder only
 * sends new or changed files to ingest. URLs (feeds) are always re-read: their new items are
 * recognised by content hash before any analysis.
 */
export class ChangedInputs {
  private readonly seen = new Map<string, string>();

  async next(inputs: string[]): Promise<string[]> {
    const out: string[] = [];
    for (const input of inputs) {
      if (isUrl(input)) {
        out.push(input);
        continue;
      }
      try {
        for await (const file of listFiles(input)) {
          const st = await stat(file);
          const sig = `${st.size}:${st.mtimeMs}`;
          if (this.seen.get(file) === sig) continue;
          this.seen.set(file, sig);
          out.push(file);
        }
      } catch {
        out.push(input); // let ingest report the missing or unreadable input by name
      }
    }
    return out;
  }
}
