import { createHash } from 'node:crypto';
import type { Discovered } from '../read/discover.js';
import { STDIN_NAME } from '../read/input-names.js';

/** Part `index` (from 1) of `count`: `--shard 2/4`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The part an input belongs to, from 1 to `count`: FNV-1a of its name's
 * UTF-8 bytes. It depends on nothing but the name, so every machine of a
 * matrix splits a corpus alike, and adding a file never moves another.
 */
export function shardOf(name: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(name, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return (hash % count) + 1;
}

/** The inputs of one part; files ignored by the search stay listed, as every part reports them alike. */
export function inShard(inputs: Discovered, shard: Shard): Discovered {
  const mine = (name: string): boolean => shardOf(name, shard.count) === shard.index;
  return { ...inputs, files: inputs.files.filter(mine), problems: inputs.problems.filter((p) => mine(p.file)), stdin: inputs.stdin && mine(STDIN_NAME) };
}

/** What every part of one corpus must agree on: the same inputs found, so the parts add up to the whole. */
export function inputsFingerprint(inputs: Discovered): string {
  const problems = inputs.problems.map((p) => [p.file, p.code]);
  return createHash('sha256')
    .update(JSON.stringify([inputs.files, inputs.stdin, problems, inputs.ignored]))
    .digest('hex')
    .slice(0, 16);
}
