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
import { CHUNK_CHARS } from '../export/chunks.js';
import type { NewsGraph } from '../graph/build.js';
import {
  checkedGraphElements,
  checkGraphFile,
  GraphFileError,
  readGraph,
  type GraphElement,
} from '../neo4j/graph-file.js';
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

/** A file being staged: its temporary and final paths, and, while open for pieces, its descriptor and the pieces not yet written. */
interface StagedFile {
  readonly tmp: string;
  readonly final: string;
  fd?: number;
  pending: string;
}

/**
 * Files of one folder written under temporary names, then renamed into place together by
 * `commit`, or all removed by `abort`: a failed or interrupted run leaves no half-written file.
 */
export class StagedFiles {
  private readonly staged: StagedFile[] = [];

  constructor(private readonly dir: string) {
    ensureDir(dir);
  }

  /** A whole file, or its pieces in order. */
  write(name: string, content: string | Iterable<string>): void {
    writeText(this.stage(name).tmp, content);
  }

  /** A file to be written a piece at a time, with other files between: pieces are gathered into chunks of about `CHUNK_CHARS`. */
  open(name: string): (piece: string) => void {
    const file = this.stage(name);
    file.fd = openSync(file.tmp, 'w');
    return (piece) => {
      file.pending += piece;
      if (file.pending.length >= CHUNK_CHARS) this.flush(file);
    };
  }

  /** Renames every file into place; the paths written. */
  commit(): string[] {
    for (const file of this.staged) this.close(file);
    for (const { tmp, final } of this.staged) renameSync(tmp, final);
    return this.staged.map(({ final }) => final);
  }

  abort(): void {
    for (const file of this.staged) {
      if (file.fd !== undefined) closeSync(file.fd);
      file.fd = undefined;
      rmSync(file.tmp, { force: true });
    }
  }

  private stage(name: string): StagedFile {
    const file: StagedFile = { tmp: join(this.dir, temporaryName(name)), final: join(this.dir, name), pending: '' };
    this.staged.push(file);
    return file;
  }

  private flush(file: StagedFile): void {
    writeSync(file.fd!, file.pending);
    file.pending = '';
  }

  private close(file: StagedFile): void {
    if (file.fd === undefined) return;
    this.flush(file);
    closeSync(file.fd);
    file.fd = undefined;
  }
}

/** Writes every file to a temporary name first, then renames them into place. */
export function writeAtomically(dir: string, files: Readonly<Record<string, string | Iterable<string>>>): string[] {
  const staged = new StagedFiles(dir);
  try {
    for (const [name, content] of Object.entries(files)) staged.write(name, content);
  } catch (e) {
    staged.abort();
    throw e;
  }
  return staged.commit();
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

/**
 * A built graph.json's elements as it is read, each checked against the contract: the graph
 * is never held. A bad file is refused with one line.
 */
export async function* readGraphFileElements(path: string): AsyncGenerator<GraphElement> {
  if (!existsSync(path)) throw missingGraphFile(path);
  try {
    yield* checkedGraphElements(path);
  } catch (e) {
    throw e instanceof GraphFileError ? new UserError(e.message) : e;
  }
}
