import { writeFileSync } from 'node:fs';
import { Engine } from '../../engine.js';
import { CrosscheckError } from '../../errors.js';
import { isFormat, renderers } from '../../render/formats.js';
import { openRepository } from '../../store/open-repository.js';
import { EXIT, type Command } from '../command.js';
import { parse } from '../options.js';
import { runIngest } from '../run-ingest.js';

const usage = `crosscheck analyze <inputs…> [--format json|md|html] [--out FILE] [--db PATH] [--allow-private]

Ingest the inputs, group them into stories and print every story's dossier.
Without --db the work is done in memory and nothing is kept.`;

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'print the dossiers of the stories in the inputs (json, md or html)',
  usage,
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, db: { type: 'string' }, 'allow-private': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } },
      usage,
    );
    if (values.help) return void console.log(usage), EXIT.ok;
    if (positionals.length === 0) return void console.error(usage), EXIT.usage;
    const format = values.format ?? 'json';
    if (!isFormat(format)) throw new CrosscheckError('CC_USAGE', [`unknown format ${format} (json, md, html)`]);
    const repo = await openRepository(values.db ?? ':memory:');
    try {
      const report = await runIngest(repo, positionals, { allowPrivate: values['allow-private'] === true, quiet: values.quiet === true });
      const engine = await Engine.open(repo);
      const text = renderers[format]({ stories: await engine.stories() });
      if (values.out) writeFileSync(values.out, text);
      else process.stdout.write(text);
      return report.errors.length > 0 ? EXIT.input : EXIT.ok;
    } finally {
      await repo.close();
    }
  },
};
