import { z } from 'zod';
import { CscTagError } from '../model/errors.js';
import { FORCED_ENCODINGS } from '../read/decode.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../report/formats.js';
import { byCodeUnit } from '../text/utils.js';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** `10MB`, `512kb`, `2000000`: decimal units like the size in skip messages, binary ones on request. */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) return undefined;
  return Math.floor(Number(match[1]) * unit);
}

function formatList(text: string, ctx: z.RefinementCtx): FormatName[] {
  const names = text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = names.filter((n) => !isFormatName(n));
  if (bad.length > 0 || names.length === 0) {
    ctx.addIssue({ code: 'custom', message: `unknown format "${bad[0] ?? text}" (choose from ${FORMAT_NAMES.join(', ')})` });
    return z.NEVER;
  }
  return [...new Set(names)].sort(byCodeUnit) as FormatName[];
}

/** The tag command's options after commander has parsed them: checked here, with messages a user can act on. */
export const TagCommandOptions = z
  .object({
    out: z.string().min(1, 'expected a folder'),
    format: z.string().transform(formatList),
    stdout: z
      .string()
      .optional()
      .transform((v, ctx) => (v === undefined ? undefined : formatList(v, ctx))),
    rules: z.string().optional(),
    /** `--no-builtin-themes`: the four themes of children's social care are left out, for another consultation. */
    builtinThemes: z.boolean().default(true),
    discover: z.boolean().default(false),
    check: z.boolean().default(false),
    strict: z.boolean().default(false),
    questions: z.string().optional(),
    reviews: z.string().optional(),
    proposal: z.string().trim().min(1, 'expected the text of the proposal').optional(),
    columns: z.string().optional(),
    maxFileSize: z.string().transform((v, ctx) => {
      const size = parseSize(v);
      if (size === undefined || size <= 0) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a size (try 10MB, 500kb or a number of bytes)` });
        return z.NEVER;
      }
      return size;
    }),
    jobs: z.coerce.number({ message: 'expected a whole number of threads' }).int('expected a whole number of threads').min(1, 'expected at least 1').max(64, 'expected at most 64'),
    encoding: z.enum(FORCED_ENCODINGS, { message: `expected one of ${FORCED_ENCODINGS.join(', ')}` }).optional(),
    shard: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(v);
        const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
        if (!match || count < 1 || index < 1 || index > count || count > 1000) {
          ctx.addIssue({ code: 'custom', message: `"${v}" is not a part K/N of a corpus (try 1/4: the first of four parts)` });
          return z.NEVER;
        }
        return { index, count };
      }),
    quiet: z.boolean().default(false),
    color: z.boolean().default(true),
    debug: z.boolean().default(false),
  })
  .superRefine((o, ctx) => {
    if (o.stdout && o.stdout.length !== 1) ctx.addIssue({ code: 'custom', path: ['stdout'], message: 'takes exactly one format' });
    if (o.shard && (o.stdout || o.check)) ctx.addIssue({ code: 'custom', path: ['shard'], message: 'writes a partial report into --out, so it cannot go with --stdout or --check' });
  });

export type TagCommandOptions = z.output<typeof TagCommandOptions>;

export function parseTagOptions(raw: unknown): TagCommandOptions {
  const result = TagCommandOptions.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const flag = issue.path.length ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}` : 'options';
  throw new CscTagError('usage', `${flag}: ${issue.message}`);
}
