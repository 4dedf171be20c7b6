// The shelf of shared corpora and benchmarks (read-only): beside the project as ../shared,
// or where NEWSGRAPH_SHARED says (a git worktree kept elsewhere).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SHELF = process.env.NEWSGRAPH_SHARED ?? join('..', 'shared');

/** The folder of real articles to measure on, or undefined where the shelf does not hold it. */
export function realNews() {
  const dir = join(SHELF, 'corpora', 'real-news');
  return existsSync(dir) ? dir : undefined;
}
