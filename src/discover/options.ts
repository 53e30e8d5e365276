/**
 * The sizes and thresholds of theme discovery and campaign detection, named
 * in one place (STYLE.md, section 8: thresholds are configuration). A library
 * caller passes its own; the command line takes these.
 */
export interface DiscoveryOptions {
  /** Longest noun phrase kept as a candidate, in words (its last words: the head and what qualifies it). */
  maxPhraseWords: number;
  /** Shortest word a candidate keeps, in characters: shorter ones are mostly abbreviations and noise. */
  minWordLength: number;
  /** Words a verb may stand from its object and still make a verb-object pair (the `~` of a rule phrase reaches two). */
  objectWindow: number;
  /** Fewer answers with text than this, and a question has no themes: two answers share words, not themes. */
  minGroupAnswers: number;
  /**
   * Characters of an answer read for candidate phrases: the part-of-speech tagger costs more than all of tagging
   * on long answers, and a theme's phrases recur in the first paragraphs. Matching a theme's phrases to find
   * its answers reads every answer whole.
   */
  maxTaggedChars: number;
  /** Answers whose candidates are kept by their text, so a text sent again (a campaign, `No comment`) is not tagged again. */
  candidateCache: number;
  /** A phrase must come up in at least this many answers of a question to be a theme's phrase. */
  minPhraseAnswers: number;
  /** Phrases kept per question, the most distinctive first. */
  maxPhrases: number;
  /** A phrase joins a theme when at least this share of its answers already raise the theme. */
  joinShare: number;
  /** Phrases a theme keeps at most; its label is made of the first `labelPhrases`. */
  maxThemePhrases: number;
  labelPhrases: number;
  /** Themes kept per question; a theme raised by fewer answers than `minThemeAnswers` goes to "other". */
  maxThemes: number;
  minThemeAnswers: number;
  /** Quotes per theme, and the longest a quote's text runs (characters). */
  quotes: number;
  quoteMax: number;
  /** Words per shingle, and the shortest answer or letter (in words) that can be a campaign response. */
  shingleWords: number;
  campaignMinWords: number;
  /** MinHash functions, as bands x rows of locality-sensitive hashing. */
  bands: number;
  rows: number;
  /** Estimated Jaccard similarity of shingles at which two responses are one campaign's. */
  campaignSimilarity: number;
  /** Responses a campaign needs. */
  campaignMinMembers: number;
  /** A template sentence is one more than this share of the sampled members carry; `templateSample` members are read for it. */
  templateShare: number;
  templateSample: number;
}

export const DEFAULT_DISCOVERY: Readonly<DiscoveryOptions> = Object.freeze({
  maxPhraseWords: 3,
  minWordLength: 3,
  objectWindow: 2,
  minGroupAnswers: 3,
  candidateCache: 10_000,
  maxTaggedChars: 600,
  minPhraseAnswers: 2,
  maxPhrases: 40,
  joinShare: 0.5,
  maxThemePhrases: 8,
  labelPhrases: 2,
  maxThemes: 8,
  minThemeAnswers: 2,
  quotes: 3,
  quoteMax: 240,
  shingleWords: 4,
  campaignMinWords: 25,
  bands: 32,
  rows: 2,
  campaignSimilarity: 0.4,
  campaignMinMembers: 3,
  templateShare: 0.5,
  templateSample: 50,
});
