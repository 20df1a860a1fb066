import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CrosscheckError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with our coded usage error instead of a TypeError. */
export function parse<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CrosscheckError('CC_USAGE', [`${(e as Error).message}\n${usage}`]);
  }
}

export const dbOption = { db: { type: 'string' } } as const;

/** --db, else CROSSCHECK_DB, else the given default. */
export function dbPath(value: string | undefined, fallback: string): string {
  return value ?? process.env.CROSSCHECK_DB ?? fallback;
}
