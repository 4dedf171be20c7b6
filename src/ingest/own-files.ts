/**
 * What `newsgraph build` keeps in an output folder, named here because the reader must never
 * read it back as input (`build .` with the outputs inside the input folder): the writer in
 * src/cli uses these names, the reader skips what lies under them.
 */
import { sep } from 'node:path';

/** The generations of outputs, and the link to the current one: `out/graph.json` is a link into it. */
export const OUTPUT_STORE = '.newsgraph-outputs';
/** The extraction cache. */
export const CACHE_FOLDER = '.newsgraph-cache';

/** Whether a real path (links resolved) lies in what a build keeps in an output folder. */
export function isBuildOutput(realPath: string): boolean {
  const parts = realPath.split(sep);
  return parts.includes(OUTPUT_STORE) || parts.includes(CACHE_FOLDER);
}
