/**
 * The output folder of `newsgraph build`, held by one build at a time, its outputs replaced
 * as a set. Layout, in `out/`:
 *
 *   graph.json -> .newsgraph-outputs/current/graph.json     (and so graph.gexf, import.cypher)
 *   .newsgraph-outputs/current -> 1a2b3c-4242                (the current generation)
 *   .newsgraph-outputs/1a2b3c-4242/graph.json …             (one build's outputs, whole)
 *   .newsgraph-lock -> 4242@host                             (while a build holds the folder)
 *
 * A build writes all its outputs into a new generation folder, then switches `current` to it
 * with one rename: a reader opening `out/graph.json` and `out/graph.gexf` finds both from the
 * one build or both from the other, never a mix, and a failed or killed build leaves the
 * previous set in place. `out/graph.json` stays a plain path for users, the viewer and the
 * loader (a link, followed by every reader). A reader that opens the files one after another
 * while a build switches can still take the first from one generation and the next from the
 * other: to read a set, resolve `.newsgraph-outputs/current` once and read through that.
 *
 * The lock is a symbolic link whose target names the holder (`pid:start@host`, start being
 * when the process started, where Linux tells it: a process that later got the same pid, after
 * a reboot say, is not the holder): made in one step (it exists whole or not at all), read
 * with readlink. A second build into the folder refuses with one line; a lock whose process
 * is gone (a killed build) is taken over. Links are needed: a file system
 * without them (FAT) cannot hold the outputs, and says so in one line.
 */
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { OUTPUT_STORE } from '../ingest/own-files.js';
import { ExitCode, UserError } from './exit-codes.js';
import { isLeftoverTemporary, isRunning, temporaryName, writeText } from './files.js';

export const LOCK_NAME = '.newsgraph-lock';
const CURRENT = 'current';
/** A generation's name: the time in base 36, and the pid of the build that wrote it. */
const GENERATION = /^[0-9a-z]+-\d+$/;

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** When a process started, in clock ticks since boot, where Linux tells it (the 22nd field of /proc/PID/stat). */
function startTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

/** Makes `dir` if it is not there; a usage error when it cannot be a folder. */
function makeFolder(dir: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    try {
      mkdirSync(dir, { recursive: true });
      return;
    } catch (e) {
      throw new UserError(
        `--out ${dir} cannot be made (${errorCode(e) === 'ENOTDIR' || errorCode(e) === 'EEXIST' ? 'part of the path is a file' : errorCode(e)})`,
      );
    }
  }
  if (!isFolder) throw new UserError(`--out ${dir} is a file, not a folder`);
}

export class OutputFolder {
  private readonly store: string;
  private readonly lock: string;
  private readonly owner = `${process.pid}:${startTime(process.pid)}@${hostname()}`;
  private held = false;

  private constructor(readonly dir: string) {
    this.store = join(dir, OUTPUT_STORE);
    this.lock = join(dir, LOCK_NAME);
  }

  /**
   * Holds `dir` for this build: made if need be, locked against other builds, cleared of what
   * builds killed there left behind. Usage errors (a file, another build) come before any work.
   */
  static open(dir: string): OutputFolder {
    makeFolder(dir);
    const folder = new OutputFolder(dir);
    folder.take();
    try {
      folder.removeLeftovers();
    } catch (e) {
      folder.release();
      throw e;
    }
    return folder;
  }

  private take(): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        symlinkSync(this.owner, this.lock);
        this.held = true;
        return;
      } catch (e) {
        if (errorCode(e) === 'EPERM' || errorCode(e) === 'ENOTSUP') throw noLinks(this.dir, e);
        if (errorCode(e) !== 'EEXIST') throw new UserError(`--out ${this.dir} cannot be written (${errorCode(e)})`);
      }
      const holder = this.holder();
      if (holder && holder.alive) {
        const who = Number.isNaN(holder.pid) ? '' : ` (pid ${holder.pid}${holder.here ? '' : ` on ${holder.host}`})`;
        throw new UserError(
          `another build${who} is writing to ${this.dir}; wait for it to end, or build into another --out (if none runs, remove ${this.lock})`,
        );
      }
      this.takeOver(holder?.text);
    }
    throw new UserError(`another build took ${this.dir} at the same moment; run again`);
  }

  /** Who holds the lock, if it is readable; `alive` unless its process is known to be gone. */
  private holder(): { text: string; pid: number; host: string; here: boolean; alive: boolean } | undefined {
    let text: string;
    try {
      text = readlinkSync(this.lock);
    } catch {
      return undefined;
    }
    const match = /^(\d+):(\d*)@(.*)$/.exec(text);
    if (!match) return { text, pid: NaN, host: '', here: false, alive: true };
    const [, pid, start, host] = match;
    const here = host === hostname();
    // On another machine (a shared folder), whether it runs cannot be known: it is taken to.
    const alive = !here || (isRunning(Number(pid)) && (start === '' || startTime(Number(pid)) === start));
    return { text, pid: Number(pid), host, here, alive };
  }

  /**
   * Removes a dead build's lock. Renamed to a name of this build's first, so that of two
   * builds taking over at once, only one removes it; the other finds a live lock, puts it
   * back, and the next attempt refuses.
   */
  private takeOver(dead: string | undefined): void {
    const claimed = join(this.dir, temporaryName(LOCK_NAME));
    try {
      renameSync(this.lock, claimed);
    } catch {
      return;
    }
    let text: string | undefined;
    try {
      text = readlinkSync(claimed);
    } catch {
      /* gone meanwhile */
    }
    if (text !== dead && text !== undefined) {
      try {
        symlinkSync(text, this.lock);
      } catch {
        /* another took it meanwhile: the next attempt refuses */
      }
    }
    rmSync(claimed, { force: true });
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    try {
      if (readlinkSync(this.lock) === this.owner) unlinkSync(this.lock);
    } catch {
      /* already gone */
    }
  }

  /** The generation `current` points to, if any. */
  private current(): string | undefined {
    try {
      return readlinkSync(join(this.store, CURRENT));
    } catch {
      return undefined;
    }
  }

  /**
   * What builds killed here left: generations never switched to or switched away from, and
   * temporary files of processes that are gone. Only names this module writes are removed.
   */
  private removeLeftovers(): void {
    const current = this.current();
    let generations: string[] = [];
    try {
      generations = readdirSync(this.store);
    } catch {
      /* no outputs yet */
    }
    for (const name of generations) {
      if (name !== current && (GENERATION.test(name) || isLeftoverTemporary(name)))
        rmSync(join(this.store, name), { recursive: true, force: true });
    }
    for (const name of readdirSync(this.dir))
      if (isLeftoverTemporary(name)) rmSync(join(this.dir, name), { recursive: true, force: true });
  }

  /**
   * Writes every output into a new generation, switches `current` to it in one rename, makes
   * sure each output's name in the folder links through `current`, then removes the previous
   * generation. Returns the outputs' paths.
   */
  publish(files: Readonly<Record<string, string | Iterable<string>>>): string[] {
    const generation = `${Date.now().toString(36)}-${process.pid}`;
    const folder = join(this.store, generation);
    const previous = this.current();
    try {
      mkdirSync(folder, { recursive: true });
      for (const [name, content] of Object.entries(files)) writeText(join(folder, name), content);
      this.link(join(this.store, CURRENT), generation);
    } catch (e) {
      rmSync(folder, { recursive: true, force: true });
      throw cannotWrite(this.dir, e, 'the previous outputs are unchanged');
    }
    try {
      // Once per folder, or after an export replaced one with a file: every later build changes only `current`.
      for (const name of Object.keys(files)) {
        const target = join(OUTPUT_STORE, CURRENT, name);
        if (readlinkOrUndefined(join(this.dir, name)) !== target) this.link(join(this.dir, name), target);
      }
    } catch (e) {
      throw cannotWrite(this.dir, e, `the new ones are whole in ${join(OUTPUT_STORE, CURRENT)}`);
    }
    if (previous && previous !== generation && GENERATION.test(previous))
      rmSync(join(this.store, previous), { recursive: true, force: true });
    return Object.keys(files).map((name) => join(this.dir, name));
  }

  /** Points `path` at `target`, replacing whatever was there in one rename. */
  private link(path: string, target: string): void {
    const staged = join(dirname(path), temporaryName(basename(path)));
    rmSync(staged, { force: true });
    try {
      symlinkSync(target, staged);
    } catch (e) {
      if (errorCode(e) === 'EPERM' || errorCode(e) === 'ENOTSUP') throw noLinks(this.dir, e);
      throw e;
    }
    renameSync(staged, path);
  }
}

function readlinkOrUndefined(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

function noLinks(dir: string, e: unknown): UserError {
  return new UserError(
    `${dir} is on a file system without symbolic links (${errorCode(e)}): outputs are switched as a set through links; build into a folder elsewhere`,
    ExitCode.Failure,
  );
}

/** A write that failed (a full disk, a read-only folder), in one line that says where the outputs are. */
function cannotWrite(dir: string, e: unknown, outcome: string): Error {
  if (e instanceof UserError || errorCode(e) === undefined) return e as Error;
  return new UserError(`cannot write the outputs to ${dir} (${(e as Error).message}); ${outcome}`, ExitCode.Failure);
}
