import { openRepository } from '../../store/open-repository.js';
import type { StoryQuery } from '../../store/repository.js';
import { CrosscheckError } from '../../errors.js';
import { EXIT, type Command } from '../command.js';
import { dbPath, parse } from '../options.js';

const usage = `crosscheck stories [--db PATH] [--q TEXT] [--sort size|recency|disputes] [--limit N] [--json]

List the stored stories.`;

const sorts = new Set(['size', 'recency', 'disputes']);

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'list stored stories',
  usage,
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, q: { type: 'string' }, sort: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } }, usage);
    if (values.help) return void console.log(usage), EXIT.ok;
    const sort = values.sort ?? 'size';
    if (!sorts.has(sort)) throw new CrosscheckError('CC_USAGE', [`unknown sort ${sort}`]);
    const repo = await openRepository(dbPath(values.db, './crosscheck.db'));
    try {
      const query: StoryQuery = { sort: sort as NonNullable<StoryQuery['sort']>, limit: Number(values.limit ?? 50) };
      if (values.q) query.q = values.q;
      const list = await repo.listStories(query);
      if (values.json) console.log(JSON.stringify(list, null, 2));
      else
        for (const s of list)
          console.log(`${s.id}  ${String(s.articleCount).padStart(3)} articles  ${String(s.outletCount).padStart(3)} outlets  ${s.corroborated} corroborated  ${s.discrepancies} discrepancies  ${s.headline}`);
      return EXIT.ok;
    } finally {
      await repo.close();
    }
  },
};
