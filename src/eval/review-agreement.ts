import type { Review } from '../model/review.js';
import type { Segment } from '../model/schema.js';
import { STANCE_LABELS } from '../model/stance-labels.js';
import { sanitiseForTerminal } from '../text/escape-terminal.js';
import { stanceScores, type StanceScores } from './score.js';

/** How far the tagger agrees with an analyst's reviews (`eval --reviews`): what a team reads before trusting the rest. */
export interface ReviewAgreement {
  reviews: number;
  /** Reviews whose key no segment has (the answer changed, or another corpus): not scored. */
  notFound: string[];
  /** Analyst's stance (gold) against the tagger's own. */
  stance: StanceScores;
  /** Reviewed theme sets: how many the tagger found exactly, and per theme who added or dropped it. */
  themes: { n: number; exact: number | null; perTheme: Record<string, { analyst: number; tagger: number; both: number }> };
}

type Scored = Pick<Segment, 'key' | 'stance' | 'themes' | 'review'>;

/** The tagger's own reading of a segment, even in a report where a review already replaced it. */
const taggerStance = (s: Scored): string => (s.review?.stance ?? s.stance).label;
const taggerThemes = (s: Scored): string[] => (s.review?.themes ?? s.themes).map((t) => t.theme);

export function reviewAgreement(reviews: readonly Review[], segments: Iterable<Scored>): ReviewAgreement {
  const wanted = new Set(reviews.map((r) => r.key));
  const byKey = new Map<string, Scored>();
  for (const s of segments) if (wanted.has(s.key) && !byKey.has(s.key)) byKey.set(s.key, s);
  const rows: [string, string][] = [];
  const perTheme: ReviewAgreement['themes']['perTheme'] = {};
  let themeN = 0;
  let exact = 0;
  for (const review of reviews) {
    const segment = byKey.get(review.key);
    if (!segment) continue;
    if (review.stance !== null) rows.push([review.stance, taggerStance(segment)]);
    if (review.themes === null) continue;
    const tagger = new Set(taggerThemes(segment));
    themeN++;
    if (tagger.size === review.themes.length && review.themes.every((t) => tagger.has(t))) exact++;
    for (const theme of new Set([...review.themes, ...tagger])) {
      const counts = (perTheme[theme] ??= { analyst: 0, tagger: 0, both: 0 });
      const a = review.themes.includes(theme);
      const t = tagger.has(theme);
      counts.analyst += Number(a);
      counts.tagger += Number(t);
      counts.both += Number(a && t);
    }
  }
  const notFound = reviews.filter((r) => !byKey.has(r.key)).map((r) => r.key);
  return { reviews: reviews.length, notFound, stance: stanceScores(rows), themes: { n: themeN, exact: themeN === 0 ? null : exact / themeN, perTheme } };
}

const pct = (x: number | null): string => (x == null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

/** The agreement for people; `--json` gives the same figures as JSON. */
export function formatAgreement(a: ReviewAgreement): string {
  const s = a.stance;
  const lines = [
    `reviews       ${a.reviews} read, ${a.reviews - a.notFound.length} found in the corpus`,
    `stance        n ${s.n}  accuracy ${pct(s.accuracy)}  kappa ${s.kappa === null ? 'n/a' : s.kappa.toFixed(3)}`,
  ];
  if (s.n > 0) {
    lines.push(`  analyst \\ tagger ${STANCE_LABELS.map((l) => l.padStart(9)).join('')}`);
    for (const g of STANCE_LABELS) {
      const row = s.confusion[g];
      if (row) lines.push(`  ${g.padEnd(16)} ${STANCE_LABELS.map((p) => String(row[p] ?? 0).padStart(9)).join('')}`);
    }
  }
  lines.push(`themes        n ${a.themes.n}  the same set ${pct(a.themes.exact)}`);
  for (const [theme, c] of Object.entries(a.themes.perTheme).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    lines.push(`  ${sanitiseForTerminal(theme).padEnd(14)} analyst ${c.analyst}  tagger ${c.tagger}  both ${c.both}`);
  }
  if (a.notFound.length > 0) lines.push(`not found     ${a.notFound.join(', ')}`);
  return lines.join('\n') + '\n';
}
