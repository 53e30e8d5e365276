import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tagInput, type CorpusItem } from '../../../src/pipeline/corpus.js';
import { ColumnMap, openTableFile } from '../../../src/read/survey/index.js';
import { buildReport } from '../../../src/totals/run-totals.js';
import { Report, type DocumentReport } from '../../../src/model/schema.js';
import { loadCompiledRules } from '../../../src/pipeline/load-rules.js';

/**
 * Survey exports in each layout (fixtures/survey/*.csv, *.xlsx), tagged, and
 * compared with fixtures/survey/expected/<file>.json: per row its
 * respondent and segments (question, columns, answer, stance and the cell
 * the deciding evidence names), and each question group's breakdown. A
 * missing expected file fails; UPDATE_FIXTURES=1 rewrites them.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIR = join(ROOT, 'fixtures/survey');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const rules = loadCompiledRules();
const FILES = readdirSync(DIR)
  .filter((f) => /\.(?:csv|xlsx)$/.test(f))
  .sort();

async function tagged(file: string, columnMap?: Parameters<typeof tagInput>[1]['columnMap']): Promise<CorpusItem[]> {
  const items: CorpusItem[] = [];
  for await (const item of tagInput(`fixtures/survey/${file}`, { cwd: ROOT, maxFileSize: 10e6, rules, ...(columnMap ? { columnMap } : {}) })) items.push(item);
  return items;
}

function view(doc: DocumentReport): unknown {
  return {
    file: doc.file,
    row: doc.row,
    respondent: doc.respondent,
    title: doc.title,
    encoding: doc.encoding,
    warnings: doc.warnings.map((w) => w.code),
    segments: doc.segments.map((s) => {
      const decides = s.stance.evidence.find((e) => e.role === 'decides');
      return {
        number: s.number,
        question: s.question,
        columns: s.columns,
        answer: s.answer,
        stance: `${s.stance.label} (${s.stance.source})`,
        decides: decides ? { text: decides.text, cell: decides.cell } : null,
      };
    }),
  };
}

describe('survey exports, golden', () => {
  it('has fixtures in every layout', () => {
    expect(FILES).toEqual(
      expect.arrayContaining(['header-blank-row-bom.csv', 'libreoffice-one-header.xlsx', 'one-header.csv', 'two-header-rows.csv', 'windows-1252.csv', 'workbook-responses-sheet.xlsx']),
    );
  });

  for (const file of FILES) {
    it(file, async () => {
      const items = await tagged(file);
      const documents = items.flatMap((i) => (i.ok ? [i.document] : []));
      const report = Report.parse(
        buildReport(
          documents,
          items.flatMap((i) => (i.ok ? [] : [i.skipped])),
          { generator: { name: 'csc-tag', version: '0' }, themes: rules.themes },
        ),
      );
      const actual =
        JSON.stringify(
          {
            documents: documents.map(view),
            questions: report.questions.map((q) => ({ id: q.id, number: q.number, text: q.text, respondents: q.respondents, stance: q.stance, byAttribute: q.byAttribute })),
          },
          null,
          2,
        ) + '\n';
      const expectedFile = join(DIR, 'expected', `${file}.json`);
      if (UPDATE) writeFileSync(expectedFile, actual);
      expect(existsSync(expectedFile), `${expectedFile} is missing (UPDATE_FIXTURES=1 writes it)`).toBe(true);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }

  it('every evidence span is the text of the cell it names, at the offset it names', async () => {
    for (const file of FILES) {
      const table = await openTableFile(join(DIR, file), 10e6);
      if (!table.ok) throw new Error(table.reason);
      const cells = new Map<string, string>();
      for await (const row of table.rows) row.cells.forEach((cell, i) => cells.set(`${String.fromCharCode(65 + i)}${row.row}`, cell.trim()));
      let checked = 0;
      for (const item of await tagged(file)) {
        if (!item.ok) continue;
        for (const s of item.document.segments) {
          for (const e of [...s.stance.evidence, ...s.themes.flatMap((t) => t.evidence)]) {
            expect(e.cell, `${item.document.file} ${s.id}`).toBeDefined();
            const cell = cells.get(`${e.cell!.column}${e.cell!.row}`)!;
            expect(cell.slice(e.cell!.offset[0], e.cell!.offset[1])).toBe(e.text);
            checked++;
          }
        }
      }
      expect(checked, file).toBeGreaterThan(0);
    }
  });

  it('reads the Responses sheet of a workbook, not the sheet before it, and takes a formula cell by its saved value', async () => {
    const items = await tagged('workbook-responses-sheet.xlsx');
    const docs = items.flatMap((i) => (i.ok ? [i.document] : []));
    expect(docs.map((d) => d.file)).toEqual([2, 3, 4, 5].map((r) => `fixtures/survey/workbook-responses-sheet.xlsx#row=${r}`));
    const row4 = docs.find((d) => d.row === 4)!;
    expect(row4.segments[0]!.answer).toContain('=1+1');
    expect(JSON.stringify(docs)).not.toContain('CONCATENATE');
  });

  it('--columns overrides what was detected', async () => {
    const items = await tagged('one-header.csv', ColumnMap.parse({ columns: { G: 'open', D: 'ignore', H: 'ignore' } }));
    const doc = items.find((i) => i.ok)!;
    if (!doc.ok) throw new Error('no document');
    expect(Object.keys(doc.document.respondent!.attributes)).toEqual(['Are you responding as an individual or on behalf of an organisation?']);
    expect(doc.document.segments.map((s) => s.columns)).toEqual([['E', 'F'], ['G']]);
  });
});
