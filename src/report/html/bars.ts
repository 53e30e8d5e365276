import type { Element } from 'hast';
import { s } from 'hastscript';
import { STANCE_LABELS } from '../../model/stance-labels.js';

const WIDTH = 320;
const HEIGHT = 18;

export type StanceCounts = Record<(typeof STANCE_LABELS)[number], number>;

/** What the bar shows, for screen readers: "q1: 2 agree, 1 neutral, 0 disagree, 1 no answer (4 respondents)". */
export function barLabel(name: string, counts: StanceCounts, total: number, unit: string): string {
  return `${name}: ${counts.agree} agree, ${counts.neutral} neutral, ${counts.disagree} disagree, ${counts.none} no answer (${total} ${unit})`;
}

/** A stacked stance bar drawn as SVG at report time, one rectangle per label in report order. */
export function stanceBar(label: string, counts: StanceCounts): Element {
  const total = STANCE_LABELS.reduce((sum, l) => sum + counts[l], 0);
  let x = 0;
  const rects = STANCE_LABELS.flatMap((l) => {
    if (total === 0 || counts[l] === 0) return [];
    const width = Math.round((counts[l] / total) * WIDTH * 100) / 100;
    const rect = s('rect', { class: l, x: Math.round(x * 100) / 100, y: 0, width, height: HEIGHT }, s('title', `${l}: ${counts[l]}`));
    x += width;
    return [rect];
  });
  if (rects.length === 0) rects.push(s('rect', { class: 'none', x: 0, y: 0, width: WIDTH, height: HEIGHT }));
  return s('svg', { class: 'bar', role: 'img', 'aria-label': label, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT }, [s('title', label), ...rects]);
}
