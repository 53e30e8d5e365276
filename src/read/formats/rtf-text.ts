import iconv from 'iconv-lite';
import { noteBlock, NoteCount, type NoteLabel } from '../notes.js';
import { StructureBuilder } from '../structure.js';
import { ReadError } from './reader.js';

/** A token as rtf-stream-parser's Tokenize gives it: `{`, `}`, a control word or symbol, or text bytes. */
export interface RtfToken {
  type: number;
  word?: string;
  param?: number;
  data?: Buffer;
}
const GROUP_START = 0;
const GROUP_END = 1;
const CONTROL = 2;

/** Groups deeper than this are refused: Word and LibreOffice nest a few dozen at most. */
export const MAX_RTF_DEPTH = 200;

/** Destinations whose text is not the document's: tables of fonts and styles, properties, pictures, headers, field codes. */
const SKIPPED = new Set([
  ...'fonttbl colortbl stylesheet info pict object objdata themedata colorschememapping datastore latentstyles listtable listoverridetable'.split(' '),
  ...'rsidtbl generator xmlnstbl mmathPr header headerl headerr headerf footer footerl footerr footerf fldinst filetbl revtbl'.split(' '),
  ...'pgdsctbl userprops docvar shpinst nonshppict bkmkstart bkmkend formfield'.split(' '),
]);
/** Destinations read apart and put after the paragraph they are anchored in, marked as what they are. */
const NOTES: Record<string, NoteLabel> = { footnote: 'Footnote', annotation: 'Comment' };
const SYMBOLS: Record<string, string> = {
  tab: '\t',
  line: '\n',
  emdash: '—',
  endash: '–',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  bullet: '•',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
  '~': ' ',
  _: '-',
  '{': '{',
  '}': '}',
  '\\': '\\',
};
const PARAGRAPH_ENDS = new Set(['par', 'sect', 'page', 'cell', 'row', '\n', '\r']);

interface Group {
  skip: boolean;
  bold: boolean;
  uc: number;
  /** Inside a footnote or comment: its label. */
  note?: NoteLabel;
  /** The group has met its first token, so a control word no longer names its destination. */
  started: boolean;
  /** `{\*\...}`: an optional destination, skipped unless it is one read apart. */
  optional: boolean;
}

/**
 * RTF tokens to a document's paragraphs. Text bytes are decoded by the
 * document's code page (`\ansicpg`), `\uN` characters are taken with the
 * fallback bytes after them skipped (`\ucN`), and a paragraph is a heading
 * when it has an outline level, bold when all its letters are.
 */
export class RtfText {
  private readonly stack: Group[] = [];
  private readonly builder = new StructureBuilder();
  private codepage = 'cp1252';
  private bytes: number[] = [];
  /** The group the pending bytes belong to: bytes are flushed at every group's start and end. */
  private bytesGroup: Group | undefined;
  private skipBytes = 0;
  private paragraph = '';
  private boldChars = 0;
  private plainChars = 0;
  private outline = false;
  private notes: { label: NoteLabel; text: string }[] = [];
  private noteText = '';
  private seenRtf = false;
  readonly noteCount = new NoteCount();

  token(token: RtfToken): void {
    if (!this.seenRtf && token.type !== GROUP_START) {
      if (token.type !== CONTROL || token.word !== 'rtf') throw new ReadError('malformed', 'not an RTF document (no {\\rtf header)');
      this.seenRtf = true;
    }
    if (token.type === GROUP_START) return this.open();
    const group = this.stack.at(-1);
    if (!group) return;
    if (token.type === GROUP_END) return this.close();
    const first = !group.started;
    group.started = true;
    if (token.type === CONTROL) return this.control(group, token.word ?? '', token.param, first, token.data);
    if (!group.skip && token.data) this.addBytes(token.data, group);
  }

  result(): { text: string; structure: ReturnType<StructureBuilder['result']>['structure'] } {
    this.endParagraph();
    return this.builder.result();
  }

  private open(): void {
    const parent = this.stack.at(-1);
    if (this.stack.length >= MAX_RTF_DEPTH) throw new ReadError('too-deep', `RTF groups nested more than ${MAX_RTF_DEPTH} deep`);
    this.flushBytes();
    this.stack.push({ skip: parent?.skip ?? false, bold: parent?.bold ?? false, uc: parent?.uc ?? 1, ...(parent?.note ? { note: parent.note } : {}), started: false, optional: false });
  }

  private close(): void {
    this.flushBytes();
    const group = this.stack.pop()!;
    const parent = this.stack.at(-1);
    if (group.note && !group.skip && parent?.note !== group.note) {
      const text = this.noteText.replace(/\s+/g, ' ').trim();
      if (text) this.notes.push({ label: group.note, text });
      this.noteText = '';
    }
  }

  private control(group: Group, word: string, param: number | undefined, first: boolean, data: Buffer | undefined): void {
    if (word === '*') {
      group.optional = true;
      group.started = false;
      return;
    }
    if (first && (group.optional || SKIPPED.has(word))) {
      this.flushBytes();
      if (NOTES[word] && !group.skip) group.note = NOTES[word];
      else group.skip = true;
      return;
    }
    if (first && NOTES[word] && !group.skip) {
      this.flushBytes();
      group.note = NOTES[word];
      return;
    }
    if (word === "'") {
      if (!group.skip && data) this.addBytes(data, group);
      return;
    }
    this.flushBytes();
    if (word === 'ansicpg' && param !== undefined && iconv.encodingExists(`cp${param}`)) this.codepage = `cp${param}`;
    else if (word === 'uc' && param !== undefined) group.uc = Math.max(0, Math.min(param, 8));
    else if (word === 'u' && param !== undefined) {
      if (!group.skip) this.addText(String.fromCharCode(param < 0 ? param + 65536 : param), group);
      this.skipBytes = group.uc;
    } else if (word === 'b') group.bold = param !== 0;
    else if (word === 'plain') group.bold = false;
    else if (word === 'pard') this.outline = false;
    else if (word === 'outlinelevel' && param !== undefined && param < 9) this.outline = true;
    else if (group.skip) return;
    else if (PARAGRAPH_ENDS.has(word)) {
      if (group.note) this.noteText += ' ';
      else this.endParagraph();
    } else if (SYMBOLS[word] !== undefined) this.addText(SYMBOLS[word]!, group);
  }

  private addBytes(data: Buffer, group: Group): void {
    let start = 0;
    // The bytes after a `\uN` are its fallback for readers without Unicode: one per `\uc` count.
    while (this.skipBytes > 0 && start < data.length) {
      start++;
      this.skipBytes--;
    }
    for (let i = start; i < data.length; i++) if (data[i] !== 0x0a && data[i] !== 0x0d) this.bytes.push(data[i]!);
    this.bytesGroup = group;
  }

  private flushBytes(): void {
    if (this.bytes.length === 0 || !this.bytesGroup) return;
    const text = iconv.decode(Buffer.from(this.bytes), this.codepage);
    this.bytes = [];
    this.addText(text, this.bytesGroup);
  }

  private addText(text: string, group: Group): void {
    if (group.note) {
      this.noteText += text;
      return;
    }
    this.paragraph += text;
    const letters = text.replace(/\s/g, '').length;
    if (group.bold) this.boldChars += letters;
    else this.plainChars += letters;
  }

  private endParagraph(): void {
    this.flushBytes();
    this.builder.add(this.outline ? 'heading' : 'paragraph', this.paragraph, this.boldChars > 0 && this.plainChars === 0);
    for (const note of this.notes) {
      this.builder.add('paragraph', noteBlock(note.label, note.text));
      this.noteCount.add(note.label);
    }
    this.notes = [];
    this.paragraph = '';
    this.boldChars = 0;
    this.plainChars = 0;
  }
}
