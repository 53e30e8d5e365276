import { deferredItems } from '../deferred-items.js';
import { extensionOf } from '../extension.js';
import type { Reader } from './reader.js';
import { zipKind } from './zip-kind.js';

/**
 * Survey exports, one respondent a row, each row a document named
 * `responses.csv#row=12` (src/read/survey/). A CSV is streamed, so a file of
 * any number of rows costs the memory of one; a workbook is read whole, as
 * read-excel-file must. Standard input is taken for a workbook by its zip
 * entries; a CSV there is plain text.
 */
export const surveyReader: Reader = {
  name: 'survey',
  extensions: ['.csv', '.xlsx'],
  description: 'survey exports, one respondent a row (see "Survey exports"; `csc-tag columns FILE` shows the columns)',
  sniff: (bytes) => zipKind(bytes) === 'xlsx',
  streams: true,
  read: (source, options) =>
    deferredItems(async () => {
      // Its columns are judged by the rules (closed answers, the survey-columns rule), which the caller has.
      // Every caller in csc-tag gives them: their absence is a bug, not the file's fault.
      if (!options.survey) throw new Error('a survey export is read with rules to judge its columns, and none were given');
      const reading = options.survey();
      // Loaded when a survey is met: csv-parse, iconv-lite and read-excel-file are no small module graph.
      const { readSurvey } = await import('../survey/read-survey.js');
      // Chosen for a .csv by its name; anything else it is given is a workbook, by its name or its zip entries.
      return readSurvey(source, extensionOf(options.name) !== '.csv', options.name, { ...reading, maxFileSize: options.maxFileSize });
    }),
};
