import { Type } from '@sinclair/typebox';
import { CrosscheckError } from '../../errors.js';
import { renderers } from '../../render/formats.js';
import { openRepository } from '../../store/open-repository.js';
import { defineCommand, EXIT } from '../command.js';
import { DbOption, dbPath, FormatOption } from '../options.js';
import { warnIfStale } from '../stale-check.js';

const usage = `crosscheck show <story-id> [--db PATH] [--format json|md|html]

Print one stored story's dossier (Markdown by default). A database holding analyses of another
version is shown as stored, with a CC_STALE_ANALYSIS warning on stderr (run \`crosscheck rebuild\`).`;

export const showCommand = defineCommand({
  name: 'show',
  summary: "print one story's dossier",
  usage,
  options: Type.Object({ db: DbOption, format: FormatOption }),
  positionals: ['story-id'],
  async run(values, [id]) {
    const db = dbPath(values.db, './crosscheck.db');
    const repo = await openRepository(db, { mustExist: true });
    try {
      await warnIfStale(repo, db, 'show');
      const story = await repo.getStory(id!);
      if (!story) throw new CrosscheckError('CC_STORY_NOT_FOUND', [id!]);
      process.stdout.write(renderers[values.format ?? 'md']({ stories: [story] }));
      return EXIT.ok;
    } finally {
      await repo.close();
    }
  },
});
