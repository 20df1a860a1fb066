import { isPostgresUrl, PostgresRepository } from './postgres-repository.js';
import { SqliteRepository } from './sqlite-repository.js';
import type { Repository } from './repository.js';

/** Open the repository named by a --db value: a postgres:// or postgresql:// URL, a file path, or ':memory:'. */
export async function openRepository(db: string): Promise<Repository> {
  return isPostgresUrl(db) ? PostgresRepository.open(db) : new SqliteRepository(db);
}
