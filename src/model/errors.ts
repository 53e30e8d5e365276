/**
 * Every code csc-tag gives a problem, in two closed lists, each with what it
 * means (the README's "Errors and skips" lists them, and a test keeps the two
 * alike). A run that cannot do its job stops with an error code, exit 2; an
 * input it cannot read or tag is skipped with a skip code, listed in the
 * report and on stderr, and the run goes on.
 */
export const ERRORS = {
  usage: 'a wrong option, command or argument',
  'no-input': 'no file, folder, glob or - names anything to read',
  'out-not-writable': 'the --out folder cannot be created or written',
  locked: 'another run is publishing into the same --out folder',
  'temp-not-writable': 'the temporary folder (TMPDIR) cannot be written',
  'config-invalid': 'the config file is not valid',
  'rules-unreadable': 'the --rules file cannot be read',
  'rules-invalid': 'the --rules file is not valid (its key path says where)',
  'rules-examples': "a rule's own examples do not come out as it says",
  'questions-unreadable': 'the --questions file cannot be read',
  'questions-empty': 'the --questions file holds no question',
  'columns-unreadable': 'the --columns file cannot be read',
  'columns-invalid': 'the --columns file is not valid',
  'reviews-unreadable': 'the --reviews file cannot be read',
  'reviews-invalid': 'the --reviews file is not valid',
  'labels-invalid': 'the file given to eval is neither a gold file nor a report.json',
  'bad-partial': 'a partial report given to merge is broken, of another version, or of another corpus',
} as const;
export type ErrorCode = keyof typeof ERRORS;

export const SKIPS = {
  'not-found': 'the path does not exist',
  'no-match': 'a glob matched no file',
  excluded: 'inside an excluded folder, such as --out',
  'not-a-file': 'neither a file nor a folder (a device, a socket)',
  'symlink-loop': 'a symbolic link that leads back to itself',
  unreadable: 'permission denied',
  'io-error': 'the file system failed reading it',
  'too-large': 'larger than --max-file-size',
  binary: 'binary content where text was expected',
  malformed: 'a broken file of its format',
  'unreadable-format': "the format's library could not read it",
  encrypted: 'password-protected',
  'too-deep': 'nested deeper than the limit (emails in emails, RTF groups)',
  'too-large-uncompressed': 'a container that inflates beyond the limit',
  'unsupported-zip': 'a zip container of a kind not read',
  'unsupported-format': 'a variant of its format not read',
  'xml-dtd': 'XML that declares a DTD or entities (refused)',
  'no-text-layer': 'a PDF without text (a scanned image)',
  'too-many-fields': 'a form with more fields than any response form',
  bounce: 'an email that is a delivery report, not a response',
  empty: 'a survey export without a header row',
  'bad-csv': 'a CSV file that cannot be parsed',
  'bad-workbook': 'an .xlsx file that cannot be read',
  'not-a-workbook': 'a file named .xlsx that is no workbook',
  'too-wide': 'a table with more columns than a survey export has',
  'cell-too-large': 'a survey row with a cell beyond the limit',
  'not-a-survey': 'a table with no free text and no closed question (listed with the ignored files)',
  'question-list': "the consultation's list of questions, not a response (give it with --questions)",
  'internal-error': 'a bug in csc-tag met on this input; --debug prints its trace (please report it)',
  'worker-crashed': 'the worker thread tagging this input stopped',
} as const;
export type SkipCode = keyof typeof SKIPS;

export const SKIP_CODES = Object.keys(SKIPS) as [SkipCode, ...SkipCode[]];

/**
 * A problem the user can fix: printed as one line, `csc-tag: <file>: <detail>`,
 * without a stack. Anything else that is thrown is a bug. A call on one input
 * (tagText, `csc-tag columns`) fails with the skip code a run would list it under.
 */
export class CscTagError extends Error {
  constructor(
    readonly code: ErrorCode | SkipCode,
    readonly detail: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${detail}` : detail);
    this.name = 'CscTagError';
  }
}

/**
 * The one policy for a bug met on one input, wherever it is met (a reader's
 * own code, the tagger, a worker thread): that input is skipped, naming it,
 * and the run goes on; the trace is kept beside the skip (never in a report)
 * for --debug to print.
 */
export function internalErrorSkip(file: string, error: unknown, stage: 'read' | 'tagged'): { skipped: { file: string; code: 'internal-error'; reason: string }; trace?: string } {
  // One line for people; the trace keeps the rest.
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  const skipped = { file, code: 'internal-error' as const, reason: `could not be ${stage} (internal error: ${message}); please report it` };
  return error instanceof Error && error.stack ? { skipped, trace: error.stack } : { skipped };
}

/**
 * The skip code of a table that is no survey (see read/survey/layout.ts): it
 * is listed with the ignored files, with its reason, not as a skipped input.
 */
export const NOT_A_SURVEY: SkipCode = 'not-a-survey';
