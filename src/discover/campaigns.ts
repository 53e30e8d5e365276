import type { Campaign } from '../model/schema.js';
import { textBlocks } from '../segment/block.js';
import { splitSentences } from '../text/sentences.js';
import type { DiscoveryOptions } from './options.js';

/** A response that may be a campaign's: a letter (a whole document) or a survey answer, with its MinHash signature. */
export interface CampaignUnit {
  file: string;
  segment?: string;
  place: [number, number];
  signature: Uint32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** murmur3's finaliser: spreads a 32-bit value over all bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The fixed seeds of the MinHash functions: the same in every run, so campaigns are found alike. */
const seeds = (n: number): Uint32Array => Uint32Array.from({ length: n }, (_, i) => mix(i + 0x9e3779b9));

/**
 * The MinHash signature of a text's word shingles (`shingleWords` words in a
 * row, lower-cased), or undefined when it is shorter than a campaign
 * response can be: two short answers alike ("Nothing to add.") are no campaign.
 */
export function signatureOf(text: string, options: DiscoveryOptions): Uint32Array | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < options.campaignMinWords) return undefined;
  const hashes = options.bands * options.rows;
  const seed = seeds(hashes);
  const signature = new Uint32Array(hashes).fill(0xffffffff);
  for (let i = 0; i + options.shingleWords <= words.length; i++) {
    let h = FNV_OFFSET;
    for (let k = i; k < i + options.shingleWords; k++) {
      const word = words[k]!;
      for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), FNV_PRIME);
      h = Math.imul(h ^ 32, FNV_PRIME);
    }
    for (let j = 0; j < hashes; j++) {
      const v = mix((h ^ seed[j]!) >>> 0);
      if (v < signature[j]!) signature[j] = v;
    }
  }
  return signature;
}

/** The share of signature slots two responses agree on: an estimate of the Jaccard similarity of their shingles. */
function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Campaigns among the responses, in run order. Locality-sensitive hashing
 * puts responses whose signatures agree on a band of `rows` slots in one
 * bucket; a response is compared with its buckets' first response only, so
 * a campaign of thousands costs as many comparisons, and joins it when their
 * estimated similarity reaches `campaignSimilarity`. Answers that share a
 * quoted sentence but are otherwise their own stay far below it.
 */
export function findCampaigns(units: readonly CampaignUnit[], read: (unit: CampaignUnit) => string, options: DiscoveryOptions): Campaign[] {
  const parent = units.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const buckets = Array.from({ length: options.bands }, () => new Map<number, number>());
  units.forEach((unit, i) => {
    for (let b = 0; b < options.bands; b++) {
      let key = b;
      for (let r = 0; r < options.rows; r++) key = mix((key ^ unit.signature[b * options.rows + r]!) >>> 0);
      const first = buckets[b]!.get(key);
      if (first === undefined) buckets[b]!.set(key, i);
      else if (root(first) !== root(i) && similarity(units[first]!.signature, unit.signature) >= options.campaignSimilarity) {
        const [low, high] = [root(first), root(i)].sort((x, y) => x - y);
        parent[high!] = low!;
      }
    }
  });
  const groups = new Map<number, number[]>();
  units.forEach((_, i) => {
    const r = root(i);
    let list = groups.get(r);
    if (!list) groups.set(r, (list = []));
    list.push(i);
  });
  const campaigns: Campaign[] = [];
  for (const members of [...groups.values()].filter((m) => m.length >= options.campaignMinMembers).sort((a, b) => a[0]! - b[0]!)) {
    campaigns.push({
      id: `c${campaigns.length + 1}`,
      count: members.length,
      members: members.map((i) => (units[i]!.segment === undefined ? { file: units[i]!.file } : { file: units[i]!.file, segment: units[i]!.segment! })),
      template: templateOf(
        members.slice(0, options.templateSample).map((i) => read(units[i]!)),
        options,
      ),
    });
  }
  return campaigns;
}

/** The sentences at least `templateShare` of the members carry, in the first member's order: what the campaign sent. */
function templateOf(texts: readonly string[], options: DiscoveryOptions): string {
  const sentencesOf = (text: string): string[] => splitSentences(text, textBlocks(text)).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));
  const counts = new Map<string, number>();
  for (const text of texts) for (const s of new Set(sentencesOf(text))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const shared = [...new Set(sentencesOf(texts[0]!))].filter((s) => counts.get(s)! > options.templateShare * texts.length);
  return shared.length > 0 ? shared.join(' ') : texts[0]!.replace(/\s+/g, ' ').trim();
}
