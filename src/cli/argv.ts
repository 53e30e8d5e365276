import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CscTagError } from '../model/errors.js';

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

/**
 * Guards the first operand of a run: `csc-tag questoins corpus/` would
 * otherwise skip "questoins" as a missing file, tag the folder and overwrite
 * the reports. An operand that is no path and is within an edit or two of a
 * command's name is a usage error naming the command; `help` of a command
 * that does not exist says so rather than printing the whole help.
 */
export function checkCommandName(argv: readonly string[], program: Command, cwd: string): void {
  const names = program.commands.map((c) => c.name()).sort();
  const at = firstOperand(argv, program);
  const operand = at === -1 ? undefined : argv[at]!;
  if (operand === undefined || operand === '-' || /[*?[\]{}/\\.]/.test(operand) || fs.existsSync(path.resolve(cwd, operand))) return;
  if (operand === 'help') {
    const asked = argv[at + 1];
    if (asked !== undefined && !asked.startsWith('-') && !names.includes(asked)) {
      throw new CscTagError('usage', `help: unknown command "${asked}"${nearest(asked, names)} (commands: ${names.join(', ')})`);
    }
    return;
  }
  if (names.includes(operand)) return;
  const near = names.find((name) => editDistance(operand.toLowerCase(), name) <= (name.length > 4 ? 2 : 1));
  if (near) throw new CscTagError('usage', `"${operand}" is no file or folder, and no command: did you mean csc-tag ${near}? (csc-tag help ${near}); nothing was written`);
}

function nearest(word: string, names: readonly string[]): string {
  const near = names.find((name) => editDistance(word.toLowerCase(), name) <= 2);
  return near ? `; did you mean ${near}?` : '';
}

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`: optimal string alignment distance. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
