// What the word lists say of a single word read as a name, in one memoisable bit set: the linker's rules ask several
// of these questions of the same word.
import { adjectiveStem, EDITIONS, hasDerivedNounEnding, isEnglishWord, isListedFirstName, isListedName, stopwords } from '../lexicon/index.js'
import { isLower, isUpper } from '../shared/chars.js'

/** Bits of nameWordFacts. */
export const NOUN_SHAPED = 1
export const LISTED_NAME = 2
export const ENGLISH = 4
export const ATTRIBUTE = 8
export const DERIVED = 16
export const STOPWORD = 32
export const OPENER = 64
export const AMOUNT = 128
export const ENGLISH_FUNCTION = 256
export const EDITION = 512

/**
 * What the lists say of a single word read as a name, as bits: noun-shaped (looksLikeNoun), a listed first name or
 * surname, a common English word, an inflected adjective that is no first name, a derived noun's ending, a stopword,
 * a sentence opener, an amount word, an English function word, an edition word. Memoised per engine in WordChecks.
 * (Whether the lemma lexicon knows it is asked apart, only where needed: its compound search is the dearest question.)
 */
export function nameWordFacts(word: string): number {
  const lower = word.toLowerCase()
  let facts = (looksLikeNoun(word) ? NOUN_SHAPED : 0) | (isListedName(word) ? LISTED_NAME : 0) | (isEnglishWord(lower) ? ENGLISH : 0)
  facts |= (isAttribute(word) ? ATTRIBUTE : 0) | (hasDerivedNounEnding(lower) ? DERIVED : 0)
  facts |= (stopwords().has(lower) ? STOPWORD : 0) | (isOpener(lower, facts) ? OPENER : 0) | (AMOUNT_WORDS.has(lower) ? AMOUNT : 0)
  return facts | (ENGLISH_FUNCTION_WORDS.has(lower) ? ENGLISH_FUNCTION : 0) | (EDITIONS.has(lower) ? EDITION : 0)
}

/** A capitalised word with small letters only after its first (Leasing, not HVKU or iPhone): what a noun looks like. */
export function looksLikeNoun(word: string): boolean {
  if (word.length < 2 || !isUpper(word[0]!)) return false
  for (let i = 1; i < word.length; i++) if (!isLower(word[i]!)) return false
  return true
}

/** An inflected adjective that is no first name too (Reiner Nagel, Frank Richter). */
export function isAttribute(word: string): boolean {
  return adjectiveStem(word.toLowerCase()) !== '' && !isListedFirstName(word)
}

/** Words of an amount before a unit: `250 Millionen Franken`, `eine halbe Milliarde Franken`, `1,5 Mio. Euro`. */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'hundert', 'tausend', 'million', 'millionen', 'milliarde', 'milliarden', 'billion', 'billionen', 'mio.', 'mrd.',
  'mio', 'mrd', 'tsd.', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'zwölf', 'zwanzig',
  'hunderte', 'tausende', 'dutzende', 'etliche',
])

/**
 * Words that open a sentence capitalised and are never names, beside the stopword list: question adverbs of the wo-
 * kind, interjections and time adverbs of chatty pages (Woran liegt das? Ach, … Neulich im Café …).
 */
const OPENERS: ReadonlySet<string> = new Set([
  'woran', 'worauf', 'woraus', 'wobei', 'wodurch', 'wofür', 'wogegen', 'woher', 'wohin', 'womit', 'wonach', 'worüber',
  'worum', 'worunter', 'wovon', 'wovor', 'wozu', 'ach', 'oh', 'ah', 'na', 'tja', 'hm', 'hmm', 'naja', 'juhu', 'huch',
  'neulich', 'kürzlich', 'gestern', 'vorgestern', 'heute', 'morgen', 'übrigens', 'jedenfalls', 'immerhin', 'trotzdem',
  'diesmal', 'schließlich', 'tatsächlich', 'natürlich', 'eigentlich', 'vielleicht', 'anschließend', 'ebenfalls',
])

/** Adverbs in -stens (Erstens, Frühestens, Mindestens, Spätestens), not a listed surname so spelt (Carstens). */
const STENS = 'stens'
const MIN_STENS = 7

function isOpener(lower: string, facts: number): boolean {
  return OPENERS.has(lower) || (lower.length >= MIN_STENS && lower.endsWith(STENS) && (facts & LISTED_NAME) === 0)
}

/** English function words, which a recogniser reads as names of English copy (The, For, With): never a name alone. */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'for', 'with', 'to', 'in', 'on', 'at', 'by', 'from', 'this', 'that', 'these',
  'those', 'it', 'its', 'is', 'are', 'be', 'you', 'your', 'we', 'our', 'my', 'all', 'new', 'more', 'about',
])
