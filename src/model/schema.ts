import { z } from 'zod';
import { STANCE_LABELS } from './stance-labels.js';
import { STANCE_REASON_CODES } from './stance-reasons.js';
import { SKIP_CODES } from './errors.js';

/**
 * The report's shape, published as JSON Schema (schema/report.schema.json).
 * The run's totals are checked against it before they are written; tagged
 * documents are held to it by the property tests. Every position is measured in the
 * decoded text the user sees (BOM stripped, line endings normalised to LF),
 * in JavaScript string units, the unist/remark convention.
 */

export const Point = z
  .object({
    /** 1-based line. */
    line: z.number().int().min(1),
    /** 1-based column. */
    column: z.number().int().min(1),
    /** 0-based offset into the decoded text. */
    offset: z.number().int().min(0),
  })
  .strict();

export const Position = z.object({ start: Point, end: Point }).strict();

export const Evidence = z
  .object({
    /** The exact text of the span: `text === source.slice(offset[0], offset[1])`. */
    text: z.string(),
    /** Id of the rule that produced or changed the label. */
    rule: z.string(),
    /** 1-based line of the span's start. */
    line: z.number().int().min(1),
    /** 1-based column of the span's start. */
    column: z.number().int().min(1),
    /** [start, end) 0-based offsets into the decoded text. */
    offset: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
    /** What the span did: decided the label, flipped it (negation), weakened it (contrast, hedge), or supports a theme. */
    role: z.enum(['decides', 'supports', 'opposes', 'negates', 'reverses', 'intensifies', 'contrasts', 'hedges', 'targets', 'theme']),
    /** For a survey row: the spreadsheet cell the span is in, and [start, end) within the cell's text. */
    cell: z
      .object({ row: z.number().int().min(1), column: z.string(), offset: z.tuple([z.number().int().min(0), z.number().int().min(0)]) })
      .strict()
      .optional(),
  })
  .strict();

export const StanceLabel = z.enum(STANCE_LABELS);
/** `reviewed`: an analyst's label from a --reviews file, which wins over the tagger's (kept in the segment's `review`). */
export const StanceSource = z.enum(['explicit', 'inferred', 'none', 'reviewed']);

/** The proposal a question puts, as the reading of an argument uses it (absent on prose). */
export const Proposal = z
  .object({
    /** Whether the question asks for a position on it (LABELS.md: which questions ask for a position). */
    asksPosition: z.boolean(),
    /** Id of the rule whose frame the question opens with (`do you agree that`), if any. */
    frame: z.string().nullable(),
    /** The proposal's action as the question words it (`ban`, `fight for the abolition`), if it names one. */
    action: z.string().nullable(),
    /** Which way agreeing moves the object: `restrict` (ban, stop, limit; a claim that it is bad) or `promote`. */
    direction: z.enum(['restrict', 'promote']),
    /** The object the action acts on, as the question words it, and its stems. */
    object: z.string(),
    terms: z.array(z.string()),
  })
  .strict();

/** A polarity word or phrase of a clause, with its score before and after negation, effect verbs and intensifiers. */
export const ReadingWord = z.object({ evidence: Evidence, base: z.number(), score: z.number() }).strict();

/** One step of reading an argument: a clause, what it is about and why, and what it adds to the sum. */
export const ReadingStep = z
  .object({
    /** The clause (or the sentence, for counter-proposals and rhetorical questions). */
    evidence: Evidence,
    /** `proposal`: names its action or refers back to it; `consequence`: what would follow; `problem`: the object as things are now. */
    about: z.enum(['proposal', 'consequence', 'problem', 'other']),
    why: z.enum(['mention', 'anaphor', 'modality', 'none']),
    /** The word that showed what the clause is about. */
    cue: Evidence.nullable(),
    move: z.enum(['polarity', 'directive', 'counter', 'rhetorical']),
    words: z.array(ReadingWord),
    /** Negators, effect verbs and intensifiers that changed a word or a directive. */
    flips: z.array(Evidence),
    /** Signed weight for (+) or against (-) the proposal. */
    contribution: z.number(),
  })
  .strict();

/** How an inferred stance was read from the argument: every step, and the sum against the policy's threshold. */
export const Reading = z
  .object({
    /** The strongest steps, at most the policy's `maxSteps`, in the answer's order; the sums count every step. */
    steps: z.array(ReadingStep),
    /** How many weaker steps are not shown. */
    omitted: z.number().int().min(0),
    sum: z.number(),
    for: z.number(),
    against: z.number(),
    threshold: z.number(),
    /** Id of the stance-policy rule whose weights were used. */
    policy: z.string(),
  })
  .strict();

export const Stance = z
  .object({
    label: StanceLabel,
    source: StanceSource,
    confidence: z.number().min(0).max(1),
    /** Which decider decided it and why (model/stance-reasons.ts): `closed-answer`, `stated-support`, `argument-consequence`. */
    code: z.enum(STANCE_REASON_CODES),
    /** The code in codebook words, e.g. "closed answer", "cross-reference or no answer". */
    reason: z.string(),
    evidence: z.array(Evidence),
    /** For a stance read from the argument: the steps of the reading. */
    reading: Reading.optional(),
  })
  .strict();

export const ThemeTag = z
  .object({
    theme: z.string(),
    score: z.number().min(0),
    evidence: z.array(Evidence),
  })
  .strict();

export const Segment = z
  .object({
    /** Stable within a document: `s1`, `s2`, ... in document order. */
    id: z.string(),
    /**
     * Stable across runs while the file's path, the question and the answer stay the same (model/segment-key.ts):
     * what a review names. Two hashes, `slot-answer`: a review whose slot is found but not its answer is stale.
     */
    key: z.string(),
    kind: z.enum(['question', 'prose']),
    number: z.string().nullable(),
    question: z.string().nullable(),
    /** Section heading of a prose segment, when it has one. */
    heading: z.string().nullable(),
    answer: z.string(),
    position: Position,
    /** The proposal the question puts (null on prose). */
    proposal: Proposal.nullable(),
    stance: Stance,
    themes: z.array(ThemeTag),
    /** ISO 639-1 code of the answer's language when it is plainly not English (`cy`, `fr`); absent for English. */
    language: z.string().optional(),
    /** For a survey row: the spreadsheet columns (letters) the segment was read from. */
    columns: z.array(z.string()).optional(),
    /** An analyst's review applied to the segment (--reviews): its note, and the tagger's own labels it replaced. */
    review: z
      .object({
        note: z.string().nullable(),
        /** The tagger's stance, when the review set the stance (which then has source `reviewed`). */
        stance: Stance.nullable(),
        /** The tagger's themes, when the review set the themes. */
        themes: z.array(ThemeTag).nullable(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const Warning = z.object({ code: z.string(), message: z.string() }).strict();

/** Who answered: from the document's metadata (docx properties, PDF title, page title, email sender), else its opening line; for a survey row, its columns. */
export const Respondent = z
  .object({
    /** The document's name (`letter.eml#response.docx`), unique in a run; for a survey row, its id column (or `row N`). */
    id: z.string(),
    name: z.string().optional(),
    /** What the source says of the respondent: author, organisation, email, title; for a survey row, attribute column -> value (`Respondent type` -> `Organisation`). */
    attributes: z.record(z.string(), z.string()),
  })
  .strict();

export const DocumentReport = z
  .object({
    file: z.string(),
    /** For a survey row (`responses.xlsx#row=12`): the row number as a spreadsheet shows it. */
    row: z.number().int().min(1).optional(),
    respondent: Respondent,
    title: z.string(),
    encoding: z.string(),
    bytes: z.number().int().min(0),
    warnings: z.array(Warning),
    segments: z.array(Segment),
    /** With --proposal (or --questions): a document that answers no question, read for its position on the consultation's main proposal. */
    letter: z.object({ proposal: z.string(), stance: Stance }).strict().optional(),
  })
  .strict();

/** An input not tagged: its path, why (one of SKIP_CODES, see model/errors.ts) and the reason in words. */
export const Skipped = z.object({ file: z.string(), code: z.enum(SKIP_CODES), reason: z.string() }).strict();

const Counts = z.record(z.string(), z.number().int().min(0));

export const Summary = z
  .object({
    documents: z.number().int().min(0),
    skipped: z.number().int().min(0),
    segments: z.number().int().min(0),
    questions: z.number().int().min(0),
    stance: Counts,
    themes: Counts,
    /** theme -> stance -> number of question segments. */
    themeByStance: z.record(z.string(), Counts),
  })
  .strict();

const StanceCounts = z.object({ agree: z.number().int().min(0), neutral: z.number().int().min(0), disagree: z.number().int().min(0), none: z.number().int().min(0) }).strict();

/** One respondent's answer to a question group. */
export const QuestionMember = z
  .object({
    file: z.string(),
    /** The segment's id in its document. */
    id: z.string(),
    title: z.string(),
    /** The respondent's name (Respondent.name), else the file. */
    respondent: z.string(),
    number: z.string().nullable(),
    question: z.string(),
    stance: StanceLabel,
    source: StanceSource,
    /** The stance's reason code (model/stance-reasons.ts), and the code in codebook words. */
    code: z.enum(STANCE_REASON_CODES),
    reason: z.string(),
    themes: z.array(z.string()),
    /** The answer's key quote: an explicit answer with its explanation's first sentence, the deciding span, or the answer's first sentence. */
    quote: z
      .object({ text: z.string(), line: z.number().int().min(1) })
      .strict()
      .nullable(),
  })
  .strict();

/** An answer or a letter by its file and, for a segment, its id. */
const AnswerRef = z.object({ file: z.string(), segment: z.string() }).strict();
const SideCounts = z.object({ agree: z.number().int().min(0), neutral: z.number().int().min(0), disagree: z.number().int().min(0) }).strict();

/** A representative answer of a discovered theme: the sentence that raises it, with its place in the document (as Evidence counts). */
export const DiscoveredQuote = z
  .object({
    file: z.string(),
    segment: z.string(),
    text: z.string(),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
  })
  .strict();

/** A theme discovered in the answers to one question (src/discover/): what people said, found without a language model. */
export const DiscoveredTheme = z
  .object({
    /** `t1`, `t2`, ... by how many answers raise it; `other` gathers themes too small to stand alone. */
    id: z.string(),
    /** Its leading phrases. */
    label: z.string(),
    /** Its phrases, as rule patterns (`~` stands for up to two words). */
    phrases: z.array(z.string()),
    members: z.array(AnswerRef),
    stance: SideCounts,
    quotes: z.array(DiscoveredQuote),
  })
  .strict();

/** What discovery found in a question's answers, and the counts without campaign responses. */
export const Discovered = z
  .object({
    /** Answers with text that were read. */
    answers: z.number().int().min(0),
    themes: z.array(DiscoveredTheme),
    /** The group's counts with every campaign response (see `campaigns`) left out. */
    withoutCampaigns: z.object({ respondents: z.number().int().min(0), answered: z.number().int().min(0), stance: StanceCounts }).strict(),
  })
  .strict();

/** Themes discovered in the prose sections of every document (letters, articles, text outside any question). */
export const DiscoveredProse = z
  .object({
    /** Prose sections with text that were read. */
    sections: z.number().int().min(0),
    themes: z.array(DiscoveredTheme),
  })
  .strict();

/** Near-identical responses: a template sent by many with a name or a sentence changed. */
export const Campaign = z
  .object({
    /** `c1`, `c2`, ... in order of first member. */
    id: z.string(),
    count: z.number().int().min(2),
    /** Letters by file; survey answers by file and segment. */
    members: z.array(z.object({ file: z.string(), segment: z.string().optional() }).strict()),
    /** The sentences most members share, in the first member's order. */
    template: z.string(),
  })
  .strict();

/** The same consultation question across respondents (`questions` in report.json). */
export const QuestionGroup = z
  .object({
    /** `q1`, `q2`, ... in order of first appearance, or of the --questions list. */
    id: z.string(),
    number: z.string().nullable(),
    /** The longest member's question, or the listed question's text. */
    text: z.string(),
    /** Whether it comes from the consultation's own list (--questions). */
    listed: z.boolean(),
    members: z.array(QuestionMember),
    respondents: z.number().int().min(0),
    /** Respondents whose stance is not `none`. */
    answered: z.number().int().min(0),
    stance: StanceCounts,
    /** theme -> respondents whose answer raises it. */
    themes: z.record(z.string(), z.number().int().min(0)),
    /** Respondent attribute -> its value -> stance counts of the members with that value. */
    byAttribute: z.record(z.string(), z.record(z.string(), StanceCounts)),
    /** Themes discovered in its answers, and its counts without campaign responses. */
    discovered: Discovered.optional(),
  })
  .strict();

/** A segment that matched no question of the --questions list. */
export const UnmatchedQuestion = z.object({ file: z.string(), id: z.string(), number: z.string().nullable(), question: z.string() }).strict();

/** Files of no known format met in a folder search: named, never read, and counted by extension. */
export const Ignored = z
  .object({
    files: z.array(z.string()),
    /** `.csv` -> files; `(none)` for names without an extension. */
    byExtension: Counts,
    /** File -> why it was read but not tagged (a table with no free-text answer column and no closed question is no survey); absent when none was. */
    reasons: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/** Letters (documents that answer no question) counted on the consultation's main proposal: their own row beside its answers. */
export const Letters = z
  .object({
    proposal: z.string(),
    /** The question group of the proposal (the first question of --questions), or null with --proposal alone. */
    question: z.string().nullable(),
    documents: z.number().int().min(0),
    stance: StanceCounts,
  })
  .strict();

/** What a --reviews file did to the run: the reviews applied, and those that matched no segment. */
export const Reviews = z
  .object({
    /** Reviews applied to at least one segment. */
    applied: z.number().int().min(0),
    stale: z.array(
      z
        .object({
          key: z.string(),
          /** From the reviews file's own columns, else from the segment whose slot the key names; null when neither says. */
          file: z.string().nullable(),
          question: z.string().nullable(),
          /** `answer-changed`: the file still has the question but its answer is not the one reviewed; `unknown-key`: nothing matches. */
          why: z.enum(['answer-changed', 'unknown-key']),
        })
        .strict(),
    ),
  })
  .strict();

export const Report = z
  .object({
    schemaVersion: z.literal(1),
    generator: z.object({ name: z.literal('csc-tag'), version: z.string() }).strict(),
    themes: z.array(z.string()),
    documents: z.array(DocumentReport),
    questions: z.array(QuestionGroup),
    unmatchedQuestions: z.array(UnmatchedQuestion),
    campaigns: z.array(Campaign),
    /** Themes discovered in the prose sections, as in each question's `discovered`. */
    prose: DiscoveredProse,
    skipped: z.array(Skipped),
    ignored: Ignored,
    /** Only with --reviews. */
    reviews: Reviews.optional(),
    /** Only with --proposal or --questions. */
    letters: Letters.optional(),
    summary: Summary,
  })
  .strict();

export type Reviews = z.infer<typeof Reviews>;
export type Letters = z.infer<typeof Letters>;
export type Respondent = z.infer<typeof Respondent>;
export type Ignored = z.infer<typeof Ignored>;
export type Point = z.infer<typeof Point>;
export type Position = z.infer<typeof Position>;
export type Evidence = z.infer<typeof Evidence>;
export type StanceLabel = z.infer<typeof StanceLabel>;
export type Stance = z.infer<typeof Stance>;
export type Proposal = z.infer<typeof Proposal>;
export type Reading = z.infer<typeof Reading>;
export type ReadingStep = z.infer<typeof ReadingStep>;
export type ThemeTag = z.infer<typeof ThemeTag>;
export type Segment = z.infer<typeof Segment>;
export type DocumentReport = z.infer<typeof DocumentReport>;
export type Skipped = z.infer<typeof Skipped>;
export type Summary = z.infer<typeof Summary>;
export type Report = z.infer<typeof Report>;
export type QuestionMember = z.infer<typeof QuestionMember>;
export type QuestionGroup = z.infer<typeof QuestionGroup>;
export type UnmatchedQuestion = z.infer<typeof UnmatchedQuestion>;
export type DiscoveredQuote = z.infer<typeof DiscoveredQuote>;
export type DiscoveredTheme = z.infer<typeof DiscoveredTheme>;
export type Discovered = z.infer<typeof Discovered>;
export type Campaign = z.infer<typeof Campaign>;
export type DiscoveredProse = z.infer<typeof DiscoveredProse>;
