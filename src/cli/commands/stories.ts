import { Type } from '@sinclair/typebox';
import { openRepository } from '../../store/open-repository.js';
import { defineCommand, EXIT } from '../command.js';
import { DbOption, dbPath, Flag, StoryListOptions } from '../options.js';
import { warnIfStale } from '../stale-check.js';

const usage = `crosscheck stories [--db PATH] [--q TEXT] [--sort size|recency|disputes] [--limit N] [--json]

List the stored stories (--limit 1 to 200, default 50). A database holding analyses of another
version is listed as stored, with a CC_STALE_ANALYSIS warning on stderr (run \`crosscheck rebuild\`).`;

export const storiesCommand = defineCommand({
  name: 'stories',
  summary: 'list stored stories',
  usage,
  options: Type.Object({ db: DbOption, q: StoryListOptions.q, sort: StoryListOptions.sort, limit: StoryListOptions.limit, json: Flag() }),
  positionals: [],
  async run(values) {
    const db = dbPath(values.db, './crosscheck.db');
    const repo = await openRepository(db, { mustExist: true });
    try {
      await warnIfStale(repo, db, 'stories');
      const list = await repo.listStories({ sort: values.sort ?? 'size', limit: values.limit ?? 50, ...(values.q ? { q: values.q } : {}) });
      if (values.json) console.log(JSON.stringify(list, null, 2));
      else
        for (const s of list)
          console.log(`${s.id}  ${String(s.articleCount).padStart(3)} articles  ${String(s.outletCount).padStart(3)} outlets  ${s.corroborated} corroborated  ${s.discrepancies} discrepancies  ${s.headline}`);
      return EXIT.ok;
    } finally {
      await repo.close();
    }
  },
});
