// Ordinary German nouns (corpora/lexicon/common-nouns.txt): the recogniser's "ordinary noun" features and the
// linker's check that a capitalised word read as a name is a common word too (Keller, Bergen, Gymnasien).
import { isLowerCode } from '../shared/chars.js'
import { lexiconList } from './data.js'

/** Inflection endings stripped to reach a noun lemma (Häuser is missed: umlaut plurals are not undone). */
const NOUN_ENDINGS: readonly string[] = ['s', 'es', 'n', 'en', 'e', 'er', 'ern', 'nen', 'se', 'sen', 'ses']
/** The longest of NOUN_ENDINGS: a noun form is a noun followed by at most this many letters. */
export const LONGEST_NOUN_ENDING = Math.max(...NOUN_ENDINGS.map((ending) => ending.length))
const MIN_STEM = 3

function hasInflection(nouns: ReadonlySet<string>, word: string): boolean {
  for (const ending of NOUN_ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending) && nouns.has(word.slice(0, word.length - ending.length))) return true
  }
  return false
}

/** `word` (capitalised as written) is a lemma of `nouns` or one of them with an inflection ending (Häusern). */
export function isNounFormIn(nouns: ReadonlySet<string>, word: string): boolean {
  return nouns.has(word) || hasInflection(nouns, word)
}

/** Latin and Greek plurals the endings above miss: Gymnasien → Gymnasium, Museen → Museum, Themen → Thema, Traumata → Trauma. */
const PLURAL_STEMS: ReadonlyArray<readonly [string, string]> = [['ien', 'ium'], ['een', 'eum'], ['men', 'ma'], ['ken', 'kum'], ['ata', 'a']]

/** A capitalised word that is an ordinary noun in one of its forms (Keller, Bergen, Gymnasien). */
export function isCommonNoun(word: string): boolean {
  const nouns = lexiconList('commonNouns')
  if (isNounFormIn(nouns, word)) return true
  for (const [plural, singular] of PLURAL_STEMS) {
    if (word.length > plural.length + 2 && word.endsWith(plural) && nouns.has(word.slice(0, -plural.length) + singular)) return true
  }
  return false
}

/** The least length of the noun before a binnen-I (Ärzt|Innen). */
const MIN_BINNEN_STEM = 4

/**
 * A plural or singular written for both sexes with a capital I (WissenschaftlerInnen, StudentIn) whose noun the
 * lexicon knows: a common noun, though its inner capital makes it look like a brand. LinkedIn is no noun's.
 */
export function isBinnenINoun(word: string): boolean {
  const at = word.endsWith('Innen') ? word.length - 5 : word.endsWith('In') ? word.length - 2 : -1
  if (at < MIN_BINNEN_STEM || !isLowerCode(word.charCodeAt(at - 1))) return false
  const stem = word.slice(0, at)
  return isCommonNoun(stem) || isCommonNoun(stem + 'in')
}

const MIN_HEAD = 4

/**
 * A compound whose last part is an inflected ordinary noun (Paketpreisen: Preis + en): names are rarely inflected
 * plurals or datives of a common noun, while Reichenberg or Volkswagen end in a noun as written.
 */
export function isInflectedCompound(word: string): boolean {
  const nouns = lexiconList('commonNouns')
  for (let i = MIN_STEM; i + MIN_HEAD <= word.length; i++) {
    const head = word[i]!.toUpperCase() + word.slice(i + 1)
    if (hasInflection(nouns, head)) return true
    if (nouns.has(head)) return false
  }
  return false
}

/**
 * Endings of nouns made from other words (Verfügbarkeit, Pervertierung, Agilität, Liberalismus) and of learned nouns
 * of Greek parts (Soziologie, Pädophilie, Demokratie, Fotografie, Physiotherapie), lower case; no first name ends so
 * (Sophie, Melanie, Stephanie do not).
 */
const DERIVED_NOUN_ENDINGS: readonly string[] = [
  'ung', 'heit', 'keit', 'schaft', 'tum', 'nis', 'ität', 'ismus', 'tion',
  'logie', 'grafie', 'graphie', 'philie', 'phobie', 'pathie', 'kratie', 'nomie', 'metrie', 'skopie', 'therapie', 'gamie', 'tomie',
]

/** A lower-case word ends like a noun made from another word: no name ends so but a few listed ones (Jung, Hartung). */
export function hasDerivedNounEnding(lower: string): boolean {
  for (const ending of DERIVED_NOUN_ENDINGS) if (lower.endsWith(ending)) return true
  return false
}
