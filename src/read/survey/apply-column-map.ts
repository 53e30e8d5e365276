import { pairExplanations } from './classify-columns.js';
import type { ColumnMap } from './column-map.js';
import type { ColumnPlan } from './types.js';

// Apart from column-map.ts, which holds the zod schema: tagging a survey needs only this, and worker threads load no zod.

function findColumn(columns: readonly ColumnPlan[], key: string): ColumnPlan | undefined {
  return columns.find((c) => c.letter === key) ?? columns.find((c) => c.header === key || c.id === key);
}

/** The detected plan with the map applied; keys that name no column come back so they can be warned about. */
export function applyColumnMap(detected: readonly ColumnPlan[], map: ColumnMap): { columns: ColumnPlan[]; unknown: string[] } {
  const columns = detected.map((c) => ({ ...c, explains: c.kind === 'explanation' ? null : c.explains }));
  const unknown: string[] = [];
  const explains = new Map<ColumnPlan, string>();
  for (const [key, entry] of Object.entries(map.columns)) {
    const column = findColumn(columns, key);
    if (!column) {
      unknown.push(key);
      continue;
    }
    const { kind, number, explains: target } = entry;
    column.kind = kind;
    column.why = 'set by --columns';
    if (number) column.number = number;
    if (target) explains.set(column, target);
  }
  for (const [column, key] of explains) {
    const target = findColumn(columns, key);
    if (target?.kind === 'closed') column.explains = target.index;
    else unknown.push(key);
  }
  return { columns: pairExplanations(columns), unknown };
}
