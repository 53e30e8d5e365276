// Writes a survey export deterministically: one respondent a row (an id, two
// attributes, a closed question with its explanation, an open question).
import fs from 'node:fs';

const CLOSED = ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree', ''];
const EXPLAIN = [
  'We welcome the proposal: care leavers need stable support into their twenties.',
  'Caseloads are already too high for social workers, so this will not work without funding.',
  'Kinship carers need financial support to keep children with their families.',
  '',
  'We see merit in it but worry about the workforce, which is stretched across local authorities.',
];
const OPEN = ['More support for foster carers.', '', 'Multi-agency working between health, police and schools must improve.', 'Nothing to add.'];
const TYPES = ['Individual', 'Organisation'];
const REGIONS = ['London', 'North East', 'North West', 'South West', 'Midlands', 'Wales'];
const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function writeExport(file, rows) {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(
    fd,
    [
      'Response ID',
      'Are you responding as an individual or an organisation?',
      'Region',
      'Q1 - Do you agree or disagree with the proposal?',
      'Q1 - Please explain your answer',
      'Q2 - What else should the government consider?',
    ].join(',') + '\n',
  );
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    // A varied but deterministic mix: the row number picks each answer.
    chunk +=
      [10000 + i, TYPES[i % 2], REGIONS[(i * 7) % 6], CLOSED[(i * 5) % 6], `${EXPLAIN[(i * 3) % 5]}${i % 11 === 0 ? ` Respondent ${i} adds more.` : ''}`, OPEN[(i * 13) % 4]]
        .map(String)
        .map(quote)
        .join(',') + '\n';
    if (chunk.length > 1e6) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}
