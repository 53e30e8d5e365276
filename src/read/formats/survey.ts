import { ReadError, type Reader } from './reader.js';

/**
 * Survey exports, one respondent a row. They are read a row at a time by the survey reader (src/read/survey/),
 * which the corpus calls for them directly, so that a file of any number of rows costs the memory of one: this
 * entry puts them in the registry for folder searches, `--help` and the README's list of formats.
 */
export const surveyReader: Reader = {
  name: 'survey',
  extensions: ['.csv', '.xlsx'],
  description: 'survey exports, one respondent a row (see "Survey exports"; `csc-tag columns FILE` shows the columns)',
  read: () => {
    throw new ReadError('survey-export', 'a survey export is read a row at a time when tagged; `csc-tag columns FILE` shows how its columns are read');
  },
};
