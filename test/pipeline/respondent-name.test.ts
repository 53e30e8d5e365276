import { describe, expect, it } from 'vitest';
import { isPlausibleName, respondentName } from '../../src/pipeline/respondent-name.js';

describe('respondent names, from reliable places only', () => {
  it.each([
    ['Riverside Family Rights Group', true],
    ['NSPCC', true],
    ['Jo Bloggs', true],
    ['jo@example.org', true],
    ['Template Report template', false],
    ['date', false],
    ['jsmith', false],
    ['CORP\\jsmith', false],
    ['User01', false],
    ['Microsoft Office User', false],
    ['Correspondence', false],
    ['Question 2 If so what should change?', false],
    ['What is your name?', false],
    ['06/07/2023', false],
  ])('%s is a name: %s', (value, expected) => {
    expect(isPlausibleName(value)).toBe(expected);
  });

  it('takes the source’s author fields, never its title or a template or login property', () => {
    expect(respondentName('Correspondence\n\nText.', { title: 'Correspondence' }, 'Correspondence')).toBeUndefined();
    expect(respondentName('Text.', { author: 'jsmith', organisation: 'Template Report template' }, 'Template Report template')).toBeUndefined();
    expect(respondentName('Text.', { author: 'Ann Lee', organisation: 'Home' }, 'Home')).toBe('Ann Lee');
    expect(respondentName('Text.', { sender: 'Ann Lee', email: 'ann@example.org' }, 'Ann Lee')).toBe('Ann Lee');
  });

  it('takes a Name: line near the top, never a page’s first line or a question line', () => {
    expect(respondentName('Correspondence\n\nName: Ann Lee\nOrganisation: Westfield Council\n\nQ1. Do you agree?\nYes.', {})).toBe('Ann Lee');
    expect(respondentName('Westfield Council\n\nWhat is your name?\nAnn\n', {})).toBeUndefined();
    expect(respondentName('Name: What is your name?\n', {})).toBeUndefined();
  });

  it('takes the signer under a letter’s closing', () => {
    expect(respondentName('Dear Minister,\n\nWe write in support.\n\nYours sincerely,\n\nMargaret Hollis\nChair, Ashcombe Foster Carers', {})).toBe('Margaret Hollis');
    expect(respondentName('Dear Minister,\n\nYours sincerely,\n\nWe will write again.', {})).toBeUndefined();
  });
});
