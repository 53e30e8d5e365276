import { z } from 'zod';
import type { ColumnKind } from './types.js';

const KINDS = ['id', 'name', 'attribute', 'closed', 'open', 'explanation', 'date', 'email', 'url', 'postcode', 'number', 'ignore'] as const satisfies readonly ColumnKind[];

const Kind = z.enum(KINDS, { message: `expected one of ${KINDS.join(', ')}` });
/** A column's entry: its kind alone (`"closed"`), or an object for more (`{ "kind": "explanation", "explains": "C" }`). */
const Entry = z.preprocess(
  (value) => (typeof value === 'string' ? { kind: value } : value),
  z
    .object({
      kind: Kind,
      /** For an explanation: the closed column it explains, by letter or header. */
      explains: z.string().min(1).optional(),
      number: z.string().min(1).optional(),
    })
    .strict(),
);

/**
 * `--columns map.json`: what the user says each column holds, by column
 * letter (`C`) or exact header text; columns not named keep what was
 * detected. `headerRows` says how many rows of headers the export has.
 */
export const ColumnMap = z
  .object({
    headerRows: z.union([z.literal(1), z.literal(2)]).optional(),
    columns: z.record(z.string().min(1), Entry),
  })
  .strict();
export type ColumnMap = z.infer<typeof ColumnMap>;

/** Parses a map file's text; an error names the key path, as `columns.Q9.kind: expected one of ...`. */
export function parseColumnMap(text: string): { ok: true; map: ColumnMap } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = ColumnMap.safeParse(json);
  if (result.success) return { ok: true, map: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, message: `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}` };
}
