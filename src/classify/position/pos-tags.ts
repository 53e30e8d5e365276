import { createRequire } from 'node:module';
import type { Sentence } from '../../text/sentences.js';

/** Universal part-of-speech tags as wink-nlp's English model gives them (`NOUN`, `PROPN`, `VERB`, `AUX`, `PRON`, ...). */
export type PosTag = string;

interface WinkDoc {
  tokens(): { out(f?: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { pos: unknown };
}

const require = createRequire(import.meta.url);
let nlp: Wink | undefined;

// The model takes about 90 ms to load: only runs that read a stated position pay for it, once per thread.
function tagger(): Wink {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
    nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
  }
  return nlp;
}

const cache = new WeakMap<Sentence, Map<number, PosTag[]>>();

/**
 * The part of speech of tokens [from, to) of a sentence, indexed from `from`: `tags[i - from]` is token i's.
 * Only that stretch is tagged (a clause up to a position word, not the whole sentence): tagging is the
 * costliest step of reading a stance, and the tags of the words around a cue are all the voice needs.
 * wink splits words its own way (`do` + `n't`, where the run has `don` + `t`): a run token takes the tag of
 * the wink token it starts in, found by walking both in order of their offsets in the text.
 */
export function posTags(sentence: Sentence, from = sentence.from, to = sentence.to): PosTag[] {
  let bySpan = cache.get(sentence);
  if (!bySpan) cache.set(sentence, (bySpan = new Map()));
  const key = from * 65_536 + to;
  let tags = bySpan.get(key);
  if (tags) return tags;
  const { tokens } = sentence;
  if (to <= from) return [];
  const start = tokens.starts[from]!;
  const text = tokens.text.slice(start, tokens.ends[to - 1]!);
  const doc = tagger().readDoc(text);
  const words = doc.tokens().out();
  const pos = doc.tokens().out(tagger().its.pos);
  const spans: [number, number][] = [];
  let cursor = 0;
  for (const word of words) {
    const at = text.indexOf(word, cursor);
    const s = at < 0 ? cursor : at;
    spans.push([start + s, start + s + word.length]);
    cursor = at < 0 ? cursor : s + word.length;
  }
  tags = [];
  let k = 0;
  for (let i = from; i < to; i++) {
    const offset = tokens.starts[i]!;
    while (k < spans.length - 1 && spans[k]![1] <= offset) k++;
    tags.push(pos[k] ?? 'X');
  }
  bySpan.set(key, tags);
  return tags;
}
