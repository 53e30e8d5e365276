import fc from 'fast-check';
import { Report, type DocumentReport, type Evidence, type QuestionGroup, type QuestionMember, type Segment, type Skipped, type UnmatchedQuestion } from '../../src/model/schema.js';
import { hostileBit, longWord, sentence } from './genre.js';
import { STANCE_LABELS } from '../../src/model/stance-labels.js';
import { SKIP_CODES } from '../../src/model/errors.js';

/**
 * Schema-valid reports whose every free-text field (file names, titles,
 * questions, numbers, headings, answers, evidence, theme names, skip reasons,
 * question-group text) is an arbitrary string. Structure (kinds, labels,
 * roles, ids, counts) is what the pipeline makes, so that a report with the
 * same structure and safe strings is the reference for the formatters'
 * output shape.
 *
 * The arbitraries produce a `Model` whose strings are still raw; `toReport`
 * turns it into a Report, mapping each string through `str` first, so one
 * model gives both the hostile report (`str` = identity) and its plain twin.
 */

/** Text a response, a file name or a rules file could carry: any code point, graphemes, hostile fragments, URLs, long words. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ maxLength: 40 }),
  fc
    .array(
      fc.oneof(
        hostileBit,
        fc.constantFrom(
          'www.',
          'WWW.',
          'http://',
          'https://',
          'ftp://',
          'a@b.co',
          'x.example',
          '.com',
          ' ',
          '\n',
          '\r\n',
          '|',
          '\\',
          '`',
          '<',
          '>',
          '&',
          '[',
          ']',
          '(',
          ')',
          '!',
          '*',
          '=',
          '"',
          ',',
          ':',
          '/',
          '@',
        ),
        fc.string({ maxLength: 5 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
  longWord.map((w) => w.slice(0, 400)),
  sentence,
);

interface EvidenceModel {
  text: string;
  rule: string;
  line: number;
  start: number;
  role: Evidence['role'];
}

interface SegmentModel {
  kind: Segment['kind'];
  number: string | null;
  question: string | null;
  heading: string | null;
  answer: string;
  label: Segment['stance']['label'];
  source: Segment['stance']['source'];
  confidence: number;
  reason: string;
  evidence: EvidenceModel[];
  /** Whether the stance was read from the argument: its evidence then becomes the reading's steps. */
  read: boolean;
  themes: { pick: number; score: number; evidence: EvidenceModel[] }[];
}

interface DocumentModel {
  file: string;
  title: string;
  encoding: string;
  warnings: { code: string; message: string }[];
  segments: SegmentModel[];
}

interface MemberModel {
  file: string;
  title: string;
  number: string | null;
  question: string;
  stance: QuestionMember['stance'];
  source: QuestionMember['source'];
  themes: number[];
  quote: { text: string; line: number } | null;
}

export interface Model {
  version: string;
  themes: string[];
  documents: DocumentModel[];
  groups: { number: string | null; text: string; listed: boolean; members: MemberModel[] }[];
  unmatched: { file: string; number: string | null; question: string }[];
  skipped: Skipped[];
}

const SOURCES = ['explicit', 'inferred', 'none'] as const;
const ROLES = ['decides', 'supports', 'opposes', 'negates', 'contrasts', 'hedges', 'theme'] as const;

const evidenceModel: fc.Arbitrary<EvidenceModel> = fc.record({
  text: anyText,
  rule: anyText,
  line: fc.integer({ min: 1, max: 1_000_000 }),
  start: fc.nat({ max: 10_000_000 }),
  role: fc.constantFrom(...ROLES),
});

const segmentModel: fc.Arbitrary<SegmentModel> = fc.record({
  kind: fc.constantFrom('question', 'prose'),
  number: fc.option(anyText, { nil: null }),
  question: fc.option(anyText, { nil: null }),
  heading: fc.option(anyText, { nil: null }),
  answer: anyText,
  label: fc.constantFrom(...STANCE_LABELS),
  source: fc.constantFrom(...SOURCES),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  reason: anyText,
  evidence: fc.array(evidenceModel, { maxLength: 3 }),
  read: fc.boolean(),
  themes: fc.array(fc.record({ pick: fc.nat(), score: fc.double({ min: 0, max: 100, noNaN: true }), evidence: fc.array(evidenceModel, { maxLength: 3 }) }), { maxLength: 3 }),
});

const documentModel: fc.Arbitrary<DocumentModel> = fc.record({
  file: anyText,
  title: anyText,
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'),
  warnings: fc.array(fc.record({ code: anyText, message: anyText }), { maxLength: 1 }),
  segments: fc.array(segmentModel, { maxLength: 4 }),
});

const memberModel: fc.Arbitrary<MemberModel> = fc.record({
  file: anyText,
  title: anyText,
  number: fc.option(anyText, { nil: null }),
  question: anyText,
  stance: fc.constantFrom(...STANCE_LABELS),
  source: fc.constantFrom(...SOURCES),
  themes: fc.array(fc.nat(), { maxLength: 3 }),
  quote: fc.option(fc.record({ text: anyText, line: fc.integer({ min: 1, max: 1_000_000 }) }), { nil: null }),
});

/**
 * Theme names as a rules file may spell them: the rules schema allows only
 * `^[a-z][a-z0-9-]*$` (src/rules/schema.ts), so no theme name reaches a report
 * with other characters in it.
 */
export const themeName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('funding', 'multi-agency', 'kinship', 'workforce', 'www', 'http', 'https', 'mailto', 'constructor', 'x--y', 'a-'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
);

export const reportModel: fc.Arbitrary<Model> = fc.record({
  version: anyText,
  themes: fc.uniqueArray(themeName, { maxLength: 3 }),
  documents: fc.array(documentModel, { maxLength: 3 }),
  groups: fc.array(fc.record({ number: fc.option(anyText, { nil: null }), text: anyText, listed: fc.boolean(), members: fc.array(memberModel, { maxLength: 3 }) }), { maxLength: 2 }),
  unmatched: fc.array(fc.record({ file: anyText, number: fc.option(anyText, { nil: null }), question: anyText }), { maxLength: 2 }),
  skipped: fc.array(fc.record({ file: anyText, code: fc.constantFrom(...SKIP_CODES), reason: anyText }), { maxLength: 2 }),
});

/**
 * A replacement for every string that keeps the model's structure: the empty
 * string stays empty (it decides whether some lines are written at all), and
 * two strings are equal after replacement exactly when they were before.
 */
export function plainStrings(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    if (s === '') return '';
    let plain = seen.get(s);
    if (plain === undefined) {
      plain = `x${seen.size}`;
      seen.set(s, plain);
    }
    return plain;
  };
}

/** A reading whose steps are the stance's evidence, each counting the stance's way: its text reaches report.md. */
function readingOf(label: Segment['stance']['label'], evidence: Evidence[]): NonNullable<Segment['stance']['reading']> {
  const sign = label === 'disagree' ? -1 : 1;
  const steps = evidence.map((e) => ({ evidence: e, about: 'consequence' as const, why: 'modality' as const, cue: null, move: 'polarity' as const, words: [], flips: [], contribution: sign * 0.5 }));
  const total = steps.length * 0.5;
  return { steps, omitted: 0, sum: sign * total, for: sign > 0 ? total : 0, against: sign < 0 ? total : 0, threshold: 0.02, policy: 'stance.policy' };
}

/** The model as a Report (validated with the zod schema), every string passed through `str`. */
export function toReport(model: Model, str: (s: string) => string = (s) => s): Report {
  const themes = model.themes.map(str);
  const themeOf = (pick: number): string | undefined => (themes.length === 0 ? undefined : themes[pick % themes.length]);
  const evidence = (e: EvidenceModel): Evidence => {
    const text = str(e.text);
    return { text, rule: str(e.rule), line: e.line, column: 1, offset: [e.start, e.start + text.length], role: e.role };
  };
  const opt = (s: string | null): string | null => (s === null ? null : str(s));

  const documents: DocumentReport[] = model.documents.map((d) => ({
    file: str(d.file),
    title: str(d.title),
    respondent: { id: str(d.file), name: str(d.title), attributes: {} },
    encoding: d.encoding,
    bytes: 0,
    warnings: d.warnings.map((w) => ({ code: str(w.code), message: str(w.message) })),
    segments: d.segments.map((s, i): Segment => {
      const point = { line: 1, column: 1, offset: 0 };
      return {
        id: `s${i + 1}`,
        key: `${i.toString(16).padStart(8, '0')}-0000000${i % 10}`,
        kind: s.kind,
        number: opt(s.number),
        question: s.kind === 'question' ? opt(s.question) : null,
        heading: s.kind === 'prose' ? opt(s.heading) : null,
        answer: str(s.answer),
        position: { start: point, end: point },
        proposal: null,
        stance: {
          label: s.label,
          source: s.source,
          confidence: s.confidence,
          code: 'closed-answer',
          reason: str(s.reason),
          evidence: s.evidence.map(evidence),
          ...(s.read && s.label !== 'none' ? { reading: readingOf(s.label, s.evidence.map(evidence)) } : {}),
        },
        themes: s.themes.flatMap((t) => {
          const theme = themeOf(t.pick);
          return theme === undefined ? [] : [{ theme, score: t.score, evidence: t.evidence.map(evidence) }];
        }),
      };
    }),
  }));

  const questions: QuestionGroup[] = model.groups.map((g, i) => {
    const members: QuestionMember[] = g.members.map((m, k) => ({
      file: str(m.file),
      id: `s${k + 1}`,
      title: str(m.title),
      respondent: str(m.title) || str(m.file),
      number: opt(m.number),
      question: str(m.question),
      stance: m.stance,
      source: m.source,
      code: 'closed-answer',
      reason: 'closed answer',
      themes: m.themes.flatMap((pick) => themeOf(pick) ?? []),
      quote: m.quote === null ? null : { text: str(m.quote.text), line: m.quote.line },
    }));
    const stance = { agree: 0, neutral: 0, disagree: 0, none: 0 };
    const counts: Record<string, number> = Object.fromEntries(themes.map((t) => [t, 0]));
    for (const m of members) {
      stance[m.stance]++;
      for (const t of m.themes) counts[t] = (counts[t] ?? 0) + 1;
    }
    return {
      id: `q${i + 1}`,
      number: opt(g.number),
      text: str(g.text),
      listed: g.listed,
      members,
      respondents: members.length,
      answered: members.length - stance.none,
      stance,
      themes: counts,
      // Arbitrary breakdowns: attribute and value names are untrusted text too.
      byAttribute: members.length > 0 ? { [str(g.text)]: { [str(members[0]!.title)]: { ...stance } } } : {},
    };
  });

  const unmatchedQuestions: UnmatchedQuestion[] = model.unmatched.map((u, i) => ({ file: str(u.file), id: `s${i + 1}`, number: opt(u.number), question: str(u.question) }));
  const skipped = model.skipped.map((s) => ({ file: str(s.file), code: s.code, reason: str(s.reason) }));

  return Report.parse({
    schemaVersion: 1,
    generator: { name: 'csc-tag', version: str(model.version) },
    themes,
    documents,
    questions,
    unmatchedQuestions,
    campaigns: [],
    prose: { sections: 0, themes: [] },
    skipped,
    ignored: { files: [], byExtension: {} },
    summary: summarise(documents, skipped.length, themes),
  });
}

function summarise(documents: readonly DocumentReport[], skipped: number, themes: readonly string[]): Report['summary'] {
  const segments = documents.flatMap((d) => d.segments);
  const questions = segments.filter((s) => s.kind === 'question');
  const stance: Record<string, number> = { agree: 0, neutral: 0, disagree: 0, none: 0 };
  const themeCounts: Record<string, number> = Object.fromEntries(themes.map((t) => [t, 0]));
  const themeByStance: Record<string, Record<string, number>> = Object.fromEntries(themes.map((t) => [t, { agree: 0, neutral: 0, disagree: 0, none: 0 }]));
  for (const s of questions) stance[s.stance.label]! += 1;
  for (const s of segments) {
    for (const { theme } of s.themes) {
      themeCounts[theme] = (themeCounts[theme] ?? 0) + 1;
      if (s.kind === 'question') {
        themeByStance[theme]![s.stance.label]! += 1;
      }
    }
  }
  return { documents: documents.length, skipped, segments: segments.length, questions: questions.length, stance, themes: themeCounts, themeByStance };
}
