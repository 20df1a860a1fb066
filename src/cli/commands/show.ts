import { CrosscheckError } from '../../errors.js';
import { isFormat, renderers } from '../../render/formats.js';
import { openRepository } from '../../store/open-repository.js';
import { EXIT, type Command } from '../command.js';
import { dbPath, parse } from '../options.js';

const usage = `crosscheck show <story-id> [--db PATH] [--format json|md|html]

Print one stored story's dossier (Markdown by default).`;

export const showCommand: Command = {
  name: 'show',
  summary: "print one story's dossier",
  usage,
  async run(argv) {
    const { values, positionals } = parse(argv, { db: { type: 'string' }, format: { type: 'string', short: 'f' } }, usage);
    if (values.help) return void console.log(usage), EXIT.ok;
    const id = positionals[0];
    if (!id) return void console.error(usage), EXIT.usage;
    const format = values.format ?? 'md';
    if (!isFormat(format)) throw new CrosscheckError('CC_USAGE', [`unknown format ${format} (json, md, html)`]);
    const repo = await openRepository(dbPath(values.db, './crosscheck.db'));
    try {
      const story = await repo.getStory(id);
      if (!story) throw new CrosscheckError('CC_STORY_NOT_FOUND', [id]);
      process.stdout.write(renderers[format]({ stories: [story] }));
      return EXIT.ok;
    } finally {
      await repo.close();
    }
  },
};
