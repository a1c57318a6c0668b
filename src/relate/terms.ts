// The compact term vector of a document: its best stemmed content words (compounds folded into their modifiers)
// by sublinear, section-weighted tf, nouns and names before other words. Rarity is not judged here: the index
// weighs shared terms by its own document frequencies, and a background table only breaks ties (background.ts).
import { SECTION_WEIGHT, TAGGED_SECTIONS, type SectionRange } from '../sections/index.js'
import { KIND, type TokenTable } from '../tokenize/index.js'
import type { Term } from '../types.js'
import { commonnessOf, foldCompounds } from './compounds.js'
import { StemCounts } from './counts.js'
import { Vocabulary } from './vocabulary.js'
import { LexemeInts, vocab } from '../shared/vocab.js'
import { IGNORABLE_CODE, LETTER, MIN_PIECE, WORD, charClasses } from './words.js'

export const MAX_TERMS = 40
// Lowercase words are verbs, adjectives and adverbs far more often than nouns and names, which carry the topic.
const LOWERCASE_FACTOR = 0.5
const DECIMALS = 1e4
// Background commonness only breaks near-ties (see background.ts); it never outweighs a difference in tf.
const TIE_BREAK = 1e-3


let vocabulary = new Vocabulary()
const counts = new StemCounts()
const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 0x01000193

/**
 * Per lexeme, what its pieces count for: NOT_READ, NO_PIECE (no piece with a stem), one piece's code (stem id * 2 +
 * 1 when capitalised), or MULTI - i for the i-th list of codes in `pieceLists`.
 */
const NOT_READ = -3
const NO_PIECE = -1
const MULTI = -4
const lexemePieces = new LexemeInts(NOT_READ)
let pieceLists: number[][] = []
/** The Vocabulary whose piece ids lexemePieces holds. */
let piecesOf = vocabulary
const found: number[] = []

/** Piece ids of `text` into `out`. */
function findPieces(words: Vocabulary, text: string, out: number[]): void {
  const classes = charClasses()
  const end = text.length
  out.length = 0
  let i = 0
  while (i < end) {
    while (i < end && (classes[text.charCodeAt(i)]! & WORD) === 0) i++
    const from = i
    let hash = FNV_OFFSET
    let length = 0
    for (; i < end; i++) {
      const c = text.charCodeAt(i)
      if (c === IGNORABLE_CODE) continue
      if ((classes[c]! & WORD) === 0) break
      hash = Math.imul(hash ^ c, FNV_PRIME)
      length++
    }
    if (length < MIN_PIECE || (classes[text.charCodeAt(from)]! & LETTER) === 0) continue
    out.push(words.piece(text, from, i, length, hash))
  }
}

/** The code of a piece (see lexemePieces), or -1 for a piece without a stem (a stopword, a short stem). */
function pieceCode(words: Vocabulary, piece: number): number {
  const stem = words.pieceStem[piece]!
  return stem < 0 ? -1 : stem * 2 + words.pieceCapitalised[piece]!
}

function countCode(code: number, weight: number): void {
  counts.add(code >> 1, weight, code & 1 ? weight : 0)
}

/** The pieces of a lexeme, read once per lexeme (its string is the token's viewText, so the pieces are the same). */
function piecesOfLexeme(words: Vocabulary, values: Int32Array, lexeme: number): number {
  let code = values[lexeme]!
  if (code !== NOT_READ) return code
  const text = vocab.strings[lexeme]!
  findPieces(words, text, found)
  const codes = found.map((piece) => pieceCode(words, piece)).filter((c) => c >= 0)
  if (codes.length === 0) code = NO_PIECE
  else if (codes.length === 1) code = codes[0]!
  else {
    code = MULTI - pieceLists.length
    pieceLists.push(codes)
  }
  values[lexeme] = code
  return code
}

/** Section-weighted counts of the stems in the tagged sections (whose tokens' lexemes `lexemes` holds), into `counts`. */
function countTokens(words: Vocabulary, tokens: TokenTable, sections: SectionRange[], lexemes: Int32Array): void {
  if (piecesOf !== words || lexemePieces.generation !== vocab.generation) {
    lexemePieces.reset()
    pieceLists = []
    piecesOf = words
  }
  const values = lexemePieces.sync()
  let t = 0
  for (const section of sections) {
    const weight = SECTION_WEIGHT[section.type]
    while (t < tokens.count && tokens.starts[t]! < section.start) t++
    if (weight === undefined || !TAGGED_SECTIONS.has(section.type)) continue
    for (; t < tokens.count && tokens.starts[t]! < section.end; t++) {
      const kind = tokens.kinds[t]!
      if (kind !== KIND.word && kind !== KIND.hashtag) continue
      const code = piecesOfLexeme(words, values, lexemes[t]!)
      if (code >= 0) countCode(code, weight)
      else if (code <= MULTI) for (const each of pieceLists[MULTI - code]!) countCode(each, weight)
    }
  }
}

/** The value that MAX_TERMS of `values` reach or exceed (quickselect on a copy). */
function threshold(values: Float64Array): number {
  const a = values.slice()
  const k = a.length - MAX_TERMS
  let lo = 0
  let hi = a.length - 1
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!
    let i = lo
    let j = hi
    while (i <= j) {
      while (a[i]! < pivot) i++
      while (a[j]! > pivot) j--
      if (i <= j) {
        const swap = a[i]!
        a[i++] = a[j]!
        a[j--] = swap
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else break
  }
  return a[k]!
}

/** Indices of the MAX_TERMS best ranks (then keys), in no particular order. */
function best(ranks: Float64Array, keys: readonly string[]): number[] {
  const all = Array.from(ranks.keys())
  if (ranks.length <= MAX_TERMS) return all
  const limit = threshold(ranks)
  const above = all.filter((i) => ranks[i]! > limit)
  const at = all.filter((i) => ranks[i] === limit).sort((a, b) => compareKeys(keys[a]!, keys[b]!))
  return above.concat(at.slice(0, MAX_TERMS - above.length))
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The document's top terms (stemmed content words of title, lead and body) with weights, best first, L2-normalised. */
export function computeTerms(tokens: TokenTable, sections: SectionRange[], lexemes: Int32Array): Term[] {
  if (vocabulary.full) vocabulary = new Vocabulary()
  const words = vocabulary
  const keys: string[] = []
  let weights: Float64Array
  let ranks: Float64Array
  try {
    countTokens(words, tokens, sections, lexemes)
    foldCompounds(words, counts)
    const stems = counts.stems()
    weights = new Float64Array(stems.length)
    ranks = new Float64Array(stems.length)
    for (const stem of stems) {
      const tf = counts.tf[stem]!
      if (tf === 0) continue
      const shape = LOWERCASE_FACTOR + (1 - LOWERCASE_FACTOR) * (counts.capitalised[stem]! / tf)
      const weight = (1 + Math.log(tf)) * shape
      weights[keys.length] = weight
      ranks[keys.length] = weight + TIE_BREAK * commonnessOf(words, stem)
      keys.push(words.stems[stem]!)
    }
  } finally {
    counts.clear()
  }
  const top = best(ranks.subarray(0, keys.length), keys)
  top.sort((a, b) => weights[b]! - weights[a]! || compareKeys(keys[a]!, keys[b]!))
  let norm = 0
  for (const i of top) norm += weights[i]! * weights[i]!
  norm = Math.sqrt(norm)
  return top.map((i): Term => [keys[i]!, Math.round((weights[i]! / norm) * DECIMALS) / DECIMALS])
}
