import { createLocator } from '../read/locate.js';
import { makeRespondent, type ReadRespondent } from '../read/respondent.js';
import type { Fired } from '../classify/stance.js';
import type { DocumentReport, Segment } from '../model/schema.js';
import { labelSegments, languageWarnings } from './label-segments.js';
import { letterStance } from './letter-stance.js';
import { respondentName } from './respondent-name.js';
import { respondentQuestions } from './respondent-questions.js';
import type { CompiledRules } from '../rules/compile.js';
import { textBlocks } from '../segment/block.js';
import { markdownBlocks, tooDeepForMarkdown } from '../segment/blocks-markdown.js';
import { structureBlocks } from '../segment/blocks-structure.js';
import type { StructureBlock } from '../read/formats/reader.js';
import { segmentBlocks } from '../segment/segment.js';

export interface DecodedDocument {
  /** Path as given (relative to the working folder when inside it). */
  file: string;
  /** Decoded text with LF line endings; every position refers to it. */
  text: string;
  encoding: string;
  bytes: number;
  warnings: { code: string; message: string }[];
  /** Headings, paragraphs and list items the format marks (Word, PDF, web pages); plain text is split by its lines. */
  structure?: readonly StructureBlock[];
  /** Parse as Markdown; when absent, a `.md` or `.markdown` name decides. */
  markdown?: boolean;
  /** What the source says of who wrote it (see respondent-name.ts for what names them). */
  respondent?: ReadRespondent;
}

const MARKDOWN = /\.(?:md|markdown)$/i;

export interface TagOptions {
  /** Called with the stance rules that fired on each segment, decisive or not (for rule statistics). */
  onFired?: (segment: Segment, fired: readonly Fired[]) => void;
  /** Called with the id of each furniture rule that dropped a block or ended the document. */
  onFurniture?: (rule: string) => void;
  /** The consultation's main proposal: a document that answers no question is read for its position on it (letter-stance.ts). */
  proposal?: string;
}
const TITLE_LENGTH = 200;

/** Segments and labels one decoded document: the whole pipeline after reading. */
export async function tagDocument(doc: DecodedDocument, rules: CompiledRules, options: TagOptions = {}): Promise<DocumentReport> {
  const { text } = doc;
  const locate = createLocator(text);
  const warnings = [...doc.warnings];
  // An empty response is worth a look (a failed export, a form saved blank), not a silent zero.
  if (text.trim() === '') warnings.push({ code: 'empty', message: 'empty file: no text to tag' });
  let markdown = !doc.structure && (doc.markdown ?? MARKDOWN.test(doc.file));
  if (markdown && tooDeepForMarkdown(text)) {
    markdown = false;
    warnings.push({ code: 'markdown-too-deep', message: 'lists or block quotes nested too deeply to parse as Markdown; read as plain text' });
  }
  const blocks = doc.structure ? structureBlocks(text, doc.structure) : markdown ? await markdownBlocks(text) : textBlocks(text);
  const found = segmentBlocks(blocks, rules.furniture, options.onFurniture, (line) => rules.closedWordings.find(line) !== undefined);
  const { segments: raw, attributes: answered } = respondentQuestions(found, rules);
  const segments = labelSegments(doc.file, raw, text, locate, rules, options);
  warnings.push(...languageWarnings(segments));
  const titleBlock = blocks.find((b) => !rules.furniture.match(b.text));
  const title = titleBlock ? titleBlock.text.replace(/\s+/g, ' ').slice(0, TITLE_LENGTH) : '';
  const name = respondentName(text, doc.respondent?.attributes ?? {}, doc.respondent?.name)
    ?.replace(/\s+/g, ' ')
    .trim()
    .slice(0, TITLE_LENGTH);
  const respondent = makeRespondent(name, { ...doc.respondent?.attributes, ...answered }, doc.file);
  const letter = options.proposal === undefined ? undefined : letterStance(raw, text, locate, rules, options.proposal);
  return { file: doc.file, title, respondent, encoding: doc.encoding, bytes: doc.bytes, warnings, segments, ...(letter ? { letter } : {}) };
}
