// Names the recogniser missed, told apart from themes before keyphrases are ranked: a word beside a listed first name
// (Dirk Schimmelpfennig, `Kesselbacher, Lea` of a results table) and two capitalised words side by side that no list
// knows (Biyon Kattilathu).
import { KIND, type TokenTable } from '../analysis.js'
import { adjectiveStem, compoundTail, hasDerivedNounEnding, isCommonNoun, isEnglishWord, isListedFirstName, nounLemma, stopwords } from '../lexicon/index.js'
import { isUpperCode, MAX_WORD_LENGTH } from '../shared/chars.js'
import { COLUMN_STRIDE, type LexemeInts, type LexemeTable } from '../shared/lexemes.js'
import { spacedTokens } from '../tokenize/index.js'

/** A word beside a first name, or paired with another unlisted word, in one of this many occurrences is a name. */
export const SURNAME_SHARE = 3

/**
 * Per noun key, over every section: how often its word stands beside a first name, and for those keys only (few,
 * mostly none) how often it stands at all.
 */
export class SurnameCounts {
  readonly #beside = new Map<string, number>()
  readonly #seen = new Map<string, number>()

  beside(key: string): void {
    if (key !== '') this.#beside.set(key, (this.#beside.get(key) ?? 0) + 1)
  }

  /**
   * Counts every capitalised word outside mentions whose key (`keyOf` its lexeme) stood beside a first name: a second
   * pass, when one did.
   */
  countAll(view: string, tokens: TokenTable, inMention: Uint8Array, lexemes: Int32Array, keyOf: (lexeme: number) => string): void {
    if (this.#beside.size === 0) return
    for (let t = 0; t < tokens.count; t++) {
      if (inMention[t] || tokens.kinds[t] !== KIND.word || lexemes[t]! < 0 || !isUpperCode(view.charCodeAt(tokens.starts[t]!))) continue
      const key = keyOf(lexemes[t]!)
      if (this.#beside.has(key)) this.#seen.set(key, (this.#seen.get(key) ?? 0) + 1)
    }
  }

  /** The word stands beside a first name in at least one of SURNAME_SHARE of its occurrences. */
  isSurname(key: string): boolean {
    const beside = this.#beside.get(key)
    return beside !== undefined && beside * SURNAME_SHARE >= this.#seen.get(key)!
  }
}

function isFirstName(word: string): boolean {
  return isListedFirstName(word) && !isCommonNoun(word)
}

/**
 * Token t stands right after a first name (Dirk Schimmelpfennig) or before a comma and one (Schlumberger, Lea of a
 * results table): a surname the recogniser missed, not a theme.
 */
export function isBesideFirstName(view: string, tokens: TokenTable, t: number, lexemes: Int32Array, flags: NameFlags): boolean {
  if (t > 0 && hasNameFlag(tokens, t - 1, lexemes, flags, FIRST_NAME) && spacedTokens(view, tokens, t - 1, t)) return true
  const comma = t + 1
  if (!(comma + 1 < tokens.count && tokens.starts[comma] === tokens.ends[t] && view.charCodeAt(tokens.starts[comma]!) === 0x2c && tokens.ends[comma]! - tokens.starts[comma]! === 1 && hasNameFlag(tokens, comma + 1, lexemes, flags, FIRST_NAME))) return false
  // `Gemeinderat, Maria Huber, sagte`: a first name before a surname is an apposition, not an inverted name.
  const after = comma + 2
  return after >= tokens.count || tokens.kinds[after] !== KIND.word || !isUpperCode(view.charCodeAt(tokens.starts[after]!))
}

/** Token k exists, is a word and its lexeme has the name flag `bit`. */
function hasNameFlag(tokens: TokenTable, k: number, lexemes: Int32Array, flags: NameFlags, bit: number): boolean {
  return k >= 0 && k < tokens.count && tokens.kinds[k] === KIND.word && lexemes[k]! >= 0 && (flags(lexemes[k]!) & bit) !== 0
}

/** Bits of a word's name flags. */
const FIRST_NAME = 1
export const UNLISTED = 2
const ENGLISH = 4

/** A common English word that is no German noun or small word (Smart, Open, South, Remote). */
function isPlainEnglish(word: string): boolean {
  const lower = word.toLowerCase()
  return isEnglishWord(lower) && !stopwords().has(lower)
}

function nameFlagsOf(word: string): number {
  // Longer "words" are debris, and the lemma lexicon's compound search costs a word's length squared.
  if (word.length > MAX_WORD_LENGTH) return 0
  return (isFirstName(word) ? FIRST_NAME : 0) | (isUnlisted(word) ? UNLISTED : 0) | (isPlainEnglish(word) ? ENGLISH : 0)
}

/** The name flags of a lexeme, looked up once per engine. */
export type NameFlags = (lexeme: number) => number

/** Reads and fills `flags`, a column of `table`'s lexemes (-1: not looked up yet). */
export function nameFlagsReader(flags: LexemeInts, table: LexemeTable): NameFlags {
  const values = flags.sync()
  const column = flags.offset
  const strings = table.strings
  return (lexeme) => {
    const at = lexeme * COLUMN_STRIDE + column
    let value = values[at]!
    if (value < 0) values[at] = value = nameFlagsOf(strings[lexeme]!)
    return value
  }
}

function isUnlisted(word: string): boolean {
  const lower = word.toLowerCase()
  // A hyphen makes a compound (Start-up, Glücks-Guru), a known head one the lists lack (Schriftstück, Livestream).
  if (word.includes('-') || hasDerivedNounEnding(lower) || compoundTail(word) !== '') return false
  return nounLemma(word) === undefined && !isCommonNoun(word) && !isEnglishWord(lower) && adjectiveStem(lower) === '' && !stopwords().has(lower)
}

/**
 * Token t (a word no list knows) and a capitalised word right beside it, or beside it in a list of commas, are both
 * words no list knows (Glücks-Guru Biyon Kattilathu; a line-up: Tinnerholm, Arnason, Carvalho): a name the recogniser
 * missed, not two themes.
 */
export function isInNamePair(view: string, tokens: TokenTable, t: number, inMention: Uint8Array, lexemes: Int32Array, flags: NameFlags): boolean {
  return (isUnlistedAt(view, tokens, t - 1, inMention, lexemes, flags) && spacedTokens(view, tokens, t - 1, t)) || (isUnlistedAt(view, tokens, t + 1, inMention, lexemes, flags) && spacedTokens(view, tokens, t, t + 1)) || (isCommaAt(view, tokens, t - 1) && isUnlistedAt(view, tokens, t - 2, inMention, lexemes, flags)) || (isCommaAt(view, tokens, t + 1) && isUnlistedAt(view, tokens, t + 2, inMention, lexemes, flags))
}

/**
 * Token t stands right beside a capitalised English word that is no German one (Smart Glasses, Open Data, South
 * Hampton): part of an English term or name, not a German theme of its own.
 */
export function isBesideEnglishWord(view: string, tokens: TokenTable, t: number, lexemes: Int32Array, flags: NameFlags): boolean {
  return (isEnglishAt(view, tokens, t - 1, lexemes, flags) && spacedTokens(view, tokens, t - 1, t)) || (isEnglishAt(view, tokens, t + 1, lexemes, flags) && spacedTokens(view, tokens, t, t + 1))
}

function isEnglishAt(view: string, tokens: TokenTable, k: number, lexemes: Int32Array, flags: NameFlags): boolean {
  return hasNameFlag(tokens, k, lexemes, flags, ENGLISH) && isUpperCode(view.charCodeAt(tokens.starts[k]!))
}

/** Token k is a comma. */
function isCommaAt(view: string, tokens: TokenTable, k: number): boolean {
  return k >= 0 && k < tokens.count && tokens.ends[k]! - tokens.starts[k]! === 1 && view.charCodeAt(tokens.starts[k]!) === 0x2c
}

/** Token k is a capitalised word outside mentions that no list knows. */
function isUnlistedAt(view: string, tokens: TokenTable, k: number, inMention: Uint8Array, lexemes: Int32Array, flags: NameFlags): boolean {
  return hasNameFlag(tokens, k, lexemes, flags, UNLISTED) && !inMention[k] && isUpperCode(view.charCodeAt(tokens.starts[k]!))
}
