/**
 * Test hook (fault drills and test/pool-worker-death.test.ts; never set in normal use):
 * `CROSSCHECK_TEST_WORKER_FAULT=<how>:<source>` makes an analysis worker thread fail on the
 * input whose `source` is exactly `<source>`, the way a real fault would, so that tests exercise
 * the pool's recovery on real threads rather than on a stand-in:
 * - `exit`: the thread ends (`process.exit` in a worker thread ends only that thread), as when it
 *   is terminated or runs out of memory;
 * - `crash`: an uncaught error escapes the thread (outside the job's try/catch), as a bug in a
 *   callback would, so the thread emits 'error' and exits;
 * - `coded`: the job throws a coded error (CC_MODEL_INVALID), which must arrive with its code.
 * A thread reads the variable from its copy of the environment, taken when the thread starts.
 */
import { CrosscheckError } from '../errors.js';

export const WORKER_FAULT_ENV = 'CROSSCHECK_TEST_WORKER_FAULT';

type Fault = { how: 'exit' | 'crash' | 'coded'; source: string };

function parse(value: string | undefined): Fault | null {
  const m = /^(exit|crash|coded):(.+)$/.exec(value ?? '');
  const [how, source] = [m?.[1], m?.[2]];
  return how && source ? { how: how as Fault['how'], source } : null;
}

const fault = parse(process.env[WORKER_FAULT_ENV]);

/** The value of the hook's variable that makes a thread fail `how` on `source`. */
export function workerFault(how: Fault['how'], source: string): string {
  return `${how}:${source}`;
}

/**
 * Called by the worker for each job's input before its try/catch: 'exit' and 'crash' act here,
 * where a throw is uncaught, as a real fault would be.
 */
export function faultOutsideJob(source: string | null): void {
  if (fault === null || fault.source !== source) return;
  if (fault.how === 'exit') process.exit(70);
  if (fault.how === 'crash') throw new Error(`test fault: uncaught error on ${source}`);
}

/** Called inside the job's try/catch: 'coded' throws the error the job then sends back. */
export function faultInsideJob(source: string | null): void {
  if (fault?.how === 'coded' && fault.source === source) throw new CrosscheckError('CC_MODEL_INVALID', ['test fault', source]);
}
