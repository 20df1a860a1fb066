import { Type } from '@sinclair/typebox';
import { CrosscheckError } from '../../errors.js';
import { renderers } from '../../render/formats.js';
import { openRepository } from '../../store/open-repository.js';
import { defineCommand, EXIT } from '../command.js';
import { DbOption, dbPath, FormatOption } from '../options.js';

const usage = `crosscheck show <story-id> [--db PATH] [--format json|md|html]

Print one stored story's dossier (Markdown by default).`;

export const showCommand = defineCommand({
  name: 'show',
  summary: "print one story's dossier",
  usage,
  options: Type.Object({ db: DbOption, format: FormatOption }),
  positionals: ['story-id'],
  async run(values, [id]) {
    const repo = await openRepository(dbPath(values.db, './crosscheck.db'), { mustExist: true });
    try {
      const story = await repo.getStory(id!);
      if (!story) throw new CrosscheckError('CC_STORY_NOT_FOUND', [id!]);
      process.stdout.write(renderers[values.format ?? 'md']({ stories: [story] }));
      return EXIT.ok;
    } finally {
      await repo.close();
    }
  },
});
