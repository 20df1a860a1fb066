import { isCrosscheckError } from '../errors.js';
import { EXIT, type Command } from './command.js';
import { analyzeCommand } from './commands/analyze.js';
import { demoCommand } from './commands/demo.js';
import { evalCommand } from './commands/eval.js';
import { ingestCommand } from './commands/ingest.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { storiesCommand } from './commands/stories.js';
import { watchCommand } from './commands/watch.js';
import { workerCommand } from './commands/worker.js';

const commands: Command[] = [ingestCommand, storiesCommand, showCommand, analyzeCommand, serveCommand, watchCommand, workerCommand, evalCommand, demoCommand];

const usage = `crosscheck — cross-check the news

Usage: crosscheck <command> [options]   (crosscheck <command> --help for details)

${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Exit codes: 0 ok, 1 usage, 2 some input failed (the rest was stored), 3 task not built,
4 not found, 5 internal or database error. See docs/cli.md.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`unknown command: ${name}\n\n${usage}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (isCrosscheckError(e)) {
      console.error(`crosscheck ${name}: ${e.code}: ${e.message}`);
      return e.exitCode;
    }
    console.error(`crosscheck ${name}: internal error:`, e);
    return EXIT.internal;
  }
}
