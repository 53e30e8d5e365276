import fs from 'node:fs';
import path from 'node:path';
import { CscTagError } from '../model/errors.js';
import { parseColumnMap, type ColumnMap } from '../read/survey/index.js';

/** Reads --columns: a usage error names the file and the key path, as `map.json: columns.C: expected one of ...`. */
export function readColumnMap(file: string, cwd: string): ColumnMap {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new CscTagError('columns-unreadable', `cannot read the column map (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  const parsed = parseColumnMap(text);
  if (!parsed.ok) throw new CscTagError('columns-invalid', parsed.message, file);
  return parsed.map;
}
