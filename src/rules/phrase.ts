import { naturalWords, tokenize, type Token } from '../classify/natural.js';

/**
 * Phrase patterns, matched on stems so that "support", "supports" and
 * "supported" are one cue. Syntax, word by word:
 *   word         one or more tokens as the word tokenizer splits it
 *                ("multi-agency" is two tokens, "don't" is "don" + "t")
 *   (a|b|c)      one token, any of the alternatives
 *   ~            up to two words of any kind ("we ~ support" takes "we would fully support")
 *   #            one number ("see our answer to question #")
 */
export type Slot = { stems: ReadonlySet<string> } | { gap: number } | { number: true };

export interface CompiledPhrase {
  readonly source: string;
  readonly slots: readonly Slot[];
  /** Number of non-gap slots: longer phrases win over shorter ones. */
  readonly length: number;
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
      const stems = new Set<string>();
      for (const alternative of alternation[1]!.split('|')) {
        const tokens = tokenize(alternative);
        if (tokens.length !== 1 || tokens[0]!.word !== alternative.toLowerCase()) {
          return `"${source}": alternative "${alternative}" must be one plain word (the tokenizer reads it as ${JSON.stringify(tokens.map((t) => t.word))})`;
        }
        stems.add(tokens[0]!.stem);
      }
      slots.push({ stems });
      continue;
    }
    const tokens = tokenize(piece);
    // Words are what natural's tokenizer says they are; a currency sign is a word of its own.
    const rejoined = /^[£€$]$/.test(piece) ? piece : naturalWords(piece).join('').toLowerCase();
    if (tokens.length === 0 || rejoined !== piece.toLowerCase().replace(/['’\-.,]/g, '')) {
      return `"${source}": "${piece}" does not survive the tokenizer unchanged (it reads ${JSON.stringify(tokens.map((t) => t.word))}); use plain words, hyphens or apostrophes`;
    }
    for (const token of tokens) slots.push({ stems: new Set([token.stem]) });
  }
  if (slots.length > 0 && 'gap' in slots[slots.length - 1]!) return `"${source}": a phrase cannot end with ~`;
  const length = slots.filter((s) => !('gap' in s)).length;
  if (length === 0) return `"${source}": a phrase needs at least one word`;
  return { source, slots, length };
}

/** Index of the token after a match of `phrase` at `at`, or -1. */
export function matchAt(phrase: CompiledPhrase, tokens: readonly Token[], at: number): number {
  return matchSlots(phrase.slots, 0, tokens, at);
}

function matchSlots(slots: readonly Slot[], s: number, tokens: readonly Token[], t: number): number {
  if (s === slots.length) return t;
  const slot = slots[s]!;
  if ('gap' in slot) {
    for (let skip = 0; skip <= slot.gap; skip++) {
      const end = matchSlots(slots, s + 1, tokens, t + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[t];
  if (!token) return -1;
  if ('number' in slot ? !/^\d+[a-z]?$/.test(token.word) : !slot.stems.has(token.stem)) return -1;
  return matchSlots(slots, s + 1, tokens, t + 1);
}

/** The stems a phrase can start with, for indexing. */
export function firstStems(phrase: CompiledPhrase): ReadonlySet<string> {
  const first = phrase.slots[0]!;
  return 'stems' in first ? first.stems : new Set();
}

