import { describe, expect, it } from 'vitest';
import { projectParts } from '../../src/report/refi/project.js';
import { sourceRecord } from '../../src/report/refi/record.js';
import { PROJECT_XSD, validateXml } from '../helpers/xmllint.js';
import { buildReport } from '../../src/totals/run-totals.js';
import { documentReport, segment } from './make-report.js';
import { inlineMembers } from '../../src/questions/group-members.js';

/** Respondents (every document's `respondent`) become REFI-QDA Cases with Variables, when any has attributes. */

const row = (file: string, id: string, attributes: Record<string, string>) => documentReport({ file, respondent: { id, attributes }, segments: [segment({ id: 's1', question: 'Do you agree?' })] });

function qde(docs: ReturnType<typeof documentReport>[]): string {
  const report = buildReport(docs, [], { generator: { name: 'csc-tag', version: '0' }, themes: [] });
  const records = docs.map((d) => JSON.stringify(sourceRecord(d, 'Do you agree?\n')));
  const parts = projectParts(() => records, { generator: report.generator, themes: [] }, report, inlineMembers(report.questions));
  return [...parts.qde].join('');
}

describe('respondents in project.qde', () => {
  it('one Case per respondent, its attributes as Text variables, referring to its sources', async () => {
    const xml = qde([row('r1.txt', 'R1', { region: 'North <East>', type: 'Individual' }), row('r2.txt', 'R2', { region: 'London' })]);
    expect((await validateXml(xml, PROJECT_XSD)).valid).toBe(true);
    expect([...xml.matchAll(/<Variable [^>]*name="([^"]+)" typeOfVariable="Text"/g)].map((m) => m[1])).toEqual(['region', 'type']);
    expect([...xml.matchAll(/<Case [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['R1', 'R2']);
    expect(xml).toContain('<TextValue>North &lt;East&gt;</TextValue>');
    expect(xml.match(/<SourceRef /g)).toHaveLength(2);
  });

  it('says in the project’s description what was skipped', async () => {
    const docs = [documentReport({ file: 'a.txt' })];
    const report = buildReport(docs, [{ file: 'b.docx', code: 'malformed', reason: 'not a text file' }], { generator: { name: 'csc-tag', version: '0' }, themes: [] });
    const xml = [...projectParts(() => docs.map((d) => JSON.stringify(sourceRecord(d, ''))), { generator: report.generator, themes: [] }, report, inlineMembers(report.questions)).qde].join('');
    expect(xml).toContain('<Description>Skipped by csc-tag: b.docx (not a text file)</Description>\n</Project>');
    expect((await validateXml(xml, PROJECT_XSD)).valid).toBe(true);
  });

  it('no Cases or Variables when no respondent has attributes', () => {
    const xml = qde([documentReport({ file: 'a.txt' })]);
    expect(xml).not.toMatch(/<Cases>|<Variables>/);
  });
});
