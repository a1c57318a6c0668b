// The compact term vector of a document: its best stemmed content words (compounds folded into their modifiers)
// by sublinear, section-weighted tf, nouns and names before other words. Rarity is not judged here: the index
// weighs shared terms by its own document frequencies, and a background table only breaks ties (background.ts).
import { KIND, SECTION_WEIGHT, TAGGED_SECTIONS, type SectionRange, type TokenTable } from '../analysis.js'
import { FNV_OFFSET, FNV_PRIME } from '../shared/hash.js'
import { IGNORABLE_CODE } from '../shared/chars.js'
import { COLUMN_STRIDE, LexemeInts, type LexemeTable } from '../shared/lexemes.js'
import type { Term } from '../types.js'
import { commonnessOf, foldCompounds, type CompoundScratch } from './compounds.js'
import { termLabel } from './labels.js'
import { numberTermAt } from './numbers.js'
import { ensureFilled } from '../shared/grow.js'
import { StemCounts } from './counts.js'
import { PieceTable } from './pieces.js'
import { LETTER, MIN_PIECE, WORD, charClasses } from './piece-chars.js'

export const MAX_TERMS = 40
// Lowercase words are verbs, adjectives and adverbs far more often than nouns and names, which carry the topic.
const LOWERCASE_FACTOR = 0.5
const DECIMALS = 1e4
// Background commonness only breaks near-ties (see background.ts); it never outweighs a difference in tf.
const TIE_BREAK = 1e-3

/**
 * Per lexeme, what its pieces count for: NOT_READ, NO_PIECE (no piece with a stem), the id of its one piece with a
 * stem, or MULTI - i for the i-th list of such piece ids in `pieceLists`.
 */
const NOT_READ = -3
const NO_PIECE = -1
const MULTI = -4

/** One engine's term counting: its piece table, the pieces of each lexeme, and buffers reused per document. */
export class TermCounter {
  #words = new PieceTable()
  readonly #lexemes: LexemeTable
  readonly #counts = new StemCounts()
  readonly #lexemePieces: LexemeInts
  #pieceLists: number[][] = []
  /** The piece table whose piece ids #lexemePieces holds. */
  #piecesOf = this.#words
  readonly #found: number[] = []
  readonly #scratch: CompoundScratch = { prefixCounts: new Int32Array(0), foldedFrom: new Int32Array(0) }
  /** Per stem, the document's piece that names it (the shortest form, first seen), -1 between documents. */
  #labelPiece: Int32Array = new Int32Array(0)
  /** The document's number terms (numbers.ts) and hyphenated wholes: stem id → label, first seen. */
  readonly #plainLabels = new Map<number, string>()

  constructor(lexemes: LexemeTable) {
    this.#lexemes = lexemes
    this.#lexemePieces = new LexemeInts(lexemes, NOT_READ)
  }

  /**
   * The document's top terms (stemmed content words of title, lead and body) with weights, best first, L2-normalised,
   * each with the form the document writes it in (labels.ts).
   */
  terms(view: string, tokens: TokenTable, sections: readonly SectionRange[], lexemes: Int32Array): Term[] {
    if (this.#words.full) this.#words = new PieceTable()
    const words = this.#words
    const counts = this.#counts
    const keys: string[] = []
    const stemOf: number[] = []
    let weights: Float64Array
    let top: number[]
    let labels: string[]
    try {
      this.#countTokens(view, tokens, sections, lexemes)
      foldCompounds(words, counts, this.#scratch)
      const stems = counts.stems()
      weights = new Float64Array(stems.length)
      const ranks = new Float64Array(stems.length)
      for (const stem of stems) {
        const tf = counts.tf[stem]!
        if (tf === 0) continue
        const shape = LOWERCASE_FACTOR + (1 - LOWERCASE_FACTOR) * (counts.capitalised[stem]! / tf)
        const weight = (1 + Math.log(tf)) * shape
        weights[keys.length] = weight
        ranks[keys.length] = weight + TIE_BREAK * commonnessOf(words, stem)
        keys.push(words.stems[stem]!)
        stemOf.push(stem)
      }
      top = best(ranks.subarray(0, keys.length), keys)
      // Labels only for the terms kept: naming a folded modifier reads the background's word forms.
      labels = top.map((i) => this.#plainLabels.get(stemOf[i]!) ?? termLabel(words, stemOf[i]!, this.#labelPiece, this.#scratch.foldedFrom))
    } finally {
      for (const stem of counts.stems()) {
        this.#labelPiece[stem] = -1
        this.#scratch.foldedFrom[stem] = -1
      }
      this.#plainLabels.clear()
      counts.clear()
    }
    // Positions in `top` are sorted, so that each term keeps its label by position, with no map from term to label.
    const order = top.map((_, k) => k)
    order.sort((a, b) => weights[top[b]!]! - weights[top[a]!]! || compareKeys(keys[top[a]!]!, keys[top[b]!]!))
    let norm = 0
    for (const k of order) norm += weights[top[k]!]! * weights[top[k]!]!
    norm = Math.sqrt(norm)
    return order.map((k): Term => [keys[top[k]!]!, Math.round((weights[top[k]!]! / norm) * DECIMALS) / DECIMALS, labels[k]!])
  }

  /** Section-weighted counts of the stems in the tagged sections, into #counts. */
  #countTokens(view: string, tokens: TokenTable, sections: readonly SectionRange[], lexemes: Int32Array): void {
    const words = this.#words
    if (this.#piecesOf !== words || this.#lexemePieces.generation !== this.#lexemes.generation) {
      this.#lexemePieces.reset()
      this.#pieceLists = []
      this.#piecesOf = words
    }
    const values = this.#lexemePieces.sync()
    let t = 0
    for (const section of sections) {
      const weight = SECTION_WEIGHT[section.type]
      while (t < tokens.count && tokens.starts[t]! < section.start) t++
      if (weight === undefined || !TAGGED_SECTIONS.has(section.type)) continue
      for (; t < tokens.count && tokens.starts[t]! < section.end; t++) {
        const kind = tokens.kinds[t]!
        if (kind === KIND.number) this.#countNumber(view, tokens, t, weight)
        if (kind !== KIND.word && kind !== KIND.hashtag) continue
        const code = this.#piecesOfLexeme(values, lexemes[t]!)
        if (code >= 0) this.#countPiece(code, weight)
        else if (code <= MULTI) {
          for (const each of this.#pieceLists[MULTI - code]!) {
            if (each >= 0) this.#countPiece(each, weight)
            else this.#countWhole(-each - 1, weight, lexemes[t]!)
          }
        }
      }
    }
  }

  #countNumber(view: string, tokens: TokenTable, t: number, weight: number): void {
    const found = numberTermAt(view, tokens, t)
    if (found === undefined) return
    const stem = this.#words.plainStem(found.term.key)
    this.#counts.add(stem, weight, weight)
    if (!this.#plainLabels.has(stem)) this.#plainLabels.set(stem, found.term.label)
  }

  /** A hyphenated compound as one term besides its parts (Deutschland-Pakt): a name an event is known by. */
  #countWhole(stem: number, weight: number, lexeme: number): void {
    this.#counts.add(stem, weight, weight)
    if (!this.#plainLabels.has(stem)) this.#plainLabels.set(stem, this.#lexemes.strings[lexeme]!)
  }

  #countPiece(piece: number, weight: number): void {
    const words = this.#words
    const stem = words.pieceStem[piece]!
    if (stem >= this.#labelPiece.length) this.#labelPiece = ensureFilled(this.#labelPiece, words.stems.length)
    this.#counts.add(stem, weight, words.pieceCapitalised[piece] ? weight : 0)
    const named = this.#labelPiece[stem]!
    if (named < 0 || (named !== piece && words.pieceText(piece).length < words.pieceText(named).length)) this.#labelPiece[stem] = piece
  }

  /** The pieces of a lexeme, read once per lexeme (its string is the token's viewText, so the pieces are the same). */
  #piecesOfLexeme(values: Int32Array, lexeme: number): number {
    const at = lexeme * COLUMN_STRIDE + this.#lexemePieces.offset
    let code = values[at]!
    if (code !== NOT_READ) return code
    const words = this.#words
    findPieces(words, this.#lexemes.strings[lexeme]!, this.#found)
    const codes = this.#found.filter((piece) => words.pieceStem[piece]! >= 0)
    // A compound written with hyphens counts as a whole too, under its parts' stems joined (pieces of ids < 0).
    if (codes.length > 1 && this.#found.length === codes.length && isHyphenated(this.#lexemes.strings[lexeme]!)) {
      codes.push(-words.plainStem(codes.map((piece) => words.stems[words.pieceStem[piece]!]!).join('-')) - 1)
    }
    if (codes.length === 0) code = NO_PIECE
    else if (codes.length === 1) code = codes[0]!
    else {
      code = MULTI - this.#pieceLists.length
      this.#pieceLists.push(codes)
    }
    values[at] = code
    return code
  }
}

/** Letters, hyphens between them and nothing else (Deutschland-Pakt, not 3D-Drucker or E-Mail-Adresse's pieces only). */
function isHyphenated(text: string): boolean {
  let hyphens = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x2d) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 0x2d) return false
      hyphens++
    } else if (text[i]!.toLowerCase() === text[i]!.toUpperCase() && c !== IGNORABLE_CODE) return false
  }
  return hyphens > 0
}

/** Piece ids of `text` into `out`. */
function findPieces(words: PieceTable, text: string, out: number[]): void {
  const classes = charClasses()
  const end = text.length
  out.length = 0
  let i = 0
  while (i < end) {
    while (i < end && (classes[text.charCodeAt(i)]! & WORD) === 0) i++
    const from = i
    let hash = FNV_OFFSET | 0
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
  const above: number[] = []
  if (ranks.length <= MAX_TERMS) {
    for (let i = 0; i < ranks.length; i++) above.push(i)
    return above
  }
  const limit = threshold(ranks)
  const at: number[] = []
  for (let i = 0; i < ranks.length; i++) {
    if (ranks[i]! > limit) above.push(i)
    else if (ranks[i] === limit) at.push(i)
  }
  at.sort((a, b) => compareKeys(keys[a]!, keys[b]!))
  for (let k = 0; above.length < MAX_TERMS && k < at.length; k++) above.push(at[k]!)
  return above
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
