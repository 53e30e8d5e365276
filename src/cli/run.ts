import { CscTagError } from '../model/errors.js';
import { sanitiseForTerminal } from '../text/escape-terminal.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { checkCommandName, commandNamesAsPaths } from './argv.js';
import { buildProgram, CommanderError } from './program.js';

/**
 * Runs csc-tag with `argv` (without node and script) and returns the exit
 * code. It never exits the process, so tests call it in-process.
 */
export async function run(argv: string[], given: Io): Promise<number> {
  const outcome = { code: EXIT.OK as number };
  // Every command's, wherever it stands among the arguments: a skipped input's internal error shows its trace too.
  const debug = argv.includes('--debug');
  const io = { ...given, debug };
  try {
    const program = buildProgram(io, outcome);
    if (argv.length === 0) {
      // commander would say only "missing required argument 'paths'": show where to start instead.
      io.stderr.write(`Usage: ${program.name()} ${program.usage()}\nTry ${program.name()} --help\n`);
      return EXIT.FATAL;
    }
    checkCommandName(argv, program, io.cwd);
    await program.parseAsync(commandNamesAsPaths(argv, program, io.cwd), { from: 'user' });
    return outcome.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, successfully.
      return error.exitCode === 0 ? EXIT.OK : EXIT.FATAL;
    }
    if (error instanceof CscTagError) {
      io.stderr.write(`csc-tag: ${sanitiseForTerminal(error.message)}\n`);
      return EXIT.FATAL;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`csc-tag: internal error: ${sanitiseForTerminal(message)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return EXIT.FATAL;
  }
}
