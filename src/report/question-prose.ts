import type { QuestionGroup } from '../model/schema.js';
import { ANSWERED_LABELS } from '../model/stance-labels.js';
import { byCodeUnit } from '../text/utils.js';

/** How a theme reads in a sentence; a user's own themes read as their names. */
const THEME_PHRASES: Record<string, string> = {
  funding: 'funding',
  'multi-agency': 'multi-agency working',
  kinship: 'kinship care',
  workforce: 'the workforce',
};

const VERB: Record<string, [string, string]> = {
  agree: ['agrees', 'agree'],
  neutral: ['is neutral', 'are neutral'],
  disagree: ['disagrees', 'disagree'],
};

/** The respondents' position stated plainly, majority first, with its denominator: "2 of 3 respondents who answered agree; 1 disagrees." */
export function stanceSentence(group: QuestionGroup): string {
  const { answered, respondents } = group;
  if (answered === 0) return `No respondent took a position (${respondents} gave no answer).`;
  const order = ANSWERED_LABELS.filter((l) => group.stance[l] > 0).sort((a, b) => group.stance[b] - group.stance[a]);
  const [top, ...rest] = order;
  const n = group.stance[top!];
  const of = answered === respondents ? `${answered} respondent${answered === 1 ? '' : 's'}` : `${answered} respondents who answered`;
  const lead = n === answered && answered === 1 ? `The one respondent ${VERB[top!]![0]}` : n === answered && answered === 2 ? `Both respondents ${VERB[top!]![1]}` : n === answered && answered > 2 ? `All ${of} ${VERB[top!]![1]}` : `${n} of ${of} ${VERB[top!]![n === 1 ? 0 : 1]}`;
  const minority = rest.map((l) => `${group.stance[l]} ${VERB[l]![group.stance[l] === 1 ? 0 : 1]}`);
  return `${lead}${minority.length ? `; ${minority.join(' and ')}` : ''}.`;
}

/** Themes raised by at least half the respondents: "both raise multi-agency working". */
export function themeSentence(group: QuestionGroup): string {
  const { respondents } = group;
  if (respondents === 0) return '';
  const dominant = Object.entries(group.themes)
    .filter(([, n]) => n * 2 >= respondents && n > 0)
    .sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]));
  if (dominant.length === 0) return 'No theme is raised by half of them.';
  const parts = dominant.map(([theme, n]) => {
    const what = Object.hasOwn(THEME_PHRASES, theme) ? THEME_PHRASES[theme]! : theme;
    const who = n === respondents ? (respondents === 1 ? 'it raises' : respondents === 2 ? 'both raise' : 'all raise') : `${n} of ${respondents} ${n === 1 ? 'raises' : 'raise'}`;
    return `${who} ${what}`;
  });
  return `${parts.join('; ')[0]!.toUpperCase()}${parts.join('; ').slice(1)}.`;
}

const COUNTED = [
  ['agree', 'agree'],
  ['neutral', 'neutral'],
  ['disagree', 'disagree'],
  ['none', 'no answer'],
] as const;

/**
 * One attribute's breakdown, value by value in report order: "Individual: 2
 * agree, 1 disagree; Organisation: 1 agree, 1 neutral". A zero is left out.
 */
export function breakdownSentence(values: QuestionGroup['byAttribute'][string]): string {
  return Object.entries(values)
    .map(([value, counts]) => {
      const parts = COUNTED.filter(([label]) => counts[label] > 0).map(([label, word]) => `${counts[label]} ${word}`);
      return `${value}: ${parts.join(', ')}`;
    })
    .join('; ');
}

/** Every attribute's breakdown, for questions.csv: "Region: London: 1 agree | ...", attributes apart by ` | `. */
export function breakdownText(group: QuestionGroup): string {
  return Object.entries(group.byAttribute)
    .map(([attribute, values]) => `${attribute}: ${breakdownSentence(values)}`)
    .join(' | ');
}
