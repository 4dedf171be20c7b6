/**
 * The team's shelf of corpora (`../shared`, or NEWSGRAPH_SHARED), for tests that measure on
 * it: absent, such a test is skipped with a notice, except under CI=true, where that is a failure.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHELF } from '../../bench/shelf.mjs';

export function sharedFolder(what: string, needs: string): string | undefined {
  const dir = resolve(SHELF);
  if (existsSync(resolve(dir, needs))) return dir;
  const why = `${resolve(dir, needs)} not found (set NEWSGRAPH_SHARED to the shared folder)`;
  if (process.env.CI) throw new Error(`${what}: ${why}`);
  console.warn(`NOTICE: ${what} skipped: ${why}`);
  return undefined;
}
