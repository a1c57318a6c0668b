// An engine's memory of the word pieces and stems seen so far, so that counting a document's words costs a hash
// over char codes and an integer array update per word, not a string slice, lowercasing, stopword and stem lookups.
// Pieces are found straight in the view by hash and compared char by char (open addressing, linear probing).
// The table is dropped and rebuilt when it grows past MAX_PIECES, between documents, which bounds memory.
import { termStopwords } from '../lexicon/index.js'
import { IGNORABLE_CODE, MAX_WORD_LENGTH, withoutIgnorable } from '../shared/chars.js'
import { detach } from '../shared/detach.js'
import { ensureLength } from '../shared/grow.js'
import { stemGerman } from '../stem/index.js'
import { MIN_PIECE, isLatin1Upper } from './piece-chars.js'

const MAX_PIECES = 200_000
/** Shortest compound modifier (see compounds.ts). */
export const PREFIX_LENGTH = 5
/** `modifier` of a stem not yet looked at. */
export const UNKNOWN = -2
const FIRST_CAPACITY = 1 << 14

export class PieceTable {
  #slots = new Int32Array(FIRST_CAPACITY)
  #hashes = new Int32Array(FIRST_CAPACITY >> 1)
  #pieces: string[] = []
  /** Stem id of each piece; -1 for stopwords and stems shorter than MIN_PIECE. */
  pieceStem = new Int32Array(FIRST_CAPACITY >> 1)
  pieceCapitalised = new Uint8Array(FIRST_CAPACITY >> 1)
  readonly #stemIds = new Map<string, number>()
  readonly stems: string[] = []
  /** Per stem, filled on first use: background commonness (-1 not yet known) and compound modifier (see compounds.ts). */
  commonness = new Float64Array(0)
  modifier = new Int32Array(0)
  /** Id of each stem's first PREFIX_LENGTH letters (-1 when shorter): compounds and their modifiers share it. */
  prefix = new Int32Array(0)
  readonly #prefixIds = new Map<string, number>()

  get full(): boolean {
    return this.#pieces.length >= MAX_PIECES
  }

  stemId(key: string): number {
    let id = this.#stemIds.get(key)
    if (id === undefined) {
      id = this.stems.length
      this.#stemIds.set(key, id)
      this.stems.push(key)
      this.commonness = ensureLength(this.commonness, id + 1)
      this.modifier = ensureLength(this.modifier, id + 1)
      this.prefix = ensureLength(this.prefix, id + 1)
      this.commonness[id] = -1
      this.modifier[id] = UNKNOWN
      this.prefix[id] = this.#prefixId(key)
    }
    return id
  }

  /** Stem id of a key that is no word's stem (a number term, a hyphenated whole): never folded, never a modifier. */
  plainStem(key: string): number {
    const known = this.#stemIds.get(key)
    if (known !== undefined) return known
    const id = this.stemId(key)
    this.prefix[id] = -1
    this.modifier[id] = -1
    return id
  }

  get prefixCount(): number {
    return this.#prefixIds.size
  }

  #prefixId(key: string): number {
    if (key.length < PREFIX_LENGTH) return -1
    const prefix = key.slice(0, PREFIX_LENGTH)
    let id = this.#prefixIds.get(prefix)
    if (id === undefined) {
      id = this.#prefixIds.size
      this.#prefixIds.set(prefix, id)
    }
    return id
  }

  /** The text of a piece as the document wrote it (soft hyphens dropped). */
  pieceText(piece: number): string {
    return this.#pieces[piece]!
  }

  /** Stem id if `key` is a known stem, else -1. */
  knownStem(key: string): number {
    return this.#stemIds.get(key) ?? -1
  }

  /** Piece id of view[from, to) (soft hyphens skipped) whose hash over its letters is `hash`; added when new. */
  piece(view: string, from: number, to: number, length: number, hash: number): number {
    const mask = this.#slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot]! - 1
      if (entry < 0) return this.#add(view, from, to, hash, slot)
      if (this.#hashes[entry] === hash && this.#same(this.#pieces[entry]!, view, from, to, length)) return entry
    }
  }

  #same(piece: string, view: string, from: number, to: number, length: number): boolean {
    if (piece.length !== length) return false
    for (let i = from, k = 0; i < to; i++) {
      const c = view.charCodeAt(i)
      if (c === IGNORABLE_CODE) continue
      if (piece.charCodeAt(k++) !== c) return false
    }
    return true
  }

  #add(view: string, from: number, to: number, hash: number, slot: number): number {
    const piece = detach(withoutIgnorable(view.slice(from, to)))
    const entry = this.#pieces.length
    this.#pieces.push(piece)
    this.#hashes = ensureLength(this.#hashes, entry + 1)
    this.pieceStem = ensureLength(this.pieceStem, entry + 1)
    this.pieceCapitalised = ensureLength(this.pieceCapitalised, entry + 1)
    this.#hashes[entry] = hash
    // A piece longer than any word is junk: no term, and no stemming of megabytes.
    const lowercase = piece.length > MAX_WORD_LENGTH ? '' : piece.toLowerCase()
    const key = lowercase === '' || termStopwords().has(lowercase) ? '' : stemGerman(lowercase)
    this.pieceStem[entry] = key.length < MIN_PIECE ? -1 : this.stemId(key)
    this.pieceCapitalised[entry] = isLatin1Upper(piece.charCodeAt(0)) ? 1 : 0
    this.#slots[slot] = entry + 1
    if (2 * (entry + 1) > this.#slots.length) this.#rehash()
    return entry
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2)
    const mask = slots.length - 1
    for (let entry = 0; entry < this.#pieces.length; entry++) {
      let slot = this.#hashes[entry]! & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = entry + 1
    }
    this.#slots = slots
  }
}
