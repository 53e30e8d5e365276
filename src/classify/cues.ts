import type { CompiledRules, ContrastHit, CueHit, HedgeHit, NegatorHit } from '../rules/compile.js';
import type { CompiledPhrase } from '../text/phrase.js';
import type { PhraseMatch } from '../text/phrase-set.js';
import type { Sentence } from '../text/sentences.js';
import type { SideLabel } from '../model/stance-labels.js';
import { POLICY_DEFAULTS } from '../rules/stance-defaults.js';
import { firstNotBefore } from '../text/utils.js';

/** A stance cue after negation, contrast and hedges have had their say. */
export interface ScoredCue {
  sentence: Sentence;
  cue: PhraseMatch<CueHit>;
  label: SideLabel;
  weight: number;
  /** Modifiers that changed it, for evidence. */
  negator?: PhraseMatch<NegatorHit>;
  contrast?: PhraseMatch<ContrastHit>;
  hedge?: PhraseMatch<HedgeHit>;
  /** A denied objection before a turn (`Not against X, but ...`): conceded, so it states no position of its own. */
  conceded?: boolean;
}

const idsOfPhrase = new WeakMap<CompiledPhrase, Set<number>>();

/** Stem ids a phrase's own words use: a negator inside the cue ("not convinced") is part of it, not a flip. Kept per phrase. */
function cueIds(cue: PhraseMatch<CueHit>): Set<number> {
  let ids = idsOfPhrase.get(cue.phrase);
  if (!ids) {
    ids = new Set<number>();
    for (const slot of cue.phrase.slots) if ('ids' in slot) for (const id of slot.ids) ids.add(id);
    idsOfPhrase.set(cue.phrase, ids);
  }
  return ids;
}

/** Index of the first token after a clause break (comma, semicolon, colon, dash) following `after`: where a concessive clause ends. */
function clauseEnd(sentence: Sentence, after: number): number {
  const { text, starts, ends } = sentence.tokens;
  for (let i = after + 1; i < sentence.to; i++) {
    for (let k = ends[i - 1]!; k < starts[i]!; k++) if (CLAUSE_BREAK.has(text.charCodeAt(k))) return i;
  }
  return sentence.to;
}
const CLAUSE_BREAK = new Set([...',;:–—'].map((c) => c.charCodeAt(0)));

/** Index of the first match starting at or after `position` (matches are in order). */
function firstFrom<T>(matches: readonly PhraseMatch<T>[], position: number): number {
  return firstNotBefore(matches.length, (i) => matches[i]!.from < position);
}

/** The first match in [from, to), found by binary search so a long sentence full of cues stays linear. */
function within<T>(matches: readonly PhraseMatch<T>[], from: number, to: number, accept: (m: PhraseMatch<T>) => boolean = () => true): PhraseMatch<T> | undefined {
  for (let i = firstFrom(matches, from); i < matches.length && matches[i]!.from < to; i++) if (accept(matches[i]!)) return matches[i];
  return undefined;
}

export function scoreCues(sentences: readonly Sentence[], rules: CompiledRules): ScoredCue[] {
  const { hedgeReach } = rules.argument.policy ?? POLICY_DEFAULTS;
  const concededWeight = rules.argument.policy?.conceded ?? POLICY_DEFAULTS.conceded;
  const scored: ScoredCue[] = [];
  for (const sentence of sentences) {
    const { tokens, from, to } = sentence;
    const cues = rules.cues.findAll(tokens, from, to);
    if (cues.length === 0) continue;
    const negators = rules.negators.findAll(tokens, from, to);
    const hedges = rules.hedges.findAll(tokens, from, to);
    const contrasts = rules.contrasts.findAll(tokens, from, to);
    const after = contrasts.filter((c) => c.payload.mode === 'after');
    const concessive = contrasts.filter((c) => c.payload.mode === 'concessive');
    // `Although X, Y` at the start of a sentence: X is conceded, Y is the point.
    const leading = concessive.find((c) => c.from <= from + 1);
    const leadingClauseEnd = leading ? clauseEnd(sentence, leading.from) : 0;
    const reach = negators.reduce((max, n) => Math.max(max, n.payload.window), 0);
    for (const cue of cues) {
      // A stated lack of position (`no strong feelings either way`) has no side to turn over: the stance reads it apart.
      if (cue.payload.label === 'neutral') continue;
      const own = cueIds(cue);
      let label: SideLabel = cue.payload.label;
      let weight = cue.payload.weight;
      const result: ScoredCue = { sentence, cue, label, weight };
      const negator = within(negators, cue.from - reach, cue.to, (n) => n.from >= cue.from - n.payload.window && !own.has(tokens.ids[n.from]!));
      if (negator) {
        label = label === 'agree' ? 'disagree' : 'agree';
        result.negator = negator;
      }
      const hedge = within(hedges, cue.from - hedgeReach, cue.to);
      if (hedge) {
        weight *= hedge.payload.factor;
        result.hedge = hedge;
      }
      // What follows `however`/`but` is the main point; what precedes it is weakened. Each kind of contrast counts once.
      const before = firstFrom(after, cue.from) - 1;
      const turn = before >= 0 && after[before]!.to <= cue.from ? after[before] : after[before + 1];
      if (turn) {
        // `Not against X, but ...` concedes X: a denied objection before the turn counts as a concession, not a position.
        const litotes = negator !== undefined && cue.payload.label === 'disagree' && cue.from < turn.from;
        weight = cue.from >= turn.to ? weight * turn.payload.factor : litotes ? weight * concededWeight : weight / turn.payload.factor;
        result.contrast = turn;
        if (litotes) result.conceded = true;
      }
      if (leading) {
        weight = cue.from < leadingClauseEnd ? weight * leading.payload.factor : weight / leading.payload.factor;
        result.contrast ??= leading;
      } else {
        // `Y, although X`: X is conceded.
        const last = firstFrom(concessive, cue.from) - 1;
        const conceded = last >= 0 && concessive[last]!.to <= cue.from ? concessive[last] : last >= 1 ? concessive[last - 1] : undefined;
        if (conceded) {
          weight *= conceded.payload.factor;
          result.contrast ??= conceded;
        }
      }
      result.label = label;
      result.weight = weight;
      scored.push(result);
    }
  }
  return scored;
}
