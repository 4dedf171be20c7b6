/** Where the package's own files are: the Cypher library and the local Neo4j cache. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const QUERY_DIR = join(PACKAGE_ROOT, 'cypher', 'queries');

/** NEWSGRAPH_CACHE_DIR, else `.cache/` in the package. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEWSGRAPH_CACHE_DIR ?? join(PACKAGE_ROOT, '.cache');
}
