import type { ChalkInstance } from 'chalk';
import { NOT_A_SURVEY } from '../model/errors.js';
import type { QuestionTotals } from '../model/run-end.js';
import type { Reviews, Skipped, Summary } from '../model/schema.js';
import { sanitiseForTerminal } from '../text/escape-terminal.js';
import { plural, shorten } from '../text/utils.js';
import { STANCE_LABELS } from '../model/stance-labels.js';

const counts = (record: Record<string, number>, order: readonly string[]): string => order.map((key) => `${key} ${record[key] ?? 0}`).join(' · ');

/** The few lines an analyst reads after a run, on stderr. */
export function runSummary(summary: Summary, themes: readonly string[], outputs: readonly string[], seconds: number, chalk: ChalkInstance): string {
  const lines = [
    `${chalk.bold('csc-tag')}: ${plural(summary.documents, 'document')}, ${plural(summary.segments, 'segment')} (${plural(summary.questions, 'question')}) in ${seconds.toFixed(2)} s`,
    `  ${chalk.dim('stance ')}  ${counts(summary.stance, STANCE_LABELS)}`,
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

/** A document that was tagged but deserves a look (empty, an encoding guessed, characters replaced, read as plain text): one line per warning. */
export function warningLines(file: string, warnings: readonly { code: string; message: string }[], chalk: ChalkInstance): string {
  return warnings.map((w) => `csc-tag: ${chalk.yellow('warning')} ${sanitiseForTerminal(file)}: ${sanitiseForTerminal(w.message)}\n`).join('');
}

/**
 * A skipped input in one line, and under --debug (`trace` given) an internal error's stack after it, each of
 * its lines made safe for the terminal.
 */
export function skippedLine(skipped: Skipped, chalk: ChalkInstance, trace?: string): string {
  const stack = trace === undefined ? '' : trace.split('\n').map(sanitiseForTerminal).join('\n') + '\n';
  // A table that is no survey was read, but is one of the ignored files, not a skipped input.
  if (skipped.code === NOT_A_SURVEY) return `csc-tag: ${chalk.dim('ignored')} ${sanitiseForTerminal(skipped.file)}: ${sanitiseForTerminal(skipped.reason)}\n`;
  return `csc-tag: ${chalk.yellow('skipped')} ${sanitiseForTerminal(skipped.file)}: ${sanitiseForTerminal(skipped.reason)}\n${stack}`;
}

/** Each review that was not applied, with why: a line each, as skipped files are. */
export function staleReviewLines(reviews: Reviews, chalk: ChalkInstance): string {
  return reviews.stale
    .map((r) => {
      const where = [r.file, r.question === null ? null : `"${shorten(r.question, 60)}"`].filter((p) => p !== null).join(' ');
      const why = r.why === 'answer-changed' ? 'the answer has changed since it was reviewed' : 'no segment has this key';
      return `csc-tag: ${chalk.yellow('stale review')} ${r.key}${where ? ` (${sanitiseForTerminal(where)})` : ''}: ${why}; not applied\n`;
    })
    .join('');
}

const BAR = 12;
const SHOWN = 10;

/**
 * Plain-text stance bars for the questions most respondents answered: agree,
 * neutral and disagree as three shades (coloured on a terminal), none as dots;
 * `noPositionAsked` names the groups whose answers are all to an open question.
 */
export function questionBars(questions: readonly QuestionTotals[], chalk: ChalkInstance, noPositionAsked: ReadonlySet<string> = new Set()): string {
  const shared = questions.filter((q) => q.respondents >= 2).sort((a, b) => b.respondents - a.respondents || Number(a.id.slice(1)) - Number(b.id.slice(1)));
  if (shared.length === 0) return '';
  const lines = [`  ${chalk.dim('by question')} (${chalk.green('█ agree')} ${chalk.yellow('▓ neutral')} ${chalk.red('░ disagree')} · none)`];
  for (const q of shared.slice(0, SHOWN)) {
    // Rounded at the running totals, so the three shades and the dots always fill exactly BAR cells.
    const upTo = (n: number): number => Math.round((n / q.respondents) * BAR);
    const a = upTo(q.stance.agree);
    const n = upTo(q.stance.agree + q.stance.neutral) - a;
    const d = upTo(q.stance.agree + q.stance.neutral + q.stance.disagree) - a - n;
    const bar = chalk.green('█'.repeat(a)) + chalk.yellow('▓'.repeat(n)) + chalk.red('░'.repeat(d)) + '·'.repeat(BAR - a - n - d);
    const text = sanitiseForTerminal(q.text);
    // Neutral here is by rule when the question asks for no position: say so rather than let it read as the respondents' view.
    const asked = noPositionAsked.has(q.id) ? ' (no position asked)' : '';
    lines.push(`  ${q.id.padEnd(4)} ${bar} ${q.stance.agree}/${q.stance.neutral}/${q.stance.disagree} of ${q.respondents}${asked}  ${shorten(text, 60)}`);
  }
  // report.md has every group, those one respondent answered too.
  const more = questions.length - Math.min(shared.length, SHOWN);
  if (more > 0) lines.push(`  … ${more} more in report.md`);
  return lines.join('\n') + '\n';
}
