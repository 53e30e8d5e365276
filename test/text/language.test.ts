import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textLanguage } from '../../src/text/language.js';
import { tagDocument } from '../../src/pipeline/tag-document.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';

describe('answers not in English', () => {
  it.each([
    ['Rydym yn cytuno â’r cynnig. Mae angen mwy o gefnogaeth ar ofalwyr sy’n berthnasau, ac mae’n rhaid i’r awdurdodau lleol gael yr arian.', 'cy'],
    ['Nous sommes d’accord avec la proposition. Les aidants familiaux ont besoin de plus de soutien et les collectivités doivent avoir les moyens.', 'fr'],
    ['Zgadzamy się z propozycją. Opiekunowie w rodzinie potrzebują więcej wsparcia, a samorządy muszą mieć na to pieniądze i czas.', 'pl'],
    ['Wir stimmen dem Vorschlag zu. Pflegende Angehörige brauchen mehr Unterstützung, und die Kommunen müssen das Geld dafür haben.', 'de'],
    ['We agree with the proposal. Kinship carers need more support, and local authorities must have the money to do this.', undefined],
    ['i think it is a good idea to give carers a bit more money in the first year as it is hard', undefined],
    // Too short, or no function words of any language: nothing to tell.
    ['Oui, bien sûr.', undefined],
    ['London, Leeds, Cardiff, Newport, Swansea, Wrexham, Bangor, Aberystwyth, Carmarthen, Llanelli, Neath, Rhyl', undefined],
  ])('%s → %s', (text, expected) => {
    expect(textLanguage(text)).toBe(expected);
  });

  it('marks the segment with its language and warns, leaving English answers alone', async () => {
    const text = readFileSync('fixtures/language/welsh-answer.txt', 'utf8');
    const report = await tagDocument({ file: 'welsh-answer.txt', text, encoding: 'utf-8', bytes: text.length, warnings: [] }, loadCompiledRules());
    const questions = report.segments.filter((s) => s.kind === 'question');
    expect(questions.map((s) => s.language)).toEqual(['cy', undefined]);
    expect(report.warnings).toEqual([{ code: 'not-english', message: 's1 (question 1) reads as Welsh (cy), not English: check its labels by hand' }]);
  });
});
