import { naturalWords } from './natural.js';
import { stemCache } from './stem-cache.js';
import { wordsOf, type TokenRun } from './tokens.js';

/**
 * Phrase patterns, matched on stems so that "support", "supports" and
 * "supported" are one cue. Syntax, word by word:
 *   word         one or more tokens as the word tokenizer splits it
 *                ("multi-agency" is two tokens, "don't" is "don" + "t")
 *   (a|b|c)      one token, any of the alternatives
 *   ~            up to two words of any kind ("we ~ support" takes "we would fully support")
 *   #            one number ("see our answer to question #")
 */
/** `ids` are the stem ids (see StemCache) a word slot accepts. */
export type Slot = { ids: readonly number[] } | { gap: number } | { number: true };

export interface CompiledPhrase {
  readonly source: string;
  readonly slots: readonly Slot[];
  /** Number of non-gap slots: longer phrases win over shorter ones. */
  readonly length: number;
  /** For a phrase of words only (most are), each word's stem ids: matched by a plain loop. */
  readonly words?: readonly (readonly number[])[];
}

const GAP = 2;

const compiledCache = new Map<string, CompiledPhrase | string>();

/**
 * Returns the compiled phrase, or a message saying what to change. Rules are
 * checked when they load and compiled after, so results are kept: each
 * phrase is compiled once per process. Compiled phrases are never mutated.
 */
export function compilePhrase(source: string): CompiledPhrase | string {
  let result = compiledCache.get(source);
  if (result === undefined) compiledCache.set(source, (result = compileUncached(source)));
  return result;
}

function compileUncached(source: string): CompiledPhrase | string {
  const slots: Slot[] = [];
  for (const piece of source.trim().split(/\s+/)) {
    if (piece === '~') {
      if (slots.length === 0) return `"${source}": a phrase cannot start with ~`;
      slots.push({ gap: GAP });
      continue;
    }
    if (piece === '#') {
      slots.push({ number: true });
      continue;
    }
    const alternation = /^\((.+)\)$/.exec(piece);
    if (alternation) {
      const ids = new Set<number>();
      for (const alternative of alternation[1]!.split('|')) {
        const tokens = wordsOf(alternative);
        if (tokens.length !== 1 || tokens[0]!.word !== alternative.toLowerCase()) {
          return `"${source}": alternative "${alternative}" must be one plain word (the tokenizer reads it as ${JSON.stringify(tokens.map((t) => t.word))})`;
        }
        ids.add(stemCache.stemId(tokens[0]!.stem));
      }
      slots.push({ ids: [...ids] });
      continue;
    }
    const tokens = wordsOf(piece);
    // Words are what natural's tokenizer says they are; a currency sign is a word of its own.
    const rejoined = /^[£€$]$/.test(piece) ? piece : naturalWords(piece).join('').toLowerCase();
    if (tokens.length === 0 || rejoined !== piece.toLowerCase().replace(/['’\-.,]/g, '')) {
      return `"${source}": "${piece}" does not survive the tokenizer unchanged (it reads ${JSON.stringify(tokens.map((t) => t.word))}); use plain words, hyphens or apostrophes`;
    }
    for (const token of tokens) slots.push({ ids: [stemCache.stemId(token.stem)] });
  }
  if (slots.length > 0 && 'gap' in slots[slots.length - 1]!) return `"${source}": a phrase cannot end with ~`;
  const length = slots.filter((s) => !('gap' in s)).length;
  if (length === 0) return `"${source}": a phrase needs at least one word`;
  const words = slots.every((s) => 'ids' in s) ? slots.map((s) => (s as { ids: readonly number[] }).ids) : undefined;
  return words ? { source, slots, length, words } : { source, slots, length };
}

/** Index of the token after a match of `phrase` at token `at` of `run`, not reaching past `to`, or -1. */
export function matchAt(phrase: CompiledPhrase, run: TokenRun, at: number, to = run.length): number {
  const { words } = phrase;
  if (words === undefined) return matchSlots(phrase.slots, 0, run, at, to);
  if (at + words.length > to) return -1;
  for (let k = 0; k < words.length; k++) if (!words[k]!.includes(run.ids[at + k]!)) return -1;
  return at + words.length;
}

function matchSlots(slots: readonly Slot[], s: number, run: TokenRun, t: number, to: number): number {
  if (s === slots.length) return t;
  const slot = slots[s]!;
  if ('gap' in slot) {
    for (let skip = 0; skip <= slot.gap; skip++) {
      const end = matchSlots(slots, s + 1, run, t + skip, to);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (t >= to) return -1;
  if ('number' in slot ? !run.isNumber(t) : !slot.ids.includes(run.ids[t]!)) return -1;
  return matchSlots(slots, s + 1, run, t + 1, to);
}

/** The stem ids a phrase can start with, for indexing. */
export function firstIds(phrase: CompiledPhrase): readonly number[] {
  const first = phrase.slots[0]!;
  return 'ids' in first ? first.ids : [];
}
