import { sanitiseForTerminal } from '../text/escape-terminal.js';
import type { EvalResult, Prf, QuestionRef, StanceScores } from './score.js';
import { ANSWERED_LABELS, STANCE_LABELS } from '../model/stance-labels.js';

const pct = (x: number | null): string => (x == null ? '  n/a' : (100 * x).toFixed(1).padStart(5));
const prfLine = (v: Prf): string => `P ${pct(v.p)}  R ${pct(v.r)}  F1 ${pct(v.f1)}  (tp ${v.tp} fp ${v.fp} fn ${v.fn})`;
// File names and questions come from documents: no control sequence reaches the terminal.
const refLine = (q: QuestionRef): string => `    ${sanitiseForTerminal(q.file)}${q.line ? `:${q.line}` : ''}  ${sanitiseForTerminal(q.number ?? '-')}  ${sanitiseForTerminal(q.question).slice(0, 90)}`;

function stanceBlock(name: string, s: StanceScores): string[] {
  const lines = [`  ${name.padEnd(9)} n ${String(s.n).padStart(3)}  accuracy ${pct(s.accuracy)}  macro-F1 ${pct(s.macroF1)}  kappa ${pct(s.kappa)}`];
  if (s.n === 0) return lines;
  lines.push(`    gold \\ pred ${STANCE_LABELS.map((l) => l.padStart(9)).join('')}`);
  for (const g of ANSWERED_LABELS) {
    const row = s.confusion[g];
    if (!row) continue;
    lines.push(`    ${g.padEnd(11)} ${STANCE_LABELS.map((p) => String(row[p] ?? 0).padStart(9)).join('')}`);
  }
  return lines;
}

function confidenceBlock(result: EvalResult): string[] {
  const { bands, coverage } = result.stance;
  if (!bands.some((b) => b.n > 0)) return [];
  return [
    '  by confidence',
    ...bands.map((b) => `    ${b.from.toFixed(1)}-${b.to.toFixed(1)}  n ${String(b.n).padStart(5)}  accuracy ${pct(b.accuracy)}`),
    '  accuracy-coverage',
    ...coverage.map((c) => `    confidence >= ${c.minConfidence.toFixed(1)}: ${pct(c.coverage)}% of answers, ${pct(c.accuracy)}% right (n ${c.n})`),
  ];
}

/** The eval report for people; `--json` gives the same figures as JSON. */
export function formatEval(result: EvalResult): string {
  const lines = [
    `segmentation  ${prfLine(result.segmentation)}`,
    ...(result.segmentation.missed.length ? ['  missed questions:', ...result.segmentation.missed.map(refLine)] : []),
    ...(result.segmentation.spurious.length ? ['  spurious questions:', ...result.segmentation.spurious.map(refLine)] : []),
    'stance',
    ...stanceBlock('all', result.stance.all),
    ...stanceBlock('explicit', result.stance.explicit),
    ...stanceBlock('inferred', result.stance.inferred),
    ...confidenceBlock(result),
    `themes        micro ${prfLine(result.themes.micro)}`,
    ...Object.entries(result.themes.perTheme).map(([t, v]) => `  ${t.padEnd(13)} ${prfLine(v)}`),
    `doc themes    ${prfLine(result.documentThemes)}`,
  ];
  return lines.join('\n') + '\n';
}
