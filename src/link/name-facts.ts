// What the word lists say of a single word read as a name, in one memoisable bit set: the linker's rules ask several
// of these questions of the same word.
import { adjectiveStem, hasDerivedNounEnding, isEnglishWord, isListedFirstName, isListedName, nounLemma } from '../lexicon/index.js'
import { isLower, isUpper } from '../shared/chars.js'

/** Bits of nameWordFacts. */
export const NOUN_SHAPED = 1
export const LISTED_NAME = 2
export const ENGLISH = 4
export const ATTRIBUTE = 8
export const NOUN_LEMMA = 16
export const DERIVED = 32

/**
 * What the lists say of a single word read as a name, as bits: noun-shaped (looksLikeNoun), a listed first name or
 * surname, a common English word, an inflected adjective that is no first name, a form of a noun the lemma lexicon
 * knows, a derived noun's ending. Memoised per engine in WordChecks.
 */
export function nameWordFacts(word: string): number {
  return (looksLikeNoun(word) ? NOUN_SHAPED : 0) | (isListedName(word) ? LISTED_NAME : 0) | (isEnglishWord(word.toLowerCase()) ? ENGLISH : 0) | (isAttribute(word) ? ATTRIBUTE : 0) | (nounLemma(word) !== undefined ? NOUN_LEMMA : 0) | (hasDerivedNounEnding(word.toLowerCase()) ? DERIVED : 0)
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
