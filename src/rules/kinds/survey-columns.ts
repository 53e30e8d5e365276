import type { SchemaParts } from '../schema-parts.js';
import { defineKind } from './kind.js';

/**
 * How a survey export's columns are typed from their header and their sampled answers together: the thresholds,
 * the scale points that state no position (`High`, `Very important`), and the Yes/No questions that ask about the
 * respondent or the response itself rather than put a proposal (`Are you happy for your response to be published?`).
 */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('survey-columns'),
      thresholds: z
        .object({
          /** Share of a column's answers that must have one shape (date, e-mail, URL, postcode, number, code) for the column to be typed so. */
          typedShare: z.number().min(0.5).max(1),
          /** An id column of codes (`R0001`) has at least this many answers, all different. */
          idMinValues: z.number().int().min(2),
          /** A respondent attribute has at most this many distinct answers, each at most `attributeLength` characters, ... */
          attributeValues: z.number().int().min(1),
          attributeLength: z.number().int().min(1),
          /** ... and at least this many answers for each distinct one (a value that recurs describes a group). */
          attributeRepeat: z.number().min(1),
          /** Share of a column's answers that must be scale points for it to be a closed question. */
          closedShare: z.number().min(0.5).max(1),
          /** A question answered by whole numbers from 0 up to this (1-5, 0-10) is a numeric scale. */
          numericScaleMax: z.number().int().min(1),
          /**
           * A column whose header asks nothing holds free-text answers when its answers average at least this many
           * words or its longest reaches `freeTextLength` characters; shorter ones are names or single terms.
           */
          freeTextWords: z.number().min(1),
          freeTextLength: z.number().int().min(1),
        })
        .strict(),
      /** Scale points of closed questions that the closed-answer rules do not know, since they state no position. */
      scalePoints: phrases,
      /** Phrases (matched anywhere in the header) of a question about the respondent or the response itself: its Yes/No is an attribute. */
      aboutRespondent: phrases,
    })
    .strict();

export const surveyColumns = defineKind(schema, {
  kind: 'survey-columns',
  compile(rule, into) {
    // The last by id is the one in effect; compile.ts falls back to the built-in one when a rules file has none.
    into.surveyColumns = rule;
  },
  phraseFields: (rule) => [['aboutRespondent', rule.aboutRespondent]],
  patterns: (rule) => {
    const t = rule.thresholds;
    return [
      `typed when ${t.typedShare} of answers share a shape; id: ${t.idMinValues}+ answers, all different`,
      `attribute: at most ${t.attributeValues} values of ${t.attributeLength} characters, each ${t.attributeRepeat}+ times`,
      `closed: ${t.closedShare} of answers scale points, or whole numbers 0-${t.numericScaleMax}`,
      `free text without a question: ${t.freeTextWords}+ words on average or ${t.freeTextLength}+ characters`,
      ...rule.scalePoints.map((p) => `(scale point) ${p}`),
      ...rule.aboutRespondent.map((p) => `(about the respondent) ${p}`),
    ];
  },
  target: () => 'survey columns',
  // Its examples are column headers: those that ask about the respondent or the response itself.
  fires: (rule, example) => example.rules.surveyColumns.rule === rule.id && example.rules.surveyColumns.aboutRespondent(example.text) !== undefined,
});
