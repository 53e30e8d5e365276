import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/totals/run-totals.js';
import { workbookDocument } from '../../src/report/xlsx/record.js';
import { xlsxPieces } from '../../src/report/xlsx/workbook.js';
import { tagText } from '../../src/pipeline/tag-text.js';
import { inlineMembers } from '../../src/questions/group-members.js';

/** The questions sheet's breakdown by respondent attribute, counted from each answer's document (its `respondent`). */

describe('report.xlsx questions sheet', () => {
  it('breaks each question down by every respondent attribute, counts and percentages', async () => {
    const text = (answer: string): string => `Question 1: Do you agree with the proposal?\n\n${answer}\n`;
    const rows: [string, string, string][] = [
      ['r1.txt', 'North', 'Agree.'],
      ['r2.txt', 'North', 'Disagree.'],
      ['r3.txt', 'London', 'Agree.'],
    ];
    const docs = await Promise.all(rows.map(async ([file, region, answer]) => Object.assign(await tagText(text(answer), { file }), { respondent: { id: file, attributes: { region } } })));
    const meta = { generator: { name: 'csc-tag' as const, version: '0' }, themes: [] };
    const end = buildReport(docs, [], meta);
    const chunks: Uint8Array[] = [];
    for await (const chunk of xlsxPieces(() => docs.map((d) => JSON.stringify(workbookDocument(d, []))), meta, end, inlineMembers(end.questions))) chunks.push(chunk);
    const files = unzipSync(Buffer.concat(chunks));
    const strings = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]!);
    const sheet = [...strFromU8(files['xl/worksheets/sheet2.xml']!).matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
      [...row[1]!.matchAll(/<c ([^>]*?)(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)].map(([, attrs, v]) => (v === undefined ? '' : attrs!.includes('t="s"') ? strings[Number(v)]! : v)),
    );
    const at = sheet.findIndex((r) => r[0] === 'question_group');
    expect(sheet[at]).toEqual(['question_group', 'attribute', 'value', 'respondents', 'agree', 'agree_pct', 'neutral', 'neutral_pct', 'disagree', 'disagree_pct', 'none', 'none_pct']);
    expect(sheet.slice(at + 1)).toEqual([
      ['q1', 'region', 'London', '1', '1', '100', '0', '0', '0', '0', '0', '0'],
      ['q1', 'region', 'North', '2', '1', '50', '0', '0', '1', '50', '0', '0'],
    ]);
  });
});
