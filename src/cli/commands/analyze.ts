import { writeFileSync } from 'node:fs';
import { Type } from '@sinclair/typebox';
import { Engine } from '../../engine/engine.js';
import { CrosscheckError } from '../../errors.js';
import { renderers } from '../../render/formats.js';
import { openRepository } from '../../store/open-repository.js';
import { batchExit, defineCommand } from '../command.js';
import { DbOption, Flag, FormatOption, QuietOption } from '../options.js';
import { runIngest } from '../run-ingest.js';
import { requireCurrent } from '../stale-check.js';

const usage = `crosscheck analyze <inputs…> [--format json|md|html] [--out FILE] [--db PATH] [--allow-private] [--rebuild]

Ingest the inputs, group them into stories and print every story's dossier.
Without --db the work is done in memory and nothing is kept.
A database holding analyses of another version is refused (CC_STALE_ANALYSIS, exit 7) unless
--rebuild is given, which first re-analyses them as \`crosscheck rebuild\` does.`;

function writeOut(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new CrosscheckError('CC_OUTPUT_UNWRITABLE', [file, e instanceof Error ? e.message : String(e)], { cause: e });
  }
}

export const analyzeCommand = defineCommand({
  name: 'analyze',
  summary: 'print the dossiers of the stories in the inputs (json, md or html)',
  usage,
  options: Type.Object({ format: FormatOption, out: Type.Optional(Type.String({ minLength: 1, maxLength: 4096, short: 'o' })), db: DbOption, 'allow-private': Flag(), rebuild: Flag(), quiet: QuietOption }),
  positionals: ['inputs…'],
  async run(values, inputs) {
    const repo = await openRepository(values.db ?? ':memory:');
    try {
      if (values.db !== undefined) await requireCurrent(repo, values.db, { rebuild: values.rebuild === true, quiet: values.quiet === true });
      const report = await runIngest(repo, inputs, { allowPrivate: values['allow-private'] === true, quiet: values.quiet === true, keeps: values.db !== undefined });
      const engine = await Engine.open(repo);
      const text = renderers[values.format ?? 'json']({ stories: await engine.stories() });
      if (values.out) writeOut(values.out, text);
      else process.stdout.write(text);
      return batchExit(report, report.stored + report.unchanged);
    } finally {
      await repo.close();
    }
  },
});
