import { byCodeUnit } from '../text/utils.js';
import type { GoldFile, GoldSegment } from './gold.js';
import { matchSegments } from './match.js';
import { ANSWERED_LABELS, STANCE_LABELS } from '../model/stance-labels.js';
import { codebookThemes } from '../rules/index.js';

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
export interface StanceScores {
  n: number;
  accuracy: number | null;
  macroF1: number | null;
  kappa: number | null;
  /** gold label -> predicted label -> count */
  confusion: Record<string, Record<string, number>>;
}
export interface QuestionRef {
  file: string;
  line: number | null;
  number: string | null;
  question: string;
}
/** Of the answers at or above a confidence, what share they are of all answers and how many are right. */
export interface CoverageRow {
  minConfidence: number;
  n: number;
  coverage: number;
  accuracy: number | null;
}
/** Answers whose confidence falls in [from, to), and how many are right. */
export interface BandRow {
  from: number;
  to: number;
  n: number;
  accuracy: number | null;
}
export interface EvalResult {
  segmentation: Prf & { missed: QuestionRef[]; spurious: QuestionRef[] };
  stance: { all: StanceScores; explicit: StanceScores; inferred: StanceScores; bands: BandRow[]; coverage: CoverageRow[] };
  themes: { micro: Prf; perTheme: Record<string, Prf> };
  documentThemes: Prf;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

type Row = [gold: string, pred: string];

export function stanceScores(rows: readonly Row[]): StanceScores {
  const n = rows.length;
  const confusion: Record<string, Record<string, number>> = {};
  for (const [g, p] of rows) {
    const row = (confusion[g] ??= {});
    row[p] = (row[p] ?? 0) + 1;
  }
  if (n === 0) return { n, accuracy: null, macroF1: null, kappa: null, confusion };
  const accuracy = rows.filter(([g, p]) => g === p).length / n;
  let macro = 0;
  for (const c of ANSWERED_LABELS) {
    const tp = rows.filter(([g, p]) => g === c && p === c).length;
    const fp = rows.filter(([g, p]) => g !== c && p === c).length;
    const fn = rows.filter(([g, p]) => g === c && p !== c).length;
    macro += prf(tp, fp, fn).f1;
  }
  // Cohen's kappa: agreement beyond what the two label distributions give by chance.
  let chance = 0;
  for (const c of STANCE_LABELS) chance += (rows.filter(([g]) => g === c).length / n) * (rows.filter(([, p]) => p === c).length / n);
  const kappa = chance === 1 ? 1 : (accuracy - chance) / (1 - chance);
  return { n, accuracy, macroF1: macro / ANSWERED_LABELS.length, kappa, confusion };
}

const CONFIDENCE_STEPS = [0.5, 0.6, 0.7, 0.8, 0.9];

/** Accuracy by confidence band and the accuracy-coverage table, so an analyst can choose what to check by hand. */
export function confidenceTables(rows: readonly { row: Row; confidence?: number | undefined }[]): { bands: BandRow[]; coverage: CoverageRow[] } {
  const scored = rows.map((r) => ({ right: r.row[0] === r.row[1], confidence: r.confidence ?? 0 }));
  const accuracy = (list: typeof scored): number | null => (list.length ? list.filter((r) => r.right).length / list.length : null);
  const edges = [0, ...CONFIDENCE_STEPS, 1.000001];
  const bands = edges.slice(0, -1).map((from, i) => {
    const to = edges[i + 1]!;
    const inBand = scored.filter((r) => r.confidence >= from && r.confidence < to);
    return { from, to: Math.min(1, to), n: inBand.length, accuracy: accuracy(inBand) };
  });
  const coverage = CONFIDENCE_STEPS.map((minConfidence) => {
    const above = scored.filter((r) => r.confidence >= minConfidence);
    return { minConfidence, n: above.length, coverage: scored.length ? above.length / scored.length : 0, accuracy: accuracy(above) };
  });
  return { bands, coverage };
}

const ref = (file: string, s: GoldSegment): QuestionRef => ({ file, line: s.line ?? null, number: s.number, question: s.question });

/** Scores `pred` against `gold` by the rules of ../shared/gold/FORMAT.md. */
export function evaluate(gold: GoldFile, pred: GoldFile): EvalResult {
  const byFile = new Map(pred.documents.map((d) => [d.file, d]));
  // The built-in themes first, in the codebook's order as the shared scorer lists them (even where no label has one), then any others
  // in code-unit order. Gold files and reports name themes, not rules: a report compared with --report may come from any rules file.
  const listed = codebookThemes();
  const others = [...new Set([...gold.documents, ...pred.documents].flatMap((d) => [...d.segments.flatMap((s) => s.themes), ...d.prose.themes]))];
  const themes = [...listed, ...others.filter((t) => !listed.includes(t)).sort(byCodeUnit)];
  const perTheme = Object.fromEntries(themes.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const doc = { tp: 0, fp: 0, fn: 0 };
  const seg = { tp: 0, fp: 0, fn: 0 };
  const missed: QuestionRef[] = [];
  const spurious: QuestionRef[] = [];
  const rows: { row: Row; explicit: boolean; confidence?: number | undefined }[] = [];
  for (const gd of gold.documents) {
    const pd = byFile.get(gd.file) ?? { file: gd.file, segments: [], prose: { themes: [] } };
    const { pairs, unmatched } = matchSegments(gd.segments, pd.segments);
    for (const [g, p] of pairs) {
      if (p) seg.tp++;
      else {
        seg.fn++;
        missed.push(ref(gd.file, g));
      }
      if (g.stance !== 'none') rows.push({ row: [g.stance, p ? p.stance : 'none'], explicit: g.explicit, confidence: p?.confidence });
      const gt = new Set(g.themes);
      const pt = new Set(p ? p.themes : []);
      for (const t of themes) {
        const counts = perTheme[t]!;
        if (gt.has(t) && pt.has(t)) counts.tp++;
        else if (gt.has(t)) counts.fn++;
        else if (pt.has(t)) counts.fp++;
      }
    }
    seg.fp += unmatched.length;
    for (const u of unmatched) spurious.push(ref(gd.file, u));
    const goldDoc = new Set([...gd.segments.flatMap((s) => s.themes), ...gd.prose.themes]);
    const predDoc = new Set([...pd.segments.flatMap((s) => s.themes), ...pd.prose.themes]);
    for (const t of themes) {
      if (goldDoc.has(t) && predDoc.has(t)) doc.tp++;
      else if (goldDoc.has(t)) doc.fn++;
      else if (predDoc.has(t)) doc.fp++;
    }
  }
  const total = Object.values(perTheme).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    segmentation: { ...prf(seg.tp, seg.fp, seg.fn), missed, spurious },
    stance: {
      all: stanceScores(rows.map((r) => r.row)),
      explicit: stanceScores(rows.filter((r) => r.explicit).map((r) => r.row)),
      inferred: stanceScores(rows.filter((r) => !r.explicit).map((r) => r.row)),
      ...confidenceTables(rows),
    },
    themes: { micro: prf(total.tp, total.fp, total.fn), perTheme: Object.fromEntries(themes.map((t) => [t, prf(perTheme[t]!.tp, perTheme[t]!.fp, perTheme[t]!.fn)])) },
    documentThemes: prf(doc.tp, doc.fp, doc.fn),
  };
}
