/** Reading a built graph, and writing outputs so that a failed or interrupted run never leaves a half-written file. */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { NewsGraph } from '../graph/build.js';
import { checkGraphFile, GraphFileError, readGraph } from '../neo4j/graph-file.js';
import { UserError } from './exit-codes.js';

export function ensureDir(dir: string): void {
  try {
    if (!statSync(dir).isDirectory()) throw new UserError(`--out ${dir} is a file, not a folder`);
  } catch (e) {
    if (e instanceof UserError) throw e;
    mkdirSync(dir, { recursive: true });
  }
}

/** Writes a text, or the pieces of one in order. */
export function writeText(path: string, content: string | Iterable<string>): void {
  if (typeof content === 'string') {
    writeFileSync(path, content);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    for (const piece of content) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** The temporary name `writeAtomically` writes a file under first: `.NAME.PID.tmp`. */
export const temporaryName = (name: string, pid = process.pid) => `.${name}.${pid}.tmp`;
const TEMPORARY = /^\..+\.(\d+)\.tmp$/;

/**
 * Whether a file name is a temporary file (as `writeAtomically` names them) left by a process
 * that is gone: killed mid-write, it could not remove it.
 */
export function isLeftoverTemporary(name: string): boolean {
  const pid = TEMPORARY.exec(name)?.[1];
  return pid !== undefined && !isRunning(Number(pid));
}

/** Whether a process of this machine is running (one of another user's counts). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes every file to a temporary name first, then renames them into place. */
export function writeAtomically(dir: string, files: Readonly<Record<string, string | Iterable<string>>>): string[] {
  ensureDir(dir);
  const staged: [string, string][] = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const tmp = join(dir, temporaryName(name));
      staged.push([tmp, join(dir, name)]);
      writeText(tmp, content);
    }
  } catch (e) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, final] of staged) renameSync(tmp, final);
  return staged.map(([, final]) => final);
}

/** The one line for a graph.json that is not there. */
export function missingGraphFile(path: string): UserError {
  return new UserError(
    `cannot read ${path}: build it first with npx newsgraph build <articles> --out ${path.replace(/\/?graph\.json$/, '') || 'out'}`,
  );
}

/** A built graph.json as a graph, read as a stream and checked against the contract; a bad file is refused with one line. */
export async function readGraphFile(path: string): Promise<NewsGraph> {
  if (!existsSync(path)) throw missingGraphFile(path);
  try {
    return await readGraph(path);
  } catch (e) {
    throw e instanceof GraphFileError ? new UserError(e.message) : e;
  }
}

/** Refuses a graph.json that the contract does not allow with one line, reading it as a stream (flat memory). */
export async function checkGraph(path: string): Promise<void> {
  try {
    await checkGraphFile(path);
  } catch (e) {
    throw e instanceof GraphFileError ? new UserError(e.message) : e;
  }
}
