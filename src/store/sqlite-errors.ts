import { CrosscheckError } from '../errors.js';

/** A SQLite failure as CC_DB naming the operation (and the file), as the PostgreSQL repository reports its own. */
export function sqliteError(e: unknown, what: string): CrosscheckError {
  return e instanceof CrosscheckError ? e : new CrosscheckError('CC_DB', [`${what}: ${e instanceof Error ? e.message : String(e)}`], { cause: e });
}

type AsyncMethodName<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof T] & string;

/**
 * Wrap the given async methods of a repository class so that whatever better-sqlite3 throws
 * (SQLITE_BUSY, SQLITE_FULL, a corrupt page, a datatype mismatch) leaves as CC_DB naming the
 * method, once here rather than a try/catch in every method.
 */
export function codeSqliteErrors<T extends object>(proto: T, methods: readonly AsyncMethodName<T>[]): void {
  for (const name of methods) {
    const original = proto[name] as (...args: unknown[]) => Promise<unknown>;
    async function coded(this: unknown, ...args: unknown[]): Promise<unknown> {
      try {
        return await original.apply(this, args);
      } catch (e) {
        throw sqliteError(e, name);
      }
    }
    Object.defineProperty(proto, name, { value: coded, writable: true, configurable: true });
  }
}
