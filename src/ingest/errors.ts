/** Problems with input that skip a file but let the run go on. */

export type SkipReason =
  | 'missing'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'too-large'
  | 'unsupported'
  | 'symlink-loop'
  | 'invalid-record'
  | 'failed';

export interface InputWarning {
  readonly file: string;
  readonly reason: SkipReason;
  readonly message: string;
}

/**
 * Runs the work on one input file: whatever it throws (a bug, a stack overflow, an I/O error)
 * becomes that file's warning, so one bad file never stops a build.
 */
export function guardFile<T>(file: string, work: () => T, skipped: (warning: InputWarning) => T): T {
  try {
    return work();
  } catch (e) {
    const error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return skipped({ file, reason: 'failed', message: `reading or extracting it failed (${error}); skipped` });
  }
}
