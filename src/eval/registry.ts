import type { EvalTask } from './task.js';
import { alignTask } from './tasks/align.js';
import { briefTask } from './tasks/brief.js';
import { attributionTask } from './tasks/attribution.js';
import { claimsTask } from './tasks/claims.js';
import { discrepanciesTask } from './tasks/discrepancies.js';
import { clusterTask } from './tasks/cluster.js';
import { extractTask } from './tasks/extract.js';
import { flagsTask } from './tasks/flags.js';
import { hedgeTask } from './tasks/hedge.js';
import { nerTask } from './tasks/ner.js';

/** Every evaluation task by name; null marks a task that is not built yet (the CLI exits 3). */
export const evalTasks: Record<'extract' | 'ner' | 'cluster' | 'attribution' | 'hedge' | 'claims' | 'align' | 'flags' | 'discrepancies' | 'brief', EvalTask | null> = {
  extract: extractTask,
  ner: nerTask,
  cluster: clusterTask,
  attribution: attributionTask,
  hedge: hedgeTask,
  claims: claimsTask,
  align: alignTask,
  flags: flagsTask,
  discrepancies: discrepanciesTask,
  brief: briefTask,
};

export type EvalTaskName = keyof typeof evalTasks;
