import type { Meta, QuestionTotals } from '../../model/run-end.js';
import { shorten } from '../../text/utils.js';
import { uuid5 } from './uuid.js';
import { element, openTag } from './xml.js';

/** A code of the REFI-QDA code system; a parent that only groups others is not codable. */
export interface Code {
  guid: string;
  name: string;
  codable: boolean;
  color?: string;
  description: string;
  children: Code[];
}

/** The code system and where each label's code is, by theme, stance label and question group id. */
export interface CodeSystem {
  roots: Code[];
  theme: Map<string, string>;
  stance: Map<string, string>;
  question: Map<string, string>;
}

/** The stance labels a selection can be coded with, in the codebook's words (LABELS.md, Stance); `none` is left uncoded. */
const STANCE_CODES: readonly { label: string; color: string; description: string }[] = [
  {
    label: 'agree',
    color: '#1b7837',
    description: 'The answer supports the proposal the question puts: an explicit closed answer (Agree, Yes, Supportive) or text whose overall position is supportive.',
  },
  {
    label: 'neutral',
    color: '#b8860b',
    description: "An explicit Neutral or Don't know, a balanced answer, or an answer to an open question that gives suggestions or information without a position.",
  },
  { label: 'disagree', color: '#b2182b', description: 'The answer opposes the proposal: an explicit closed answer (Disagree, No, Not supportive) or text whose overall position is against it.' },
];

/** Theme colours, in theme order; distinct from the stance colours. */
const THEME_COLORS = ['#1f78b4', '#6a3d9a', '#33a02c', '#ff7f00', '#e31a1c', '#a6cee3', '#cab2d6', '#fb9a99', '#fdbf6f', '#b15928'];

const QUESTION_NAME_MAX = 80;

export const codeGuid = (key: string): string => uuid5(`code:${key}`);

export function codeSystem(meta: Meta, questions: readonly QuestionTotals[]): CodeSystem {
  const theme = new Map<string, string>();
  const stance = new Map<string, string>();
  const question = new Map<string, string>();
  const themes: Code = {
    guid: codeGuid('themes'),
    name: 'themes',
    codable: false,
    description: 'What an answer is substantively about: csc-tag codes each sentence that is evidence for a theme.',
    children: meta.themes.map((name, i) => {
      const guid = codeGuid(`theme:${name}`);
      theme.set(name, guid);
      return { guid, name, codable: true, color: THEME_COLORS[i % THEME_COLORS.length], description: meta.descriptions?.[name] ?? `The theme ${name}.`, children: [] };
    }),
  };
  const stances: Code = {
    guid: codeGuid('stance'),
    name: 'stance',
    codable: false,
    description: "The respondent's position on the proposal or statement the question puts to them; each question segment is coded with its stance.",
    children: STANCE_CODES.map(({ label, color, description }) => {
      const guid = codeGuid(`stance:${label}`);
      stance.set(label, guid);
      return { guid, name: label, codable: true, color, description, children: [] };
    }),
  };
  const roots = [themes, stances];
  if (questions.length > 0) {
    roots.push({
      guid: codeGuid('questions'),
      name: 'questions',
      codable: false,
      description: 'The consultation questions, the same question across respondents as one code; each answer is coded with its question.',
      children: questions.map((group) => {
        const guid = codeGuid(`question:${group.id}`);
        question.set(group.id, guid);
        const label = `${group.id}${group.number ? ` (${group.number})` : ''}: ${group.text}`;
        return { guid, name: shorten(label.replace(/\s+/g, ' '), QUESTION_NAME_MAX), codable: true, description: group.text, children: [] };
      }),
    });
  }
  return { roots, theme, stance, question };
}

/** The `<Codes>` element at `depth` (its indentation level), a line per code. */
export function codesXml(roots: readonly Code[], depth: number): string {
  const lines: string[] = [];
  const write = (code: Code, depth: number): void => {
    const pad = '  '.repeat(depth);
    lines.push(pad + openTag('Code', { guid: code.guid, name: code.name, isCodable: code.codable, color: code.color }));
    lines.push(`${pad}  ${element('Description', code.description)}`);
    for (const child of code.children) write(child, depth + 1);
    lines.push(`${pad}</Code>`);
  };
  for (const root of roots) write(root, depth + 1);
  const pad = '  '.repeat(depth);
  return `${pad}<Codes>\n${lines.join('\n')}\n${pad}</Codes>\n`;
}
