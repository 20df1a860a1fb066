import { setTimeout as delay } from 'node:timers/promises';

/** Wait `ms`, or less when `signal` aborts (never throws: a stopping loop just goes on to exit). */
export async function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  await delay(ms, undefined, { signal }).catch(() => {});
}
