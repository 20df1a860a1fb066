import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CrosscheckError } from '../../errors.js';
import { evalTasks, type EvalTaskName } from '../../eval/registry.js';
import type { EvalReport } from '../../eval/task.js';
import { EXIT, type Command } from '../command.js';
import { parse } from '../options.js';

const names = Object.keys(evalTasks) as EvalTaskName[];
const usage = `crosscheck eval <task> <path> [--json]
crosscheck eval all <data-dir> [--json]

Score one part of the pipeline on a data set. Tasks:
${names.map((n) => `  ${n.padEnd(12)} ${evalTasks[n]?.describe ?? '(not built yet: exits 3)'}`).join('\n')}
'all' runs every built task on its folder below <data-dir> (../shared/data layout).`;

function isTask(s: string): s is EvalTaskName {
  return Object.hasOwn(evalTasks, s);
}

async function runTask(name: EvalTaskName, path: string): Promise<EvalReport> {
  const task = evalTasks[name];
  if (!task) throw new CrosscheckError('CC_TASK_NOT_BUILT', [name]);
  if (!existsSync(path)) throw new CrosscheckError('CC_DATA_MISSING', [path]);
  return task.run(path);
}

function print(report: EvalReport, json: boolean): void {
  if (json) console.log(JSON.stringify(report));
  else console.log([`== ${report.task}`, ...report.lines, ''].join('\n'));
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score a task on a data set (precision/recall/F1)',
  usage,
  async run(argv) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, usage);
    if (values.help) return void console.log(usage), EXIT.ok;
    const [task, path] = positionals;
    if (!task || !path) return void console.error(usage), EXIT.usage;
    const json = values.json === true;
    if (task === 'all') {
      for (const name of names) {
        const t = evalTasks[name];
        if (!t) {
          console.log(`== ${name}\nnot built yet\n`);
          continue;
        }
        print(await runTask(name, join(path, t.defaultPath)), json);
      }
      return EXIT.ok;
    }
    if (!isTask(task)) throw new CrosscheckError('CC_USAGE', [`unknown task ${task}\n${usage}`]);
    print(await runTask(task, path), json);
    return EXIT.ok;
  },
};
