// What the recogniser's rule passes ask of a word (a role word? a word that may be part of a name?), answered once per
// word of the engine's lexeme table.
import { isCommonNoun, isRoleWord, lexiconList, stopwords, wordFrequencies } from '../lexicon/index.js'
import { isLetter, isUpper } from '../shared/chars.js'
import { COLUMN_STRIDE, LexemeInts, type LexemeTable } from '../shared/lexemes.js'
import type { WordAt } from '../tokenize/index.js'
import { isDepartment } from './institutions.js'

export const ROLE_WORD = 1
/**
 * Capitalised, letters only, neither a function word, an ordinary noun nor a role word, and a name of the lists or no
 * word the corpus knows in lower case: Narasimhan, Juergen.
 */
export const NAME_WORD = 2
/** A first name of the lexicon's lists (Juergen, Conradin). */
export const FIRST_NAME = 4
/** One word naming a government's department (Finanzministerium): see institutions.ts. */
export const DEPARTMENT = 8

function flagsOf(word: string): number {
  // Every flag is of a capitalised word.
  if (word.length < 2 || !isUpper(word[0]!)) return 0
  if (isDepartment(word)) return DEPARTMENT
  if (isRoleWord(word)) return ROLE_WORD
  if (isUpper(word[1]!)) return 0
  for (let i = 1; i < word.length; i++) if (!(isLetter(word[i]!) || word[i] === '-' || word[i] === "'")) return 0
  const first = lexiconList('firstNames').has(word) || lexiconList('extraFirstNames').has(word) ? FIRST_NAME : 0
  const lower = word.toLowerCase()
  if (stopwords().has(lower) || isCommonNoun(word)) return first
  // A word the corpus knows in lower case (kommunales, bauen) is a word, unless the name lists know it.
  const named = first !== 0 || lexiconList('surnames').has(word) || lexiconList('extraSurnames').has(word)
  return first | (named || !wordFrequencies().has(lower) ? NAME_WORD : 0)
}

export class WordFlags {
  readonly #table: LexemeTable
  /** Per lexeme: its flags, or -1 not looked up yet. */
  readonly #flags: LexemeInts

  constructor(table: LexemeTable) {
    this.#table = table
    this.#flags = new LexemeInts(table, -1)
  }

  /** The flags of a document's tokens; `lexemes` are the tokens' lexemes in the table. */
  reader(lexemes: Int32Array, wordAt: WordAt): (token: number) => number {
    const flags = this.#flags.sync()
    const column = this.#flags.offset
    const strings = this.#table.strings
    return (token) => {
      const lexeme = lexemes[token]!
      if (lexeme < 0) return flagsOf(wordAt(token))
      const at = lexeme * COLUMN_STRIDE + column
      let value = flags[at]!
      if (value < 0) flags[at] = value = flagsOf(strings[lexeme]!)
      return value
    }
  }
}
