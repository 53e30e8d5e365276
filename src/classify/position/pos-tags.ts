import type { Sentence } from '../../text/sentences.js';
import { tagWords } from '../../text/pos.js';

/** Universal part-of-speech tags as wink-nlp's English model gives them (`NOUN`, `PROPN`, `VERB`, `AUX`, `PRON`, ...). */
export type PosTag = string;

const cache = new WeakMap<Sentence, Map<string, PosTag[]>>();

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
  const key = `${from}:${to}`;
  let tags = bySpan.get(key);
  if (tags) return tags;
  const { tokens } = sentence;
  if (to <= from) return [];
  const start = tokens.starts[from]!;
  const text = tokens.text.slice(start, tokens.ends[to - 1]!);
  const words = tagWords(text);
  tags = [];
  let k = 0;
  for (let i = from; i < to; i++) {
    const offset = tokens.starts[i]!;
    while (k < words.length - 1 && start + words[k]!.end <= offset) k++;
    tags.push(words[k]?.pos ?? 'X');
  }
  bySpan.set(key, tags);
  return tags;
}
