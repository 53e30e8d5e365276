import { createRequire } from 'node:module';

/** A word as the tagger reads it: its text, where it stands, its part of speech and whether it is a stop word. */
export interface TaggedWord {
  value: string;
  start: number;
  end: number;
  pos: string;
  stop: boolean;
}

interface WinkDoc {
  tokens(): { out(field: unknown): unknown[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown; stopWordFlag: unknown };
}

const require = createRequire(import.meta.url);
let wink: Wink | undefined;

/**
 * wink-nlp's English part-of-speech tagger, the one instance of a thread for
 * both its users (the reading of a voice in classify/position, and theme
 * discovery): loaded the first time either needs it (about 0.1 s, and 4 MB of
 * model), never by a run that does not. Required, not imported, for that.
 */
function tagger(): Wink {
  if (!wink) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
    wink = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
  }
  return wink;
}

/** The words of a text with their parts of speech (Universal POS tags: `NOUN`, `VERB`, `AUX`, ...) and offsets in it. */
export function tagWords(text: string): TaggedWord[] {
  const nlp = tagger();
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(nlp.its.value) as string[];
  const pos = tokens.out(nlp.its.pos) as string[];
  const stop = tokens.out(nlp.its.stopWordFlag) as boolean[];
  const words: TaggedWord[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const start = text.indexOf(value, at);
    // wink hands back its tokens as written; one it spelt otherwise is passed over rather than misplaced.
    if (start < 0) continue;
    at = start + value.length;
    words.push({ value, start, end: at, pos: pos[i]!, stop: stop[i]! });
  }
  return words;
}
