import { pathToFileURL } from 'node:url';
import { ROOT } from './golden.js';

/**
 * The shared data folder of the data tests (seeds, training and evaluation sets): CROSSCHECK_DATA,
 * else ../shared next to the checkout. A URL ending in `/`, so `new URL('seeds/', SHARED)` works.
 */
export const SHARED: URL = pathToFileURL(`${(process.env.CROSSCHECK_DATA ?? `${ROOT}../shared`).replace(/\/+$/, '')}/`);

/**
 * The `skip` option of a test that needs the shared data: false when it is there, else the
 * reason. When CI sets CROSSCHECK_REQUIRE_DATA=1 (.ci/run does) a missing one fails the test file
 * as it loads instead, so CI can never pass by skipping the data tests.
 */
export function dataSkip(has: boolean, reason = 'needs ../shared'): false | string {
  if (has) return false;
  if (process.env.CROSSCHECK_REQUIRE_DATA === '1') throw new Error(`CROSSCHECK_REQUIRE_DATA=1, but the data is missing (${reason}; data folder ${SHARED.pathname}, set by CROSSCHECK_DATA)`);
  return reason;
}
