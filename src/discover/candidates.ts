import { stemCache } from '../text/stem-cache.js';
import type { DiscoveryOptions } from './options.js';
import { tagWords, type TaggedWord } from '../text/pos.js';

/** A candidate phrase of an answer: `key` its stems (what counts as one phrase), `pattern` as written, a rule phrase. */
export interface Candidate {
  key: string;
  pattern: string;
  /** The stem of its head: the last noun of a noun phrase, the object of a verb-object pair. */
  head: string;
}

/** Words that may qualify a noun in a noun phrase. */
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN']);
const NOUN = new Set(['NOUN', 'PROPN']);
/** What may stand between a verb and its object: `fund more buses`, `cut the waiting list`. */
const BETWEEN = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
/** Verbs that say nothing of what an answer is about (`need support`, `make sure`). */
const LIGHT_VERBS = new Set('need make get ensure provide think feel want give take see use help include believe consider keep allow let become seem know say go come put look'.split(' '));
const PLAIN = /^[a-z]+(?:-[a-z]+)*$/;

/** The stems of a word as the tagger's tokenizer splits it (`multi-agency` is two words). */
const stemsOf = (word: string): string[] => word.split('-').map((part) => stemCache.stem(part));

/**
 * The candidate phrases of a text: noun phrases (`waiting lists`, `bus
 * drivers`, `kinship carers`) and verb-object pairs (`close ~ library`), from
 * wink's part-of-speech tags. Stop words, short words and the question's own
 * words (`exclude`, as stems) are never part of one: a noun phrase is cut at
 * them. Each key comes once, in the order first met.
 */
export function candidatesOf(text: string, exclude: ReadonlySet<string>, options: DiscoveryOptions): Candidate[] {
  const words = tagWords(text);
  const usable = words.map((w) => usableWord(w, exclude, options));
  const found = new Map<string, Candidate>();
  const add = (parts: readonly string[], pattern: string): void => {
    const stems = parts.flatMap(stemsOf);
    const key = stems.join(' ');
    if (!found.has(key)) found.set(key, { key, pattern, head: stems[stems.length - 1]! });
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // A noun phrase ends at a noun the next word does not qualify further.
    if (usable[i] && NOUN.has(word.pos) && !(i + 1 < words.length && usable[i + 1] && NOUN.has(words[i + 1]!.pos))) {
      let from = i;
      while (from > 0 && i - from + 1 < options.maxPhraseWords && usable[from - 1] && (MODIFIER.has(words[from - 1]!.pos) || isGerund(words[from - 1]!))) from--;
      const parts = words.slice(from, i + 1).map((w) => w.value.toLowerCase());
      add(parts, parts.join(' '));
    }
    if (usable[i] && word.pos === 'VERB' && !LIGHT_VERBS.has(word.value.toLowerCase())) {
      const object = objectOf(words, usable, i, options.objectWindow);
      if (object !== undefined) {
        const verb = word.value.toLowerCase();
        const noun = words[object]!.value.toLowerCase();
        add([verb, noun], `${verb} ~ ${noun}`);
      }
    }
  }
  return [...found.values()];
}

function usableWord(word: TaggedWord, exclude: ReadonlySet<string>, options: DiscoveryOptions): boolean {
  const lower = word.value.toLowerCase();
  if (word.stop || lower.length < options.minWordLength || !PLAIN.test(lower)) return false;
  // Porter leaves some plurals apart from their singular (`buses` → buse, `bus` → bu): the singular is tried too.
  return !lower.split('-').some((part) => exclude.has(stemCache.stem(part)) || exclude.has(stemCache.stem(part.replace(/e?s$/, ''))));
}

/** `waiting lists`: a verb's -ing form qualifying the noun after it. */
const isGerund = (word: TaggedWord): boolean => word.pos === 'VERB' && word.value.toLowerCase().endsWith('ing');

/** The head noun of the verb's object, within `window` words after it, or undefined. */
function objectOf(words: readonly TaggedWord[], usable: readonly boolean[], verb: number, window: number): number | undefined {
  let head: number | undefined;
  for (let j = verb + 1; j <= verb + window + 1 && j < words.length; j++) {
    const w = words[j]!;
    if (NOUN.has(w.pos) && usable[j]) head = j;
    else if (head !== undefined) break;
    if (!BETWEEN.has(w.pos) && !isGerund(w)) break;
  }
  return head;
}
