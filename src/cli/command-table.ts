import type { Command } from './command.js';
import { analyzeCommand } from './commands/analyze.js';
import { demoCommand } from './commands/demo.js';
import { evalCommand } from './commands/eval.js';
import { ingestCommand } from './commands/ingest.js';
import { rebuildCommand } from './commands/rebuild.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { storiesCommand } from './commands/stories.js';
import { watchCommand } from './commands/watch.js';
import { workerCommand } from './commands/worker.js';

/** Every CLI command, in the order `crosscheck --help` lists them (the malformed-input test walks this table). */
export const commands: readonly Command[] = [ingestCommand, storiesCommand, showCommand, analyzeCommand, rebuildCommand, serveCommand, watchCommand, workerCommand, evalCommand, demoCommand];
