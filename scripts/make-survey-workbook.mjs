// node scripts/make-survey-workbook.mjs OUT.xlsx
// Writes the workbook fixture: a `Questions` sheet before the `Responses`
// sheet, as Citizen Space and SmartSurvey exports have, shared strings, a
// formula cell with its saved value, and a date. Only fflate is needed; the
// file opens in LibreOffice Calc and Excel.
import fs from 'node:fs';
import { strToU8, zipSync } from 'fflate';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const letter = (i) => String.fromCharCode(65 + i);
const shared = [];
const sharedIndex = (s) => (shared.includes(s) ? shared.indexOf(s) : shared.push(s) - 1);

/** A sheet from rows of cells: a string, a number, or { f, v } for a formula with its saved value. */
function sheet(rows) {
  const body = rows
    .map((cells, r) => {
      const cs = cells
        .map((cell, c) => {
          const ref = `${letter(c)}${r + 1}`;
          if (cell === null) return '';
          if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
          if (typeof cell === 'object') return `<c r="${ref}" t="str"><f>${esc(cell.f)}</f><v>${esc(cell.v)}</v></c>`;
          return `<c r="${ref}" t="s"><v>${sharedIndex(cell)}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cs}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

const questions = sheet([
  ['Question', 'Text'],
  ['Q1', 'Do you agree or disagree with the proposal?'],
  ['Q2', 'What else should we consider?'],
]);
const responses = sheet([
  ['Respondent ID', 'Respondent type', 'Organisation type', 'Q1 - Do you agree or disagree with the proposal?', 'Q1 - Please explain your answer', 'Q2 - What else should we consider?'],
  [101, 'Organisation', 'Local authority', 'Strongly agree', 'Care leavers need stable support.', 'Funding for local authorities.'],
  [102, 'Individual', null, 'Disagree', 'Caseloads are already too high for social workers.', null],
  [103, 'Organisation', 'Charity', 'Agree', { f: 'CONCATENATE("=1+","1")', v: '=1+1' }, 'Kinship carers need support.'],
  [104, 'Individual', null, 'Tend to disagree', 'Not enough funding.', null],
]);
const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const files = {
  '[Content_Types].xml': [
    `${xml}<Types xmlns="${PKG}/content-types">`,
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
    `<Default Extension="xml" ContentType="application/xml"/>`,
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>`,
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/>`,
    `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${TYPE}.worksheet+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/>`,
    `</Types>`,
  ].join(''),
  '_rels/.rels': `${xml}<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': [
    `${xml}<workbook xmlns="${MAIN}" xmlns:r="${REL}">`,
    `<sheets><sheet name="Questions" sheetId="1" r:id="rId1"/><sheet name="Responses" sheetId="2" r:id="rId2"/></sheets>`,
    `</workbook>`,
  ].join(''),
  'xl/_rels/workbook.xml.rels': [
    `${xml}<Relationships xmlns="${PKG}/relationships">`,
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`,
    `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>`,
    `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    `</Relationships>`,
  ].join(''),
  'xl/worksheets/sheet1.xml': questions,
  'xl/worksheets/sheet2.xml': responses,
};
files['xl/sharedStrings.xml'] =
  `${xml}<sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`;
const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { mtime: new Date('2026-01-01T00:00:00Z') });
fs.writeFileSync(process.argv[2] ?? 'responses.xlsx', zipped);
