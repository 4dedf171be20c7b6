/** Problems with input that skip a file but let the run go on. */

export type SkipReason =
  | 'missing' | 'unreadable' | 'empty' | 'binary' | 'encoding' | 'too-large' | 'unsupported' | 'symlink-loop' | 'invalid-record';

export interface InputWarning {
  readonly file: string;
  readonly reason: SkipReason;
  readonly message: string;
}
