import type { ChalkInstance } from 'chalk';
import type { QuestionGroup, Skipped, Summary } from '../report/schema.js';
import { sanitiseForTerminal } from '../report/escape-terminal.js';
import { plural, shorten } from '../text-utils.js';

const counts = (record: Record<string, number>, order: readonly string[]): string =>
  order.map((key) => `${key} ${record[key] ?? 0}`).join(' · ');

/** The few lines an analyst reads after a run, on stderr. */
export function runSummary(summary: Summary, themes: readonly string[], outputs: readonly string[], seconds: number, chalk: ChalkInstance): string {
  const lines = [
    `${chalk.bold('csc-tag')}: ${plural(summary.documents, 'document')}, ${plural(summary.segments, 'segment')} (${plural(summary.questions, 'question')}) in ${seconds.toFixed(2)} s`,
    `  ${chalk.dim('stance ')}  ${counts(summary.stance, ['agree', 'neutral', 'disagree', 'none'])}`,
    `  ${chalk.dim('themes ')}  ${counts(summary.themes, themes)}`,
    `  ${chalk.dim('skipped')}  ${summary.skipped === 0 ? '0' : chalk.yellow(String(summary.skipped))}`,
    `  ${chalk.dim('reports')}  ${outputs.map(sanitiseForTerminal).join(', ')}`,
  ];
  return lines.join('\n') + '\n';
}

/** Files a folder search passed over, named so that none is ignored in silence. */
export function ignoredLines(files: readonly string[], chalk: ChalkInstance): string {
  return files.map((file) => `csc-tag: ${chalk.dim('ignored')} ${sanitiseForTerminal(file)}: no reader for this kind of file\n`).join('');
}

/** A document's warnings (an encoding guessed, characters replaced), one line each. */
export function warningLines(file: string, warnings: readonly { code: string; message: string }[], chalk: ChalkInstance): string {
  return warnings.map((w) => `csc-tag: ${chalk.yellow('warning')} ${sanitiseForTerminal(file)}: ${sanitiseForTerminal(w.message)}\n`).join('');
}

export function skippedLine(skipped: Skipped, chalk: ChalkInstance): string {
  return `csc-tag: ${chalk.yellow('skipped')} ${sanitiseForTerminal(skipped.file)}: ${sanitiseForTerminal(skipped.reason)}\n`;
}

const BAR = 12;
const SHOWN = 10;

/**
 * Plain-text stance bars for the questions most respondents answered: agree,
 * neutral and disagree as three shades (coloured on a terminal), none as dots.
 */
export function questionBars(questions: readonly QuestionGroup[], chalk: ChalkInstance): string {
  const shared = questions.filter((q) => q.respondents >= 2).sort((a, b) => b.respondents - a.respondents || Number(a.id.slice(1)) - Number(b.id.slice(1)));
  if (shared.length === 0) return '';
  const lines = [`  ${chalk.dim('by question')} (${chalk.green('█ agree')} ${chalk.yellow('▓ neutral')} ${chalk.red('░ disagree')} · none)`];
  for (const q of shared.slice(0, SHOWN)) {
    const cells = (n: number): number => Math.round((n / q.respondents) * BAR);
    const [a, n, d] = [cells(q.stance.agree), cells(q.stance.neutral), cells(q.stance.disagree)];
    const bar = chalk.green('█'.repeat(a)) + chalk.yellow('▓'.repeat(n)) + chalk.red('░'.repeat(d)) + '·'.repeat(Math.max(0, BAR - a - n - d));
    const text = sanitiseForTerminal(q.text);
    lines.push(`  ${q.id.padEnd(4)} ${bar} ${q.stance.agree}/${q.stance.neutral}/${q.stance.disagree} of ${q.respondents}  ${shorten(text, 60)}`);
  }
  if (shared.length > SHOWN) lines.push(`  … ${shared.length - SHOWN} more in report.md`);
  return lines.join('\n') + '\n';
}
