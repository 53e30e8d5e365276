import { porterStem } from './natural.js';
import { stemCache } from './stem-cache.js';
import { TokenRun } from './tokens.js';

/**
 * Which language an answer is written in, when it is not English: by the
 * share of its words that are the commonest function words of each language
 * (articles, pronouns, prepositions, auxiliaries), which every text of any
 * subject is full of. Deterministic, and small enough to need no package:
 * franc-min and eld, among npm's detectors, leave out Welsh, the language a
 * consultation in Wales receives besides English. Only a finding: what to do with the stance
 * of such an answer is the classifier's business.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: [
    ...'the and of to a in is that for it we be are not this with on as have by our they will should would can there or from'.split(' '),
    ...'at which more i you was has but their been all an if so do these than such also into its who what how about any some may must need'.split(' '),
  ],
  cy: [
    ...'y yr yn a ac i o ar am mae ei eu ni nid bod gan wedi fel hyn hynny ond neu ein'.split(' '),
    ...'eich gyda ydym rydym dylai hefyd sy sydd oedd fod yw ym yng wrth dros drwy rhaid mwy pob hwn hon ydyn mewn gallu'.split(' '),
  ],
  fr: 'le la les de des du et est un une que qui pas pour dans nous sur au aux ce cette il elle ne avec sont être plus par ou mais leur vous'.split(' '),
  de: 'der die das und ist nicht zu den mit von sich des auf für ein eine wir es dass im auch werden sind dem oder aber wird bei'.split(' '),
  es: 'el la los las de y que en un una es por con para se del al lo como más pero su sus está son muy nosotros'.split(' '),
  it: 'il di che e la per un non una sono con del della gli le è si anche nel alla più ma come questo'.split(' '),
  pt: 'o os a as de do da dos das e que em um uma não para com por se mais é são muito mas nos'.split(' '),
  pl: 'i w nie na się z do to że jest o jak ale po co tak za od dla są przez czy może być'.split(' '),
  nl: 'de het een en van is niet dat op te voor met zijn die wij ook aan er maar als bij wordt'.split(' '),
  ro: 'și în de la cu nu este că pe o un care pentru din mai sunt se să ca sau'.split(' '),
  ga: 'agus an na ar i is le go ag sé sí ní don leis sin seo bhí tá atá mar níl'.split(' '),
};
const SETS = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([code, words]) => [code, new Set(words)]));
const CODES = Object.keys(FUNCTION_WORDS).sort();

/** Fewer words than this say too little to tell a language by. */
export const LANGUAGE_MIN_WORDS = 12;
/** Words read at most: the opening of a long answer tells its language as well as the whole. */
const SAMPLE_WORDS = 80;
/** A language's function words make up at least this share of a text in it (English prose: about two fifths). */
const MIN_SHARE = 0.15;
/**
 * English beyond doubt: once this share of the words read are English function words, reading stops. Nearly every
 * answer is English and is settled within a few words, by the stem ids the scan already has: no string is made.
 */
const ENGLISH_SURE = 0.25;
const ENGLISH_IDS = new Set(FUNCTION_WORDS.en!.map((word) => stemCache.stemId(porterStem(word))));

export const LANGUAGE_NAMES: Record<string, string> = {
  cy: 'Welsh',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  pl: 'Polish',
  nl: 'Dutch',
  ro: 'Romanian',
  ga: 'Irish',
};

/**
 * The language (ISO 639-1) of the words of `run` in text[start, end), when it
 * is plainly not English; undefined for English, and for a text too short or
 * with too few function words of any language (a list, figures, names) to tell.
 */
export function foreignLanguage(run: TokenRun, start: number, end: number): string | undefined {
  const { from, to } = run.range(start, end);
  const last = Math.min(to, from + SAMPLE_WORDS);
  const count = last - from;
  if (count < LANGUAGE_MIN_WORDS) return undefined;
  let english = 0;
  for (let i = from; i < last; i++) {
    if (ENGLISH_IDS.has(run.ids[i]!)) english++;
    const read = i - from + 1;
    if (read >= LANGUAGE_MIN_WORDS && english >= ENGLISH_SURE * read) return undefined;
  }
  const hits: Record<string, number> = {};
  for (let i = from; i < last; i++) {
    const word = run.text.slice(run.starts[i], run.ends[i]).toLowerCase();
    for (const code of CODES) if (SETS[code]!.has(word)) hits[code] = (hits[code] ?? 0) + 1;
  }
  // Short words are shared (`a`, `i`, `to`, `in`): another language wins only with more of its own than English has.
  let best: string | undefined;
  for (const code of CODES) if (code !== 'en' && (hits[code] ?? 0) >= MIN_SHARE * count && (best === undefined || hits[code]! > hits[best]!)) best = code;
  return best !== undefined && hits[best]! > (hits.en ?? 0) ? best : undefined;
}

/** `foreignLanguage` of a whole text. */
export function textLanguage(text: string): string | undefined {
  return foreignLanguage(new TokenRun(text), 0, text.length);
}
