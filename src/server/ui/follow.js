// Following the store live: poll the change feed (/api/changes) and tell the page which stories
// changed. Polling rather than a push stream because `watch` or the queue workers write the
// database from another process, so this server has nothing to push from.
import { getJson } from './api.js';

const POLL_MS = 3000;

/** Calls `onChange(summaries)` whenever stories change; returns a function that stops it. */
export function followChanges(onChange) {
  let cursor = null;
  let timer = null;
  let stopped = false;
  const tick = async () => {
    try {
      const { cursor: next, stories } = await getJson(cursor === null ? '/api/changes' : `/api/changes?since=${encodeURIComponent(cursor)}`);
      const first = cursor === null;
      cursor = next;
      if (!first && stories.length) await onChange(stories);
    } catch {
      // A failed poll (server restarting) is retried on the next tick.
    }
    if (!stopped) timer = setTimeout(tick, POLL_MS);
  };
  tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
