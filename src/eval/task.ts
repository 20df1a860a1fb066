/** One evaluation task: scores a part of the pipeline on a data set in a given format. */
export interface EvalTask {
  readonly name: string;
  /** One line for `crosscheck eval --help`. */
  readonly describe: string;
  /** Where the task's data lives below ../shared/data (used by `eval all`). */
  readonly defaultPath: string;
  run(path: string): Promise<EvalReport>;
}

export interface EvalReport {
  task: string;
  /** Flat, deterministic figures (CI may assert floors on them), e.g. `bcubed.f1`. */
  metrics: Record<string, number>;
  /** Human-readable lines printed by the CLI. */
  lines: string[];
}
