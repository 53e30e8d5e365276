import type { CompiledRules, CueHit, ModifierHit } from '../rules/compile.js';
import type { PhraseMatch } from '../rules/phrase-set.js';
import type { Sentence } from './sentences.js';

/** A stance cue after negation, contrast and hedges have had their say. */
export interface ScoredCue {
  sentence: Sentence;
  cue: PhraseMatch<CueHit>;
  label: 'agree' | 'disagree';
  weight: number;
  /** Modifiers that changed it, for evidence. */
  negator?: PhraseMatch<ModifierHit>;
  contrast?: PhraseMatch<ModifierHit>;
  hedge?: PhraseMatch<ModifierHit>;
}

const HEDGE_REACH = 4;

/** Stems a phrase's own words use: a negator inside the cue ("not convinced") is part of it, not a flip. */
function cueStems(cue: PhraseMatch<CueHit>): Set<string> {
  const stems = new Set<string>();
  for (const slot of cue.phrase.slots) if ('stems' in slot) for (const s of slot.stems) stems.add(s);
  return stems;
}

/** Whether a comma falls between two tokens: clause ends for concessive contrasts. */
function clauseEnd(sentence: Sentence, after: number): number {
  const tokens = sentence.tokens;
  for (let i = after + 1; i < tokens.length; i++) {
    const gap = sentence.text.slice(tokens[i - 1]!.end - sentence.start, tokens[i]!.start - sentence.start);
    if (/[,;:–—]/.test(gap)) return i;
  }
  return tokens.length;
}

export function scoreCues(sentences: readonly Sentence[], rules: CompiledRules): ScoredCue[] {
  const scored: ScoredCue[] = [];
  for (const sentence of sentences) {
    const { tokens } = sentence;
    const cues = rules.cues.findAll(tokens);
    if (cues.length === 0) continue;
    const negators = rules.negators.findAll(tokens);
    const hedges = rules.hedges.findAll(tokens);
    const contrasts = rules.contrasts.findAll(tokens);
    for (const cue of cues) {
      const own = cueStems(cue);
      let label = cue.payload.label;
      let weight = cue.payload.weight;
      const result: ScoredCue = { sentence, cue, label, weight };
      const negator = negators.find(
        (n) => n.from >= cue.from - (n.payload.window ?? 3) && n.from < cue.to && !own.has(tokens[n.from]!.stem),
      );
      if (negator) {
        label = label === 'agree' ? 'disagree' : 'agree';
        result.negator = negator;
      }
      const hedge = hedges.find((h) => h.from >= cue.from - HEDGE_REACH && h.from < cue.to);
      if (hedge) {
        weight *= hedge.payload.factor;
        result.hedge = hedge;
      }
      for (const contrast of contrasts) {
        const factor = contrast.payload.factor;
        if (contrast.payload.mode === 'after') {
          // What follows `however`/`but` is the main point; what precedes it is weakened.
          if (cue.from >= contrast.to) weight *= factor;
          else weight /= factor;
        } else if (contrast.from <= 1) {
          // `Although X, Y`: X is conceded, Y is the point.
          if (cue.from < clauseEnd(sentence, contrast.from)) weight *= factor;
          else weight /= factor;
        } else if (cue.from >= contrast.to) {
          // `Y, although X`: X is conceded.
          weight *= factor;
        } else continue;
        result.contrast = contrast;
      }
      result.label = label;
      result.weight = weight;
      scored.push(result);
    }
  }
  return scored;
}
