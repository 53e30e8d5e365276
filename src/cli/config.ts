import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CscTagError } from '../model/errors.js';
import { formatIssues } from '../rules/load.js';

export const CONFIG_FILE = 'csc-tag.config.json';

/** Defaults for the tag command's options; command-line options win. Paths are relative to the config file. */
export const ConfigFile = z
  .object({
    $schema: z.string().optional(),
    out: z.string().min(1).optional(),
    format: z.union([z.string(), z.array(z.string())]).optional(),
    rules: z.string().min(1).optional(),
    /** An analyst's reviews (--reviews). */
    reviews: z.string().min(1).optional(),
    maxFileSize: z.union([z.string(), z.number().int().positive()]).optional(),
    jobs: z.number().int().min(1).max(64).optional(),
    quiet: z.boolean().optional(),
    color: z.boolean().optional(),
  })
  .strict();
export type ConfigFile = z.infer<typeof ConfigFile>;

export interface FoundConfig {
  file: string;
  config: ConfigFile;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CscTagError('config-invalid', `not valid JSON: ${(error as Error).message}`, file);
  }
}

function validate(data: unknown, file: string, prefix: string[]): ConfigFile {
  const parsed = ConfigFile.safeParse(data);
  if (!parsed.success) throw new CscTagError('config-invalid', formatIssues(parsed.error, prefix), file);
  const config = parsed.data;
  const dir = path.dirname(file);
  // Paths in a config file mean what they say from where the file is, wherever csc-tag runs.
  return {
    ...config,
    ...(config.out ? { out: path.resolve(dir, config.out) } : {}),
    ...(config.rules ? { rules: path.resolve(dir, config.rules) } : {}),
    ...(config.reviews ? { reviews: path.resolve(dir, config.reviews) } : {}),
  };
}

/**
 * Like the tools people know: the nearest `csc-tag.config.json`, or a
 * `"csc-tag"` key in the nearest package.json that has one, in the working
 * folder or above.
 */
export function findConfig(cwd: string): FoundConfig | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const own = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(own)) return { file: own, config: validate(readJson(own), own, []) };
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      const data = readJson(pkg) as Record<string, unknown> | null;
      if (data && typeof data === 'object' && 'csc-tag' in data) return { file: pkg, config: validate(data['csc-tag'], pkg, ['csc-tag']) };
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}
