import type { EvalTask } from './task.js';
import { attributionTask } from './tasks/attribution.js';
import { extractTask } from './tasks/extract.js';
import { hedgeTask } from './tasks/hedge.js';

/** Every evaluation task by name; null marks a task that is not built yet (the CLI exits 3). */
export const evalTasks: Record<'extract' | 'ner' | 'cluster' | 'attribution' | 'hedge' | 'claims', EvalTask | null> = {
  extract: extractTask,
  ner: null,
  cluster: null,
  attribution: attributionTask,
  hedge: hedgeTask,
  claims: null,
};

export type EvalTaskName = keyof typeof evalTasks;
