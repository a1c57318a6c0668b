// Tagging one sentence: every token's label scores are the sum of the cached rows of the words around it (each word
// type's row holds its features' weights for every relative position), the label prior, the first-word features and
// the phrase flags; Viterbi then picks the best valid BIO sequence. Everything that depends on a word alone is
// computed once per lexeme and kept in a row, so the per-token cost is an array read, a few vector additions and
// Viterbi. One Tagger per engine: its rows follow the engine's lexemes, its kernel and buffers are its own.
import { COLUMN_STRIDE, LexemeInts, type LexemeTable } from '../shared/lexemes.js'
import type { Knowledge, PhraseList } from './knowledge.js'
import { LABEL_COUNT as L } from './labels.js'
import { addFeature, addFeatures, featureIndex, ROW, rowStep, writeRow, type NerModel } from './model.js'
import { PHRASE_FLAG_COUNT, PHRASE_START, phraseFlags, wordStartBits } from './phrases.js'
import { createKernel, KERNEL_TOKENS, type Kernel } from './kernel/index.js'
import { MAX_WORD_LENGTH } from '../shared/chars.js'
import { AFTER_SENTENCE, BEFORE_SENTENCE, BIAS_HASH, featureForm, firstWordFeatures, OPAQUE_WORD, phraseFlagHash, wordFeatures } from './word-features.js'
import { WINDOW } from './window.js'

/** Rows cached before the cache starts over; bounds memory at MAX_ROWS * ROW int16 cells (16 MB). */
const MAX_ROWS = 65_536
const CENTER = WINDOW * L
/** Rows of the stand-ins beyond either end of a sentence and for opaque tokens; kept when the cache starts over. */
const BEFORE_ROW = 0
const AFTER_ROW = 1
const OPAQUE_ROW = 2
const FIXED_ROWS = 3

/** Longer sentences are decoded in pieces of this many tokens, which bounds the buffers and the row cache. */
export const MAX_SENTENCE = KERNEL_TOKENS

if (WINDOW !== 2) throw new Error('tagger.ts sums exactly five slots: update it with WINDOW')

export class Tagger {
  readonly #model: NerModel
  readonly #k: Knowledge
  readonly #lexemes: LexemeTable
  /** Row of each lexeme, -1 when not computed. */
  readonly #rowOf: LexemeInts
  #rowCount = 0
  #generation: number
  readonly kernel: Kernel
  /** Per row, the center-slot weights of its word's first-word features (used when it opens a sentence). */
  #firstPool = new Float32Array(4096 * L)
  /** Per row, its word's phrase start bits (phrases.ts). */
  #info = new Uint8Array(4096)
  /** Per row whose word may start a phrase, the knowledge-base phrases it starts (phrases.ts). */
  readonly #phraseLists: Array<PhraseList | undefined> = []
  /** Rows of the phrase flags, flag-major. */
  readonly #flags: Float32Array
  // Scratch, reused from sentence to sentence.
  readonly #hashes: number[] = []
  readonly #firstRow = new Float32Array(ROW)
  readonly #units = new Int32Array(ROW)
  readonly #words: string[] = []
  #flagBuffer = new Uint16Array(256)
  #infoBuffer = new Uint8Array(256)
  readonly #listBuffer: Array<PhraseList | undefined> = []

  constructor(model: NerModel, knowledge: Knowledge, lexemes: LexemeTable) {
    this.#model = model
    this.#k = knowledge
    this.#lexemes = lexemes
    this.#rowOf = new LexemeInts(lexemes, -1)
    this.#generation = lexemes.generation
    const row = new Float32Array(ROW)
    addFeatures(model, [BIAS_HASH], row, 0)
    this.#flags = new Float32Array(PHRASE_FLAG_COUNT * ROW)
    for (let b = 0; b < PHRASE_FLAG_COUNT; b++) {
      const f = featureIndex(model, phraseFlagHash(b))
      if (f >= 0) addFeature(model, f, this.#flags, b * ROW)
    }
    this.kernel = createKernel(model.transitions, row.slice(CENTER, CENTER + L), rowStep(model), MAX_ROWS)
    this.#addRow(BEFORE_SENTENCE)
    this.#addRow(AFTER_SENTENCE)
    this.#addRow(OPAQUE_WORD)
  }

  /** Labels for the n tokens whose lexemes are lexemes[from .. from + n), written into out[0 .. n). */
  tagLexemes(lexemes: Int32Array, from: number, n: number, out: Uint8Array): void {
    if (n > MAX_SENTENCE) throw new RangeError(`tagLexemes: at most ${MAX_SENTENCE} tokens at a time`)
    if (n === 0) return
    const rowOf = this.#reserve(n)
    const column = this.#rowOf.offset
    const strings = this.#lexemes.strings
    // Growing the kernel's memory replaces its views: make room for every row this sentence may add first.
    this.kernel.reserveRows(this.#rowCount + n)
    const padded = this.kernel.padded
    const words = this.#words
    for (let i = 0; i < n; i++) {
      const lexeme = lexemes[from + i]!
      const at = lexeme * COLUMN_STRIDE + column
      let row = rowOf[at]!
      // A known word's row says whether it is opaque: its string is not read (a cache miss per rare word).
      if (row < 0) {
        const word = strings[lexeme]!
        rowOf[at] = row = word.length > MAX_WORD_LENGTH ? OPAQUE_ROW : this.#addRow(word)
      }
      padded[WINDOW + i] = row
      words[i] = row === OPAQUE_ROW ? OPAQUE_WORD : strings[lexeme]!
    }
    this.#decode(n, out)
  }

  /** Computes the row of `word` and returns its index. */
  #addRow(written: string): number {
    const word = featureForm(written)
    const id = this.#rowCount++
    const at = id * ROW
    const model = this.#model
    const hashes = this.#hashes
    this.kernel.reserveRows(id + 1)
    hashes.length = 0
    wordFeatures(word, this.#k, hashes)
    writeRow(model, hashes, this.#units, this.kernel.pool, at)
    if ((id + 1) * L > this.#firstPool.length) this.#firstPool = growTo(this.#firstPool, (id + 1) * L, MAX_ROWS * L)
    const firstRow = this.#firstRow
    firstRow.fill(0)
    hashes.length = 0
    firstWordFeatures(word, this.#k, hashes)
    addFeatures(model, hashes, firstRow, 0)
    this.#firstPool.set(firstRow.subarray(CENTER, CENTER + L), id * L)
    if (id >= this.#info.length) this.#info = growTo(this.#info, id + 1, MAX_ROWS)
    const bits = wordStartBits(word, this.#k)
    this.#info[id] = bits
    // Keyed by the written word: phraseFlags reads the sentence's written words.
    this.#phraseLists[id] = bits & PHRASE_START ? this.#k.phrases.get(written) : undefined
    return id
  }

  /** Room for n tokens in the buffers, and rows for them in the cache (which starts over when it is full). */
  #reserve(n: number): Int32Array {
    if (this.#generation !== this.#lexemes.generation || this.#rowCount + n > MAX_ROWS) {
      this.#rowOf.reset()
      this.#rowCount = FIXED_ROWS
      this.#generation = this.#lexemes.generation
    }
    if (this.#flagBuffer.length < n) {
      this.#flagBuffer = new Uint16Array(n * 2)
      this.#infoBuffer = new Uint8Array(n * 2)
    }
    return this.#rowOf.sync()
  }

  #decode(n: number, out: Uint8Array): void {
    const kernel = this.kernel
    const p = kernel.padded
    const info = this.#info
    const words = this.#words
    const infoBuffer = this.#infoBuffer
    const lists = this.#listBuffer
    const phraseLists = this.#phraseLists
    words.length = n
    for (let i = 0; i < n; i++) {
      const row = p[WINDOW + i]!
      const bits = info[row]!
      infoBuffer[i] = bits
      if (bits & PHRASE_START) lists[i] = phraseLists[row]
    }
    const flags = this.#flagBuffer
    phraseFlags(words, this.#k, flags, infoBuffer, lists)
    for (let w = 0; w < WINDOW; w++) {
      p[w] = BEFORE_ROW
      p[WINDOW + n + w] = AFTER_ROW
    }
    kernel.sums(n)
    const sc = kernel.scores
    const first = p[WINDOW]!
    const firstPool = this.#firstPool
    for (let y = 0; y < L; y++) sc[y]! += firstPool[first * L + y]!
    for (let j = 0; j < n; j++) if (flags[j] !== 0) addFlagRows(this.#flags, flags[j]!, j, n, sc)
    kernel.viterbi(n)
    const labels = kernel.out
    for (let i = 0; i < n; i++) out[i] = labels[i]!
  }
}

function growTo<T extends Float32Array | Uint8Array>(values: T, needed: number, most: number): T {
  const grown = new (values.constructor as new (n: number) => T)(Math.min(Math.max(needed, values.length * 2), most))
  grown.set(values)
  return grown
}

function addFlagRows(flagRows: Float32Array, f: number, j: number, n: number, sc: Float64Array): void {
  for (let b = 0; b < PHRASE_FLAG_COUNT; b++) {
    if (!(f & (1 << b))) continue
    for (let i = Math.max(0, j - WINDOW); i <= Math.min(n - 1, j + WINDOW); i++) {
      const src = b * ROW + (j - i + WINDOW) * L
      const dst = i * L
      for (let y = 0; y < L; y++) sc[dst + y]! += flagRows[src + y]!
    }
  }
}
