// An engine's vocabulary: every word the pipeline reads gets one integer id (a lexeme), interned straight from the
// view's code units without building a string per token. Stages keep what they know about a word in arrays indexed
// by that id, so the second time a word comes up costs an array read, not a string lookup (spaCy's Vocab, wink-nlp's
// token arrays). Ids are stable within a document; between documents, a table grown past its limit is dropped whole
// and `generation` moves on, which tells the stages to drop their per-lexeme arrays too: so memory stays bounded in a
// long-running service however many new words it reads.
import { detach } from './detach.js'
import { IGNORABLE_CODE, viewText } from './chars.js'
import { FNV_OFFSET, FNV_PRIME } from './hash.js'

/** Words kept across documents; one document may add more until it ends. */
const SOFT_LIMIT = 100_000

/** Ints per table slot: hash, id + 1 (0 = empty), offset of the word's code units in `chars`, their count. */
const SLOT = 4

export class LexemeTable {
  /** Lexeme strings by id (viewText of the token: soft hyphens dropped). */
  readonly strings: string[] = []
  /** Counts the times the vocabulary was dropped. */
  generation = 0
  /** The stages' per-lexeme ints (LexemeInts), side by side. */
  readonly columns: Columns = new Columns(this)
  // Open addressing over SLOT ints, with every word's code units in one array, so that finding a known word reads
  // one slot and one run of code units: no string objects on the way.
  #slots = new Int32Array(2048 * SLOT)
  #mask = 2047
  #chars = new Uint16Array(16_384)
  #charCount = 0

  constructor(readonly limit = SOFT_LIMIT) {}

  get count(): number {
    return this.strings.length
  }

  /** Called before each document: drops a vocabulary grown past its limit. */
  startDocument(): void {
    if (this.strings.length <= this.limit) return
    this.strings.length = 0
    this.#slots.fill(0)
    this.#charCount = 0
    this.generation++
  }

  static hashString(word: string): number {
    let h = FNV_OFFSET
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME)
    return h
  }

  static hashView(view: string, start: number, end: number): number {
    let h = FNV_OFFSET
    for (let i = start; i < end; i++) {
      const c = view.charCodeAt(i)
      if (c !== IGNORABLE_CODE) h = Math.imul(h ^ c, FNV_PRIME)
    }
    return h
  }

  /** The lexeme of every token (in text order). */
  internTokens(view: string, starts: Int32Array, ends: Int32Array, count: number): Int32Array {
    this.startDocument()
    const lexemes = new Int32Array(count)
    for (let t = 0; t < count; t++) lexemes[t] = this.internView(view, starts[t]!, ends[t]!)
    return lexemes
  }

  /** The lexeme of view[start, end) (read as viewText), added when new. */
  internView(view: string, start: number, end: number): number {
    const hash = LexemeTable.hashView(view, start, end)
    const slots = this.#slots
    const chars = this.#chars
    const length = end - start
    let slot = (hash ^ (hash >>> 15)) & this.#mask
    for (;;) {
      const at = slot * SLOT
      const id = slots[at + 1]! - 1
      if (id < 0) break
      if (slots[at] === hash) {
        const from = slots[at + 2]!
        const count = slots[at + 3]!
        if (count === length ? sameUnits(chars, from, view, start, length) : sameText(chars, from, count, view, start, end)) return id
      }
      slot = (slot + 1) & this.#mask
    }
    return this.#add(detach(viewText(view, start, end)), hash, slot)
  }

  /** The lexeme of `word`, added when new. */
  internString(word: string): number {
    const hash = LexemeTable.hashString(word)
    const found = this.#probe(word, hash)
    return found >= 0 ? found : this.#add(word, hash, -found - 1)
  }

  /** The lexeme of `word`, or -1 when no text read so far had it. */
  find(word: string): number {
    const found = this.#probe(word, LexemeTable.hashString(word))
    return found >= 0 ? found : -1
  }

  /** The id of `word`, or -(free slot + 1). */
  #probe(word: string, hash: number): number {
    const slots = this.#slots
    let slot = (hash ^ (hash >>> 15)) & this.#mask
    for (;;) {
      const at = slot * SLOT
      const id = slots[at + 1]! - 1
      if (id < 0) return -slot - 1
      if (slots[at] === hash && this.strings[id] === word) return id
      slot = (slot + 1) & this.#mask
    }
  }

  #add(word: string, hash: number, slot: number): number {
    const id = this.strings.length
    this.strings.push(word)
    if (this.#charCount + word.length > this.#chars.length) {
      const grown = new Uint16Array(Math.max(this.#chars.length * 2, this.#charCount + word.length))
      grown.set(this.#chars)
      this.#chars = grown
    }
    const from = this.#charCount
    for (let i = 0; i < word.length; i++) this.#chars[from + i] = word.charCodeAt(i)
    this.#charCount += word.length
    this.#place(this.#slots, slot * SLOT, hash, id, from, word.length)
    if ((id + 1) * 2 > this.#mask + 1) this.#rehash()
    return id
  }

  #place(slots: Int32Array, at: number, hash: number, id: number, from: number, length: number): void {
    slots[at] = hash
    slots[at + 1] = id + 1
    slots[at + 2] = from
    slots[at + 3] = length
  }

  #rehash(): void {
    const old = this.#slots
    const mask = (this.#mask + 1) * 2 - 1
    const slots = new Int32Array((mask + 1) * SLOT)
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 1] === 0) continue
      const hash = old[at]!
      let slot = (hash ^ (hash >>> 15)) & mask
      while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask
      slots.set(old.subarray(at, at + SLOT), slot * SLOT)
    }
    this.#slots = slots
    this.#mask = mask
  }
}

function sameUnits(chars: Uint16Array, from: number, view: string, start: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (chars[from + k] !== view.charCodeAt(start + k)) return false
  return true
}

/** The word chars[from, from + count) equals view[start, end) without its soft hyphens. */
function sameText(chars: Uint16Array, from: number, count: number, view: string, start: number, end: number): boolean {
  let k = 0
  for (let i = start; i < end; i++) {
    const c = view.charCodeAt(i)
    if (c === IGNORABLE_CODE) continue
    if (k >= count || chars[from + k] !== c) return false
    k++
  }
  return k === count
}

/**
 * Per-lexeme ints of every stage side by side: a lexeme's values are COLUMN_STRIDE ints in a row of the table's
 * shared array, so that the stages reading a word touch one cache line, not one per stage. Each LexemeInts is one
 * column of it.
 */
export const COLUMN_STRIDE = 8

/** Columns of per-lexeme ints of one table: grown with the vocabulary, reset when it is dropped. */
class Columns {
  values = new Int32Array(1024 * COLUMN_STRIDE)
  readonly missing: number[] = []
  #generation: number

  constructor(private readonly table: LexemeTable) {
    this.#generation = table.generation
  }

  /** A new column's offset, or -1 when all COLUMN_STRIDE are taken. */
  add(missing: number): number {
    const offset = this.missing.length
    if (offset === COLUMN_STRIDE) return -1
    this.missing.push(missing)
    this.fill(offset, 0, this.values.length / COLUMN_STRIDE)
    return offset
  }

  sync(): Int32Array {
    const table = this.table
    if (this.#generation !== table.generation) {
      for (let c = 0; c < this.missing.length; c++) this.fill(c, 0, this.values.length / COLUMN_STRIDE)
      this.#generation = table.generation
    }
    const rows = this.values.length / COLUMN_STRIDE
    if (rows < table.count) {
      let size = rows
      while (size < table.count) size *= 2
      const grown = new Int32Array(size * COLUMN_STRIDE)
      grown.set(this.values)
      this.values = grown
      for (let c = 0; c < this.missing.length; c++) this.fill(c, rows, size)
    }
    return this.values
  }

  fill(column: number, from: number, to: number): void {
    const values = this.values
    const missing = this.missing[column]!
    for (let at = from * COLUMN_STRIDE + column; at < to * COLUMN_STRIDE; at += COLUMN_STRIDE) values[at] = missing
  }
}

/**
 * Per-lexeme values a stage computes once: the value of lexeme l is `sync()[l * COLUMN_STRIDE + offset]`. Reset when
 * the vocabulary is dropped; grows with it. `missing` marks a value not computed yet.
 */
export class LexemeInts {
  readonly offset: number
  readonly #columns: Columns
  #generation: number

  constructor(
    private readonly table: LexemeTable,
    readonly missing: number,
  ) {
    let columns = table.columns
    let offset = columns.add(missing)
    // A table whose columns are all taken (stages made again and again for one vocabulary) gives this one its own.
    if (offset < 0) offset = (columns = new Columns(table)).add(missing)
    this.#columns = columns
    this.offset = offset
    this.#generation = table.generation
  }

  /** Call before reading the values of a document: makes room for every lexeme and drops stale values. */
  sync(): Int32Array {
    this.#generation = this.table.generation
    return this.#columns.sync()
  }

  /** The vocabulary generation the values were last read in. */
  get generation(): number {
    return this.#generation
  }

  /** Drops every value (for a stage whose own tables were rebuilt). */
  reset(): void {
    const columns = this.#columns
    columns.sync()
    columns.fill(this.offset, 0, columns.values.length / COLUMN_STRIDE)
    this.#generation = this.table.generation
  }
}

/** Per-lexeme values of any kind, computed on first use and dropped with the vocabulary. */
export class LexemeMemo<V> {
  #values: Array<V | undefined> = []
  #generation: number

  constructor(private readonly table: LexemeTable) {
    this.#generation = table.generation
  }

  get(lexeme: number, compute: (word: string) => V): V {
    const table = this.table
    if (this.#generation !== table.generation) {
      this.#values = []
      this.#generation = table.generation
    }
    const values = this.#values
    // Filled up to the lexeme so the array stays dense: a write far past its end would turn it into a dictionary.
    while (values.length <= lexeme) values.push(undefined)
    let value = values[lexeme]
    if (value === undefined) values[lexeme] = value = compute(table.strings[lexeme]!)
    return value
  }
}
