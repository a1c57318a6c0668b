// Tagging one sentence: every token's label scores are the sum of the cached rows of the words around it (each word
// type's row holds its features' weights for every relative position), the label prior, the first-word features and
// the phrase flags; Viterbi then picks the best valid BIO sequence. Everything that depends on a word alone is
// computed once per lexeme (shared/vocab.ts) and kept in a row, so the per-token cost is an array read, a few vector
// additions and Viterbi.
import { LexemeInts, vocab } from '../shared/vocab.js'
import { buildKnowledge, type Knowledge } from './knowledge.js'
import { LABEL_COUNT as L } from './labels.js'
import { addFeature, addFeatures, featureIndex, loadModel, ROW, type RuntimeModel } from './model.js'
import { PHRASE_FLAG_COUNT, phraseFlags, wordStartBits } from './phrases.js'
import { createKernel, KERNEL_TOKENS, type Kernel } from './kernel/index.js'
import { AFTER_SENTENCE, BEFORE_SENTENCE, BIAS_HASH, firstWordFeatures, phraseFlagHash, wordFeatures } from './word-features.js'
import { WINDOW } from './window.js'

/** Rows cached before the cache starts over; bounds memory at MAX_ROWS * ROW floats (32 MB). */
const MAX_ROWS = 65_536
const CENTER = WINDOW * L
/** Rows of the stand-ins beyond either end of a sentence; kept when the cache starts over. */
const BEFORE_ROW = 0
const AFTER_ROW = 1
const FIXED_ROWS = 2

if (WINDOW !== 2) throw new Error('tagger.ts sums exactly five slots: update it with WINDOW')

interface TaggerState {
  model: RuntimeModel
  k: Knowledge
  /** Row of each lexeme, -1 when not computed. */
  rowOf: LexemeInts
  rowCount: number
  generation: number
  kernel: Kernel
  /** Per row, the center-slot weights of its word's first-word features (used when it opens a sentence). */
  firstPool: Float32Array
  /** Per row, its word's phrase start bits (phrases.ts). */
  info: Uint8Array
  /** Rows of the phrase flags, flag-major. */
  flags: Float32Array
  hashes: number[]
}

let state: TaggerState | undefined

function initState(): TaggerState {
  const model = loadModel()
  const k = buildKnowledge(model.geo)
  const row = new Float32Array(ROW)
  addFeatures(model, [BIAS_HASH], row, 0)
  const flags = new Float32Array(PHRASE_FLAG_COUNT * ROW)
  for (let b = 0; b < PHRASE_FLAG_COUNT; b++) {
    const f = featureIndex(model, phraseFlagHash(b))
    if (f >= 0) addFeature(model, f, flags, b * ROW)
  }
  const s: TaggerState = {
    model, k, rowOf: new LexemeInts(-1), rowCount: 0, generation: vocab.generation,
    kernel: createKernel(model.transitions, row.slice(CENTER, CENTER + L), MAX_ROWS), firstPool: new Float32Array(4096 * L), info: new Uint8Array(4096),
    flags, hashes: [],
  }
  addRow(s, BEFORE_SENTENCE)
  addRow(s, AFTER_SENTENCE)
  return s
}

/** Which kernel the recogniser runs on: WebAssembly, or JavaScript where that is unavailable. */
export function taggerKernel(): Kernel['kind'] {
  return (state ??= initState()).kernel.kind
}

/** Loads the model and the name knowledge now instead of on the first sentence. */
export function prepareTagger(): void {
  state ??= initState()
}

/** Computes the row of `word` and returns its index. */
function addRow(s: TaggerState, word: string): number {
  const id = s.rowCount++
  const at = id * ROW
  s.kernel.reserveRows(id + 1)
  const pool = s.kernel.pool
  pool.fill(0, at, at + ROW)
  s.hashes.length = 0
  wordFeatures(word, s.k, s.hashes)
  addFeatures(s.model, s.hashes, pool, at)
  if ((id + 1) * L > s.firstPool.length) s.firstPool = growTo(s.firstPool, (id + 1) * L, MAX_ROWS * L)
  firstRow.fill(0)
  s.hashes.length = 0
  firstWordFeatures(word, s.k, s.hashes)
  addFeatures(s.model, s.hashes, firstRow, 0)
  s.firstPool.set(firstRow.subarray(CENTER, CENTER + L), id * L)
  if (id >= s.info.length) s.info = growTo(s.info, id + 1, MAX_ROWS)
  s.info[id] = wordStartBits(word, s.k)
  return id
}

function growTo<T extends Float32Array | Uint8Array>(values: T, needed: number, most: number): T {
  const grown = new (values.constructor as new (n: number) => T)(Math.min(Math.max(needed, values.length * 2), most))
  grown.set(values)
  return grown
}

let flagBuffer = new Uint16Array(256)
let infoBuffer = new Uint8Array(256)
const words: string[] = []
const firstRow = new Float32Array(ROW)

/** Room for n tokens in the buffers, and rows for them in the cache (which starts over when it is full). */
function reserve(s: TaggerState, n: number): Int32Array {
  if (s.generation !== vocab.generation || s.rowCount + n > MAX_ROWS) {
    s.rowOf.reset()
    s.rowCount = FIXED_ROWS
    s.generation = vocab.generation
  }
  if (flagBuffer.length < n) {
    flagBuffer = new Uint16Array(n * 2)
    infoBuffer = new Uint8Array(n * 2)
  }
  return s.rowOf.sync()
}

/** Longer sentences are decoded in pieces of this many tokens, which bounds the buffers and the row cache. */
export const MAX_SENTENCE = KERNEL_TOKENS

/** Label indices for one sentence of words, written into out[0 .. words.length). */
export function tagWords(tokens: readonly string[], out: Uint8Array): void {
  vocab.startDocument()
  const lexemes = new Int32Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) lexemes[i] = vocab.internString(tokens[i]!)
  for (let from = 0; from < tokens.length; from += MAX_SENTENCE) {
    const n = Math.min(MAX_SENTENCE, tokens.length - from)
    tagLexemes(lexemes, from, n, out.subarray(from, from + n))
  }
}

/** Labels for the n tokens whose lexemes are lexemes[from .. from + n), written into out[0 .. n). */
export function tagLexemes(lexemes: Int32Array, from: number, n: number, out: Uint8Array): void {
  if (n > MAX_SENTENCE) throw new RangeError(`tagLexemes: at most ${MAX_SENTENCE} tokens at a time`)
  const s = (state ??= initState())
  if (n === 0) return
  const rowOf = reserve(s, n)
  const strings = vocab.strings
  // Growing the kernel's memory replaces its views: make room for every row this sentence may add first.
  s.kernel.reserveRows(s.rowCount + n)
  const padded = s.kernel.padded
  for (let i = 0; i < n; i++) {
    const lexeme = lexemes[from + i]!
    let row = rowOf[lexeme]!
    if (row < 0) rowOf[lexeme] = row = addRow(s, strings[lexeme]!)
    padded[WINDOW + i] = row
    words[i] = strings[lexeme]!
  }
  decode(s, n, out)
}

function decode(s: TaggerState, n: number, out: Uint8Array): void {
  const kernel = s.kernel
  const p = kernel.padded
  const info = s.info
  words.length = n
  for (let i = 0; i < n; i++) infoBuffer[i] = info[p[WINDOW + i]!]!
  const flags = flagBuffer
  phraseFlags(words, s.k, flags, infoBuffer)
  for (let w = 0; w < WINDOW; w++) {
    p[w] = BEFORE_ROW
    p[WINDOW + n + w] = AFTER_ROW
  }
  kernel.sums(n)
  const sc = kernel.scores
  const first = p[WINDOW]!
  for (let y = 0; y < L; y++) sc[y]! += s.firstPool[first * L + y]!
  for (let j = 0; j < n; j++) if (flags[j] !== 0) addFlagRows(s.flags, flags[j]!, j, n, sc)
  kernel.viterbi(n)
  out.set(kernel.out.subarray(0, n))
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
