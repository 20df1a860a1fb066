import { existsSync } from 'node:fs';
import { CrosscheckError } from '../errors.js';
import { isPostgresUrl, PostgresRepository } from './postgres-repository.js';
import { SqliteRepository } from './sqlite-repository.js';
import type { Repository } from './repository.js';

export interface OpenOptions {
  /**
   * For commands that only read (stories, show, serve): a database file that does not exist is
   * CC_DB_NOT_FOUND naming the path, instead of a new empty database created by a typo.
   */
  mustExist?: boolean;
}

/** Open the repository named by a --db value: a postgres:// or postgresql:// URL, a file path, or ':memory:'. */
export async function openRepository(db: string, opts: OpenOptions = {}): Promise<Repository> {
  if (isPostgresUrl(db)) return PostgresRepository.open(db);
  if (opts.mustExist && db !== ':memory:' && !existsSync(db)) throw new CrosscheckError('CC_DB_NOT_FOUND', [db]);
  return new SqliteRepository(db);
}
