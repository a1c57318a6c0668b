// Tagging one sentence: every token's label scores are the sum of the cached rows of the words around it (each word
// type's row holds its features' weights for every relative position), the label prior, the first-word features and
// the phrase flags; Viterbi then picks the best valid BIO sequence. Everything that depends on a word alone is
// computed once per word type (TypeTable), so the per-token cost is a lookup, a few vector additions and Viterbi.
import { buildKnowledge, type Knowledge } from './knowledge.js'
import { LABEL_COUNT as L } from './labels.js'
import { addFeature, addFeatures, featureIndex, loadModel, ROW, type RuntimeModel } from './model.js'
import { PHRASE_FLAG_COUNT, phraseFlags, wordStartBits } from './phrases.js'
import { TypeTable } from './types.js'
import { viterbi } from './viterbi.js'
import { AFTER_SENTENCE, BEFORE_SENTENCE, BIAS_HASH, firstWordFeatures, phraseFlagHash, wordFeatures } from './word-features.js'
import { WINDOW } from './window.js'

/** Word types cached before the cache starts over; bounds memory at MAX_TYPES * ROW floats (32 MB). */
const MAX_TYPES = 65_536
const CENTER = WINDOW * L
const BEFORE_ID = 0
const AFTER_ID = 1

if (WINDOW !== 2) throw new Error('tagger.ts sums exactly five slots: update it with WINDOW')

interface TaggerState {
  model: RuntimeModel
  k: Knowledge
  types: TypeTable
  pool: Float32Array
  /** Per type, the center-slot weights of its first-word features (used when it opens a sentence). */
  firstPool: Float32Array
  /** Label prior (the bias feature's center slot). */
  bias: Float32Array
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
  const s: TaggerState = { model, k, types: new TypeTable(MAX_TYPES, 2), pool: new Float32Array(4096 * ROW), firstPool: new Float32Array(4096 * L), bias: row.slice(CENTER, CENTER + L), flags, hashes: [] }
  addType(s, BEFORE_SENTENCE, TypeTable.hashString(BEFORE_SENTENCE))
  addType(s, AFTER_SENTENCE, TypeTable.hashString(AFTER_SENTENCE))
  return s
}

/** Loads the model and the name knowledge now instead of on the first sentence. */
export function prepareTagger(): void {
  state ??= initState()
}

function addType(s: TaggerState, word: string, hash: number): number {
  const id = s.types.add(word, hash)
  const at = id * ROW
  if (at + ROW > s.pool.length) {
    const grown = new Float32Array(Math.min(s.pool.length * 2, MAX_TYPES * ROW))
    grown.set(s.pool)
    s.pool = grown
  }
  s.pool.fill(0, at, at + ROW)
  s.hashes.length = 0
  wordFeatures(word, s.k, s.hashes)
  addFeatures(s.model, s.hashes, s.pool, at)
  if ((id + 1) * L > s.firstPool.length) {
    const grown = new Float32Array(Math.min(s.firstPool.length * 2, MAX_TYPES * L))
    grown.set(s.firstPool)
    s.firstPool = grown
  }
  firstRow.fill(0)
  s.hashes.length = 0
  firstWordFeatures(word, s.k, s.hashes)
  addFeatures(s.model, s.hashes, firstRow, 0)
  s.firstPool.set(firstRow.subarray(CENTER, CENTER + L), id * L)
  s.types.info[id] = wordStartBits(word, s.k)
  return id
}

let padded = new Int32Array(256)
let scores = new Float64Array(256 * L)
let flagBuffer = new Uint16Array(256)
let infoBuffer = new Uint8Array(256)
const words: string[] = []
const firstRow = new Float32Array(ROW)

function reserve(s: TaggerState, n: number): void {
  if (s.types.count + n > MAX_TYPES) s.types.clear()
  if (padded.length < n + 2 * WINDOW) {
    padded = new Int32Array((n + 2 * WINDOW) * 2)
    scores = new Float64Array(n * L * 2)
    flagBuffer = new Uint16Array(n * 2)
    infoBuffer = new Uint8Array(n * 2)
  }
}

/** Longer sentences are decoded in pieces of this many tokens, which bounds the buffers and the type cache. */
export const MAX_SENTENCE = 1000

/** Label indices for one sentence of words, written into out[0 .. words.length). */
export function tagWords(tokens: readonly string[], out: Uint8Array): void {
  for (let from = 0; from < tokens.length; from += MAX_SENTENCE) {
    const n = Math.min(MAX_SENTENCE, tokens.length - from)
    tagPiece(from === 0 && n === tokens.length ? tokens : tokens.slice(from, from + n), n, out.subarray(from, from + n))
  }
}

function tagPiece(tokens: readonly string[], n: number, out: Uint8Array): void {
  const s = (state ??= initState())
  reserve(s, n)
  for (let i = 0; i < n; i++) {
    const word = tokens[i]!
    const hash = TypeTable.hashString(word)
    let id = s.types.findString(word, hash)
    if (id < 0) id = addType(s, word, hash)
    padded[WINDOW + i] = id
  }
  decode(s, n, out)
}

/**
 * Labels for the n tokens view[starts[from + i], ends[from + i]), as tagWords on their viewText strings. When `words`
 * is given, words[from + i] receives each token's viewText.
 */
export function tagView(view: string, starts: Int32Array, ends: Int32Array, from: number, n: number, out: Uint8Array, words?: string[]): void {
  if (n > MAX_SENTENCE) throw new RangeError(`tagView: at most ${MAX_SENTENCE} tokens at a time`)
  const s = (state ??= initState())
  if (n === 0) return
  reserve(s, n)
  for (let i = 0; i < n; i++) {
    const start = starts[from + i]!
    const end = ends[from + i]!
    const hash = TypeTable.hashView(view, start, end)
    let id = s.types.findView(view, start, end, hash)
    if (id < 0) id = addType(s, TypeTable.text(view, start, end), hash)
    padded[WINDOW + i] = id
    // The interned string (its hash already computed) lets later stages look the word up cheaply.
    if (words) words[from + i] = s.types.strings[id]!
  }
  decode(s, n, out)
}

function decode(s: TaggerState, n: number, out: Uint8Array): void {
  const p = padded
  const strings = s.types.strings
  const info = s.types.info
  words.length = n
  for (let i = 0; i < n; i++) {
    const id = p[WINDOW + i]!
    words[i] = strings[id]!
    infoBuffer[i] = info[id]!
  }
  const flags = flagBuffer
  phraseFlags(words, s.k, flags, infoBuffer)
  for (let w = 0; w < WINDOW; w++) {
    p[w] = BEFORE_ID
    p[WINDOW + n + w] = AFTER_ID
  }
  for (let i = 0; i < n + 2 * WINDOW; i++) p[i] = p[i]! * ROW
  const pool = s.pool
  const bias = s.bias
  const sc = scores
  // Token i reads the word at i + k (k = -2 … 2) in slot k + 2; padded[i + k + 2] is that word's row.
  for (let i = 0; i < n; i++) {
    const a = p[i]!
    const b = p[i + 1]! + L
    const c = p[i + 2]! + 2 * L
    const d = p[i + 3]! + 3 * L
    const e = p[i + 4]! + 4 * L
    const dst = i * L
    for (let y = 0; y < L; y++) sc[dst + y] = bias[y]! + pool[a + y]! + pool[b + y]! + pool[c + y]! + pool[d + y]! + pool[e + y]!
  }
  const first = p[WINDOW]! / ROW
  for (let y = 0; y < L; y++) sc[y]! += s.firstPool[first * L + y]!
  for (let j = 0; j < n; j++) if (flags[j] !== 0) addFlagRows(s.flags, flags[j]!, j, n, sc)
  viterbi(sc, n, s.model.transitions, out)
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
