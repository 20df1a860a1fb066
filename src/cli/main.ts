import { isCrosscheckError } from '../errors.js';
import { VERSION } from '../server/health-routes.js';
import { EXIT, type Command } from './command.js';
import { commands } from './command-table.js';
import { didYouMean, parseCommandLine } from './options.js';

const usage = `crosscheck — cross-check the news

Usage: crosscheck <command> [options]   (crosscheck <command> --help for details)

${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

  --version  print the version

Exit codes: 0 ok, 1 usage, 2 some input failed (the rest was stored), 3 task not built,
4 not found, 5 internal or database error, 6 every input failed (nothing stored), 7 stored analysis
out of date (run crosscheck rebuild). See docs/cli.md.`;

/** The first line of a command's usage, printed under a usage error (the whole text is --help). */
const synopsis = (c: Command) => `usage: ${c.usage.split('\n')[0]}`;

async function runCommand(command: Command, argv: string[]): Promise<number> {
  const { values, positionals, help } = parseCommandLine(argv, command.options, command.positionals);
  if (help) {
    console.log(command.usage);
    return EXIT.ok;
  }
  return command.run(values, positionals);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-V') {
    console.log(VERSION);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const hint = didYouMean(name, commands.map((c) => c.name), '');
    console.error(`crosscheck: CC_USAGE: unknown command ${name}${hint}\n\n${usage}`);
    return EXIT.usage;
  }
  try {
    return await runCommand(command, rest);
  } catch (e) {
    if (isCrosscheckError(e)) {
      console.error(`crosscheck ${name}: ${e.code}: ${e.message}${e.code === 'CC_USAGE' ? `\n${synopsis(command)}` : ''}`);
      return e.exitCode;
    }
    // A bug: one line for the user; the stack only when asked for (it means nothing to most users).
    const message = e instanceof Error ? e.message : String(e);
    console.error(`crosscheck ${name}: CC_INTERNAL: internal error: ${message}`);
    if (process.env.CROSSCHECK_DEBUG === '1') console.error(e);
    else console.error('(set CROSSCHECK_DEBUG=1 to see where it happened, and please file an issue)');
    return EXIT.internal;
  }
}
