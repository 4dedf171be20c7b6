/** The shelf's real articles for tests that measure on them: a failure under CI=true when absent, a notice otherwise. */
import { realNews, SHELF } from '../../bench/shelf.mjs';

export function realNewsFor(what: string): string | undefined {
  const dir = realNews();
  if (dir) return dir;
  const why = `no real-news corpus under ${SHELF} (the shelf beside the project, or NEWSGRAPH_SHARED)`;
  if (process.env.CI) throw new Error(`CI=true and ${why}`);
  console.warn(`NOTICE: ${what} skipped: ${why}`);
  return undefined;
}
