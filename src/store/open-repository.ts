import { SqliteRepository } from './sqlite-repository.js';
import type { Repository } from './repository.js';

/** Open the repository named by a --db value: a file path, or ':memory:'. */
export async function openRepository(db: string): Promise<Repository> {
  return new SqliteRepository(db);
}
