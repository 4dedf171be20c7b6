/** Writing outputs so that a failed or interrupted run never leaves a half-written file. */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from './exit-codes.js';

export function ensureDir(dir: string): void {
  try {
    if (!statSync(dir).isDirectory()) throw new UserError(`--out ${dir} is a file, not a folder`);
  } catch (e) {
    if (e instanceof UserError) throw e;
    mkdirSync(dir, { recursive: true });
  }
}

/** Writes every file to a temporary name first, then renames them into place. */
export function writeAtomically(dir: string, files: Readonly<Record<string, string>>): string[] {
  ensureDir(dir);
  const staged: [string, string][] = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const tmp = join(dir, `.${name}.${process.pid}.tmp`);
      writeFileSync(tmp, content);
      staged.push([tmp, join(dir, name)]);
    }
  } catch (e) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, final] of staged) renameSync(tmp, final);
  return staged.map(([, final]) => final);
}
