import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { z } from 'zod';
import { CscTagError } from '../model/errors.js';
import { StagedFile } from '../publish/publish.js';
import { byCodeUnit } from '../text/utils.js';
import type { InputOrder } from './corpus.js';
import type { RenderedItem } from './render-item.js';
import type { Shard } from './shard.js';
import { STANCE_LABELS } from '../model/stance-labels.js';
import { Skipped } from '../model/schema.js';

/**
 * The partial format's version, raised when the header changes so that no version merges parts it would read wrong:
 * 2 added the themes' phrases to `meta`, without which a merge would write the theme names in the By question sentences.
 */
const FORMAT = 2;

/**
 * A partial report: what one part of a corpus (--shard K/N) contributes to
 * the run, a line per item as the run would have written it (its rendered
 * pieces of every report, and the digest the totals read), so that merging
 * the parts in run order gives exactly the bytes one run would have written.
 * The first line says what run it belongs to; the last counts the items, so
 * a cut file is never merged.
 */
const Header = z
  .object({
    cscTagPartial: z.literal(FORMAT),
    shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }).strict(),
    /** Every part of one corpus found the same inputs (see inputsFingerprint). */
    inputs: z.string(),
    formats: z.array(z.string()),
    meta: z
      .object({
        generator: z.object({ name: z.literal('csc-tag'), version: z.string() }).strict(),
        themes: z.array(z.string()),
        descriptions: z.record(z.string(), z.string()).optional(),
        /** Required: see FORMAT. */
        phrases: z.record(z.string(), z.string()),
      })
      .strict(),
    questions: z.array(z.object({ number: z.string().nullable(), text: z.string() }).strict()).nullable(),
    ignored: z.array(z.string()),
    /** --proposal: the merge counts the letters on it. */
    proposal: z.string().optional(),
    /** --discover: the merge discovers themes and campaigns as the run would have. */
    discover: z.boolean().optional(),
    /** --reviews: every part applied the same, and the merge counts them. */
    reviews: z
      .array(
        z
          .object({
            key: z.string(),
            stance: z.enum(STANCE_LABELS).nullable(),
            themes: z.array(z.string()).nullable(),
            note: z.string().nullable(),
            file: z.string().nullable(),
            question: z.string().nullable(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();
export type PartialHeader = z.output<typeof Header>;

const Order = { phase: z.union([z.literal(0), z.literal(1)]), input: z.string() };
const Item = z.union([
  z
    .object({
      ...Order,
      ok: z.literal(true),
      pieces: z.array(z.string().nullable()),
      digest: z.object({ file: z.string(), title: z.string(), respondent: z.object({}).passthrough(), segments: z.array(z.object({ id: z.string(), kind: z.string() }).passthrough()) }).passthrough(),
      warnings: z.array(z.object({ code: z.string() }).passthrough()),
      bytes: z.number(),
    })
    .strict(),
  z.object({ ...Order, ok: z.literal(false), skipped: Skipped, bytes: z.number() }).strict(),
]);
const End = z.object({ end: z.number().int().min(0) }).strict();

export type MergedItem = RenderedItem & InputOrder;

/** The partial report's name in the out folder: `shard-2-of-4.jsonl`. */
export const partialName = (shard: Shard): string => `shard-${shard.index}-of-${shard.count}.jsonl`;

const decoder = new TextDecoder();

/** Writes one part's partial report, published whole like any report. */
export class PartialWriter {
  private readonly file: StagedFile;
  private count = 0;

  constructor(dir: string, header: Omit<PartialHeader, 'cscTagPartial'>) {
    this.file = new StagedFile(path.join(dir, partialName(header.shard)));
    this.line({ cscTagPartial: FORMAT, ...header });
  }

  add(item: MergedItem): void {
    const { phase, input } = item;
    this.line(
      item.ok
        ? {
            phase,
            input,
            ok: true,
            pieces: item.pieces.map((p) => (p === undefined ? null : typeof p === 'string' ? p : decoder.decode(p))),
            digest: item.digest,
            warnings: item.warnings,
            bytes: item.bytes,
          }
        : { phase, input, ok: false, skipped: item.skipped, bytes: item.bytes },
    );
    this.count++;
  }

  finish(): string[] {
    this.line({ end: this.count });
    this.file.seal();
    fs.renameSync(this.file.temp, this.file.final);
    return [this.file.final];
  }

  abort(): void {
    this.file.discard();
  }

  private line(value: unknown): void {
    this.file.write(JSON.stringify(value) + '\n');
  }
}

/** Partial reports named on the command line: files, or folders holding `shard-*-of-*.jsonl`. */
export function findPartials(paths: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) throw new CscTagError('no-input', `${given}: no such file or folder`);
    if (!stat.isDirectory()) found.push(full);
    else {
      const names = fs.readdirSync(full).filter((name) => /^shard-\d+-of-\d+\.jsonl$/.test(name));
      if (names.length === 0) throw new CscTagError('no-input', `${given}: holds no partial report (shard-K-of-N.jsonl)`);
      found.push(...names.sort(byCodeUnit).map((name) => path.join(full, name)));
    }
  }
  return found;
}

interface Part {
  shown: string;
  header: PartialHeader;
  lines: AsyncIterator<string>;
  line: number;
  head: MergedItem | undefined;
  count: number;
}

/**
 * Opens the partial reports of one run and checks that they are its parts,
 * every one once; returns the run's header and its items in run order.
 */
export async function mergePartials(files: readonly string[], cwd: string): Promise<{ header: PartialHeader; items: AsyncGenerator<MergedItem> }> {
  const parts: Part[] = [];
  for (const file of files) {
    const shown = path.relative(cwd, file).split(path.sep).join('/');
    const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })[Symbol.asyncIterator]();
    const first = await lines.next();
    // Any other file (a report.json given by mistake, say) is named as what it is not.
    const value = first.done ? undefined : parseOrUndefined(first.value);
    const header = Header.safeParse(value).data;
    if (!header)
      throw new CscTagError(
        'bad-partial',
        `${shown}: ${otherFormat(value) ? 'written by another version of csc-tag: tag this part again with this one' : 'not a csc-tag partial report (written by csc-tag --shard K/N)'}`,
      );
    // Checked before anything is written: the count is checked again as the items are read.
    if (!endsWithCount(file)) throw cutShort(shown);
    parts.push({ shown, header, lines, line: 1, head: undefined, count: 0 });
  }
  const [first] = parts;
  if (!first) throw new CscTagError('no-input', 'no partial reports given');
  const { count } = first.header.shard;
  const run = (header: PartialHeader): string => JSON.stringify({ ...header, shard: header.shard.count });
  for (const part of parts) {
    const { shard } = part.header;
    if (shard.count !== count) throw new CscTagError('bad-partial', `${part.shown}: is part ${shard.index} of ${shard.count}, but ${first.shown} is part of ${count}`);
    if (run(part.header) !== run(first.header)) throw new CscTagError('bad-partial', `${part.shown}: comes from a different run than ${first.shown} (other inputs, rules, formats or version)`);
  }
  for (let index = 1; index <= count; index++) {
    const matching = parts.filter((p) => p.header.shard.index === index);
    if (matching.length === 0) throw new CscTagError('bad-partial', `part ${index} of ${count} is missing (give every shard-K-of-${count}.jsonl)`);
    if (matching.length > 1) throw new CscTagError('bad-partial', `part ${index} of ${count} is given twice: ${matching.map((p) => p.shown).join(' and ')}`);
  }
  for (const part of parts) await advance(part);
  return { header: first.header, items: inRunOrder(parts) };
}

async function* inRunOrder(parts: Part[]): AsyncGenerator<MergedItem> {
  for (;;) {
    let next: Part | undefined;
    for (const part of parts) if (part.head && (!next || before(part.head, next.head!))) next = part;
    if (!next) return;
    const item = next.head!;
    await advance(next);
    yield item;
  }
}

const before = (a: InputOrder, b: InputOrder): boolean => a.phase < b.phase || (a.phase === b.phase && byCodeUnit(a.input, b.input) < 0);

/** Reads a part's next item, or checks its end line when there are no more. */
async function advance(part: Part): Promise<void> {
  const next = await part.lines.next();
  part.line++;
  if (next.done) throw cutShort(part.shown);
  const value = parseLine(next.value, part.shown, part.line);
  const end = End.safeParse(value);
  if (end.success) {
    if (end.data.end !== part.count) throw new CscTagError('bad-partial', `${part.shown}: says it holds ${end.data.end} items but holds ${part.count}`);
    part.head = undefined;
    return;
  }
  const item = Item.safeParse(value);
  if (!item.success) throw new CscTagError('bad-partial', `${part.shown}:${part.line}: not an item of a partial report`);
  part.count++;
  const { data } = item;
  part.head = data.ok
    ? { phase: data.phase, input: data.input, ok: true, pieces: data.pieces.map((p) => p ?? undefined), digest: data.digest as never, warnings: data.warnings as never, bytes: data.bytes }
    : data;
}

const cutShort = (shown: string): CscTagError => new CscTagError('bad-partial', `${shown}: ends before its last line: the run that wrote it did not finish`);

/** Whether the file's last line is the end line that counts its items. */
function endsWithCount(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(size, 64));
    fs.readSync(fd, tail, 0, tail.length, size - tail.length);
    return /\n\{"end":\d+\}\n$/.test(tail.toString('latin1'));
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether a first line is a partial report's header of another format version (see FORMAT). */
const otherFormat = (value: unknown): boolean => typeof value === 'object' && value !== null && 'cscTagPartial' in value && value.cscTagPartial !== FORMAT;

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseLine(text: string, shown: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CscTagError('bad-partial', `${shown}:${line}: is not JSON`);
  }
}
