// A word the article also writes as the first part of a closed compound with an ordinary noun (Topinambur and
// Topinamburknollen, Alpaka and Alpakawolle) is a word of the language: German joins common nouns so, and writes a
// firm's name before a noun with a hyphen (Tesla-Fahrer, Bosch-Chef). Places and people do join nouns closed
// (Prümtalradweg, Blasiussegen, Riesterrente): the linker asks this of neither.
import { isAdjectivalNoun, nounLemma } from '../lexicon/index.js'
import { isLetter, isLower } from '../shared/chars.js'
import type { WordChecks } from './word-checks.js'

/** Linking elements a modifier may take before the head (Alpaka|wolle, Energie|preise, Hummel|n|arten). */
const LINKS: readonly string[] = ['', 's', 'n', 'en', 'e', 'es']
/** The shortest head read after the name: shorter endings are inflections or suffixes (Topinamburs, Radonwerte). */
const MIN_HEAD = 4

/**
 * The rest of a closed compound after its first part, capitalised, is an ordinary noun (with a linking element); not
 * a nominalised participle, which is rather a verb glued to a name by a lost space (Niessl|erneuerte).
 */
function isNounRest(rest: string, words: WordChecks): boolean {
  for (const link of LINKS) {
    if (rest.length - link.length < MIN_HEAD || !rest.startsWith(link)) continue
    const head = rest[link.length]!.toUpperCase() + rest.slice(link.length + 1)
    if (words.isCommonNoun(head) && !isAdjectivalNoun(nounLemma(head) ?? head)) return true
  }
  return false
}

/**
 * `view` holds `word` as the first part of a closed compound whose rest is an ordinary noun: a word that starts no
 * other word where it stands, then small letters to the end of the compound. Each occurrence is read once.
 */
export function opensCompound(view: string, word: string, words: WordChecks): boolean {
  for (let at = view.indexOf(word); at >= 0; at = view.indexOf(word, at + word.length)) {
    if (at > 0 && (isLetter(view[at - 1]!) || view[at - 1] === '-')) continue
    let end = at + word.length
    if (end >= view.length || !isLower(view[end]!)) continue
    while (end < view.length && isLower(view[end]!)) end++
    if (end < view.length && isLetter(view[end]!)) continue
    if (isNounRest(view.slice(at + word.length, end), words)) return true
  }
  return false
}
