import { existsSync, readFileSync, statSync } from 'node:fs';
import { Type } from '@sinclair/typebox';
import { basename, extname, join } from 'node:path';
import { CrosscheckError } from '../../errors.js';
import { evalTasks, type EvalTaskName } from '../../eval/registry.js';
import type { EvalReport } from '../../eval/task.js';
import { defineCommand, EXIT } from '../command.js';
import { didYouMean, Flag } from '../options.js';

const names = Object.keys(evalTasks) as EvalTaskName[];
const usage = `crosscheck eval <task> <path> [--json]
crosscheck eval all <data-dir> [--json] [--floors FILE]

Score one part of the pipeline on a data set. Tasks:
${names.map((n) => `  ${n.padEnd(12)} ${evalTasks[n]?.describe ?? '(not built yet: exits 3)'}`).join('\n')}
'all' runs every built task on its folder below <data-dir> (../shared/data layout).
--floors FILE: {task: {metric: minimum}}; exits 1 when a figure is below its floor.`;

function isTask(s: string): s is EvalTaskName {
  return Object.hasOwn(evalTasks, s);
}

async function runTask(name: EvalTaskName, path: string): Promise<EvalReport> {
  const task = evalTasks[name];
  if (!task) throw new CrosscheckError('CC_TASK_NOT_BUILT', [name]);
  if (!existsSync(path)) throw new CrosscheckError('CC_DATA_MISSING', [path]);
  return task.run(inputOf(task.defaultPath, path));
}

/**
 * A task that reads one file (its default path names a file: ecbplus/ecbplus.jsonl) also takes
 * the folder holding it, as `eval all` passes folders: `eval cluster ../shared/data/ecbplus`.
 */
function inputOf(defaultPath: string, path: string): string {
  if (extname(defaultPath) === '' || !statSync(path).isDirectory()) return path;
  const file = join(path, basename(defaultPath));
  if (!existsSync(file)) throw new CrosscheckError('CC_DATA_MISSING', [file]);
  return file;
}

function print(report: EvalReport, json: boolean): void {
  if (json) console.log(JSON.stringify(report));
  else console.log([`== ${report.task}`, ...report.lines, ''].join('\n'));
}

type Floors = Record<string, Record<string, number>>;

function readFloors(file: string): Floors {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Floors;
  } catch (e) {
    throw new CrosscheckError('CC_USAGE', [`cannot read floors ${file}: ${(e as Error).message}`]);
  }
}

/** Compare deterministic figures with their floors; every figure below its floor is named. */
function checkFloors(reports: EvalReport[], floors: Floors): number {
  let below = 0;
  let checked = 0;
  for (const r of reports)
    for (const [metric, min] of Object.entries(floors[r.task] ?? {})) {
      checked++;
      const value = r.metrics[metric];
      if (value === undefined || value < min) {
        below++;
        console.error(`floor: ${r.task} ${metric} = ${value ?? 'missing'} is below ${min}`);
      }
    }
  if (checked > 0) console.log(`floors: ${checked - below} of ${checked} figures at or above their floor`);
  return below > 0 ? EXIT.usage : EXIT.ok;
}

export const evalCommand = defineCommand({
  name: 'eval',
  summary: 'score a task on a data set (precision/recall/F1)',
  usage,
  options: Type.Object({ json: Flag(), floors: Type.Optional(Type.String({ minLength: 1, maxLength: 4096 })) }),
  positionals: ['task', 'path'],
  async run(values, [task, path]) {
    if (!task || !path) throw new CrosscheckError('CC_USAGE', ['eval needs a task and a path']);
    const json = values.json === true;
    const floors = values.floors ? readFloors(values.floors) : {};
    const reports: EvalReport[] = [];
    if (task === 'all') {
      for (const name of names) {
        const t = evalTasks[name];
        if (!t) {
          console.log(`== ${name}\nnot built yet\n`);
          continue;
        }
        reports.push(await runTask(name, join(path, t.defaultPath)));
        print(reports[reports.length - 1]!, json);
      }
      return checkFloors(reports, floors);
    }
    if (!isTask(task)) throw new CrosscheckError('CC_USAGE', [`unknown task ${task}${didYouMean(task, ['all', ...names], '')}`]);
    reports.push(await runTask(task, path));
    print(reports[0]!, json);
    return checkFloors(reports, floors);
  },
});
