/**
 * A problem the user can fix: printed as one line, `csc-tag: <file>: <detail>`,
 * without a stack. Anything else that is thrown is a bug.
 */
export class CscTagError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${detail}` : detail);
    this.name = 'CscTagError';
  }
}
