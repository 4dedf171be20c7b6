/** How `newsgraph` exits. */
export enum ExitCode {
  Ok = 0,
  /** Something went wrong that is not the user's doing. */
  Failure = 1,
  /** The command line or the input cannot be used as given. */
  Usage = 2,
  /** `--strict`: the run finished but some input was skipped. */
  Warnings = 3,
}

/** A mistake the user can fix: printed as one line, no stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.Usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
