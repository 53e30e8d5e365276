import { POLICY_DEFAULTS } from '../stance-defaults.js';
import type { SchemaParts } from '../schema-parts.js';
import { defineKind } from './kind.js';

/** The weights and thresholds of the inferred stance: configuration, not constants (STYLE.md, section 8). */
const schema = ({ z, common }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('stance-policy'),
      /** Weight of a clause by what it is about. `problem`: the proposal's object as things are now; `other`: none of these. */
      about: z.object({ proposal: z.number().min(0), consequence: z.number().min(0), problem: z.number().min(0), other: z.number().min(0) }).strict(),
      /** The most one clause's polarity can weigh, so one heated sentence cannot outweigh the rest. */
      clauseCap: z.number().positive(),
      /** What a call for an action (`should be banned`) weighs, before the action's direction is applied. */
      directive: z.number().min(0),
      /** What a counter-proposal or a rhetorical question weighs against the proposal. */
      counter: z.number().min(0),
      rhetorical: z.number().min(0),
      /** Weight of a clause conceded by `although`, `while`, and of one led by `but`, `however`. */
      conceded: z.number().min(0).max(1),
      contrast: z.number().min(1).max(2),
      /** The sum an answer's reading must reach, either way, to take a side; below it the tagger abstains. */
      threshold: z.number().min(0),
      /**
       * Added to the threshold for each sentence after the first: a long answer full of suggestions gathers mild
       * words of praise, and suggestions alone are not a position (LABELS.md).
       */
      lengthThreshold: z.number().min(0),
      /** Below this share of the weight on the winning side the answer argues both ways (codebook rule 3): neutral. */
      balance: z.number().min(0.5).max(1),
      /** Confidence of a label at the threshold, and the sum at which it reaches `confidenceMax`. */
      confidenceMin: z.number().min(0).max(1),
      confidenceMax: z.number().min(0).max(1),
      confidentSum: z.number().positive(),
      /** How many steps of a reading the report shows (the strongest); the sums always count all of them. */
      maxSteps: z.number().int().min(1),
      /**
       * A side of an argument carries weight from this sum: `argues both ways` only when both sides do; a reading
       * that does not take a side with less on either is too little to go on, at `abstainConfidence`.
       */
      sideWeight: z.number().min(0).default(POLICY_DEFAULTS.sideWeight),
      abstainConfidence: z.number().min(0).max(1).default(POLICY_DEFAULTS.abstainConfidence),
      /** Confidence of an answer whose sides carry similar weight (rule 3), and of one that says it takes no side. */
      balancedConfidence: z.number().min(0).max(1).default(POLICY_DEFAULTS.balancedConfidence),
      noPositionConfidence: z.number().min(0).max(1).default(POLICY_DEFAULTS.noPositionConfidence),
      /** Stated positions: the weight at which a side has taken one, and for an open question (a full cue, in its opening). */
      minPosition: z.number().min(0).default(POLICY_DEFAULTS.minPosition),
      minPositionOpen: z.number().min(0).default(POLICY_DEFAULTS.minPositionOpen),
      /** One side must outweigh the other this many times; otherwise the stated positions are balanced. */
      dominance: z.number().min(1).default(POLICY_DEFAULTS.dominance),
      /** Cues in the answer's opening paragraph, and in its last sentence (its conclusion), weigh this many times more. */
      lead: z.number().min(1).default(POLICY_DEFAULTS.lead),
      /** Confidence of a stated position: from the first where its side barely leads to the second where only it speaks. */
      statedConfidenceMin: z.number().min(0).max(1).default(POLICY_DEFAULTS.statedConfidenceMin),
      statedConfidenceMax: z.number().min(0).max(1).default(POLICY_DEFAULTS.statedConfidenceMax),
      /** Confidence of `neutral` for an open question answered without a position, and for an answer with nothing to go on. */
      openConfidence: z.number().min(0).max(1).default(POLICY_DEFAULTS.openConfidence),
      nothingConfidence: z.number().min(0).max(1).default(POLICY_DEFAULTS.nothingConfidence),
      /** How many words before a stance cue a hedge reaches (`in general, we support`), and after it a negator reaches in a reading. */
      hedgeReach: z.number().int().min(0).default(POLICY_DEFAULTS.hedgeReach),
      negationReach: z.number().int().min(1).default(POLICY_DEFAULTS.negationReach),
      /**
       * Confidence of a closed answer: a ticked box or the whole first line (`Agree.`), the first line's lead before
       * a reason (`No, because ...`), a first sentence that states a scale point (`We are somewhat supportive of ...`).
       */
      closedLine: z.number().min(0).max(1).default(POLICY_DEFAULTS.closedLine),
      closedLead: z.number().min(0).max(1).default(POLICY_DEFAULTS.closedLead),
      closedOpening: z.number().min(0).max(1).default(POLICY_DEFAULTS.closedOpening),
    })
    .strict();

export const stancePolicy = defineKind(schema, {
  kind: 'stance-policy',
  compile(rule, into) {
    // Rules arrive in id order: of several policies the last by id would win, which load.ts rules out.
    into.argument.policy = { ...rule, rule: rule.id };
  },
  phraseFields: () => [],
  patterns: (rule) => {
    const { about, clauseCap, directive, counter, rhetorical, conceded, contrast, threshold, lengthThreshold, balance, confidenceMin, confidenceMax, confidentSum, maxSteps } = rule;
    return [
      `about: proposal ${about.proposal}, consequence ${about.consequence}, problem ${about.problem}, other ${about.other}`,
      `clause cap ${clauseCap}; directive ${directive}; counter-proposal ${counter}; rhetorical question ${rhetorical}; conceded ×${conceded}; after a contrast ×${contrast}`,
      `threshold ${threshold} + ${lengthThreshold} a sentence after the first; balance ${balance}; confidence ${confidenceMin} to ${confidenceMax} at sum ${confidentSum}; shows ${maxSteps} steps`,
    ];
  },
  target: () => 'weights',
  // An answer to a proposal put for agreement that the policy's reading takes a side on.
  fires: (rule, example) => {
    const { stance } = example.answer('proposal');
    return stance.reading?.policy === rule.id && stance.label !== 'neutral';
  },
});
