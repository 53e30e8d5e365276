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

/**
 * The skip code of a table that is no survey (see read/survey/layout.ts): it
 * is listed with the ignored files, with its reason, not as a skipped input.
 * Here rather than beside the report schema, so worker threads load no zod.
 */
export const NOT_A_SURVEY = 'not-a-survey';
