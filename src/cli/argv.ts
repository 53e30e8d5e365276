import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';

/**
 * commander takes the first operand for a command name whenever it is one,
 * so a corpus folder called `questions` would run that command. A name that
 * exists as a path in the working folder is read as the path (`./questions`
 * always is); run the command from elsewhere, or name the folder `./questions`.
 */
export function commandNamesAsPaths(argv: readonly string[], program: Command, cwd: string): string[] {
  const names = new Set(['help', ...program.commands.flatMap((c) => [c.name(), ...c.aliases()])]);
  const at = firstOperand(argv, program);
  const operand = at === -1 ? undefined : argv[at]!;
  if (operand === undefined || !names.has(operand) || !fs.existsSync(path.resolve(cwd, operand))) return [...argv];
  return [...argv.slice(0, at), `./${operand}`, ...argv.slice(at + 1)];
}

/** Index of the first argument that is not an option or an option's value; -1 if none. */
function firstOperand(argv: readonly string[], program: Command): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return i + 1 < argv.length ? i + 1 : -1;
    if (arg === '-' || !arg.startsWith('-')) return i;
    const option = program.options.find((o) => o.long === arg || o.short === arg);
    if (option?.required) i++;
  }
  return -1;
}
