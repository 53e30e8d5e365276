import path from 'node:path';
import type { Fired } from '../classify/stance.js';
import type { GoldFile } from './gold.js';
import { matchSegments } from './match.js';
import type { DocumentReport, Segment } from '../model/schema.js';
import { byCodeUnit } from '../text/utils.js';

/** Per rule: where it fired, whether the final label went its way, and (with gold) whether it was right. */
export interface RuleStats {
  rule: string;
  /** Segments it fired on (furniture rules: blocks they dropped or ended at). */
  fired: number;
  /** Segments whose label it decided (stance) or whose theme it carried. */
  decided: number;
  /** Segments where it fired and the final label was the one it pointed to. */
  agreed: number;
  /** Segments where another rule that fired pointed to a different label. */
  conflicted: number;
  /** With gold: fired on a matched segment, and how often its label was the gold one. */
  judged: number;
  right: number;
}

export class RuleStatsCollector {
  private readonly stats = new Map<string, RuleStats>();
  /** Fired rules of the document being tagged, by segment id; consumed by addDocument. */
  private firedBySegment = new Map<string, readonly Fired[]>();

  constructor(private readonly gold?: GoldFile) {}

  private entry(rule: string): RuleStats {
    let s = this.stats.get(rule);
    if (!s) this.stats.set(rule, (s = { rule, fired: 0, decided: 0, agreed: 0, conflicted: 0, judged: 0, right: 0 }));
    return s;
  }

  /** Counts a block that a furniture rule dropped, or stopped the document at (tagDocument's onFurniture). */
  onFurniture = (rule: string): void => {
    this.entry(rule).fired++;
  };

  /** Remembers the stance rules that fired on a segment (passed to tagDocument as onFired). */
  onFired = (segment: Segment, fired: readonly Fired[]): void => {
    this.firedBySegment.set(segment.id, fired);
  };

  addDocument(doc: DocumentReport): void {
    const goldDoc = this.gold?.documents.find((d) => d.file === path.basename(doc.file));
    const questions = doc.segments.filter((s) => s.kind === 'question');
    const goldFor = new Map<Segment, { stance: string; themes: string[] }>();
    if (goldDoc) {
      const pred = questions.map((s) => ({ number: s.number, question: s.question ?? '', stance: s.stance.label, explicit: false, themes: [] as string[] }));
      const { pairs } = matchSegments(goldDoc.segments, pred);
      for (const [g, p] of pairs) if (p) goldFor.set(questions[pred.indexOf(p)]!, g);
    }
    for (const segment of doc.segments) {
      const fired = this.firedBySegment.get(segment.id) ?? [];
      const labels = new Set(fired.map((f) => f.label));
      const gold = goldFor.get(segment);
      for (const rule of new Set(fired.map((f) => f.rule))) {
        const s = this.entry(rule);
        const own = fired.filter((f) => f.rule === rule).map((f) => f.label);
        s.fired++;
        if (segment.stance.evidence.some((e) => e.rule === rule && e.role === 'decides')) s.decided++;
        if (own.includes(segment.stance.label)) s.agreed++;
        if ([...labels].some((l) => !own.includes(l))) s.conflicted++;
        if (gold) {
          s.judged++;
          if (own.includes(gold.stance as Fired['label'])) s.right++;
        }
      }
      // Rules that point to no label of their own (a negator, a contrast, a hedge) fired where they left evidence.
      const cited = new Set(segment.stance.evidence.map((e) => e.rule).filter((rule) => !fired.some((f) => f.rule === rule)));
      for (const rule of cited) {
        const s = this.entry(rule);
        s.fired++;
        if (segment.stance.evidence.some((e) => e.rule === rule && e.role === 'decides')) s.decided++;
      }
      for (const tag of segment.themes) {
        const rule = tag.evidence[0]?.rule;
        if (!rule) continue;
        const s = this.entry(rule);
        s.fired++;
        s.decided++;
        s.agreed++;
        if (gold) {
          s.judged++;
          if (gold.themes.includes(tag.theme)) s.right++;
        }
      }
    }
    this.firedBySegment = new Map();
  }

  /** In rule-id order, including rules that never fired. */
  result(ruleIds: readonly string[]): RuleStats[] {
    return [...ruleIds].sort(byCodeUnit).map((id) => this.stats.get(id) ?? { rule: id, fired: 0, decided: 0, agreed: 0, conflicted: 0, judged: 0, right: 0 });
  }
}
