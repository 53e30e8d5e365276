import type { ChalkInstance } from 'chalk';
import type { Skipped, Summary } from '../report/schema.js';
import { sanitiseForTerminal } from '../report/escape-terminal.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

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

export function skippedLine(skipped: Skipped, chalk: ChalkInstance): string {
  return `csc-tag: ${chalk.yellow('skipped')} ${sanitiseForTerminal(skipped.file)}: ${sanitiseForTerminal(skipped.reason)}\n`;
}
