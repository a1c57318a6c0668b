// Word types of the texts tagged so far, interned without building a string per token: a token is hashed straight
// from the view's code units (skipping IGNORABLE ones, as viewText does) and compared in place. Each type keeps its
// summed score row (all WINDOW slots) so a token costs a lookup, not a feature computation.
import { detach } from '../shared/detach.js'
import { viewText } from '../normalize/index.js'

const IGNORABLE_CODE = 0xad
const FNV_OFFSET = 0x811c9dc5

export class TypeTable {
  /** Type strings by id. */
  readonly strings: string[] = []
  hashes: Int32Array
  /** Bits the tagger stores per type (see tagger.ts). */
  info: Uint8Array
  private slots: Int32Array
  private mask: number

  /** Ids below `reserved` are the caller's fixed types; clear() keeps them. */
  constructor(
    readonly capacity: number,
    readonly reserved: number,
  ) {
    let size = 1024
    while (size < capacity * 2) size *= 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
    this.hashes = new Int32Array(capacity)
    this.info = new Uint8Array(capacity)
  }

  get count(): number {
    return this.strings.length
  }

  clear(): void {
    this.strings.length = this.reserved
    this.slots.fill(0)
  }

  static hashString(word: string): number {
    let h = FNV_OFFSET
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193)
    return h
  }

  static hashView(view: string, start: number, end: number): number {
    let h = FNV_OFFSET
    for (let i = start; i < end; i++) {
      const c = view.charCodeAt(i)
      if (c !== IGNORABLE_CODE) h = Math.imul(h ^ c, 0x01000193)
    }
    return h
  }

  /** Id of `word`, or -1. */
  findString(word: string, hash: number): number {
    let slot = (hash ^ (hash >>> 15)) & this.mask
    for (;;) {
      const id = this.slots[slot]! - 1
      if (id < 0) return -1
      if (this.hashes[id] === hash && this.strings[id] === word) return id
      slot = (slot + 1) & this.mask
    }
  }

  /** Id of the token view[start, end), or -1. */
  findView(view: string, start: number, end: number, hash: number): number {
    let slot = (hash ^ (hash >>> 15)) & this.mask
    for (;;) {
      const id = this.slots[slot]! - 1
      if (id < 0) return -1
      if (this.hashes[id] === hash && sameText(this.strings[id]!, view, start, end)) return id
      slot = (slot + 1) & this.mask
    }
  }

  /** Adds `word` (not present) and returns its id. The table must not be full. */
  add(word: string, hash: number): number {
    const id = this.strings.length
    this.strings.push(word)
    this.hashes[id] = hash
    let slot = (hash ^ (hash >>> 15)) & this.mask
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask
    this.slots[slot] = id + 1
    return id
  }

  static text(view: string, start: number, end: number): string {
    return detach(viewText(view, start, end))
  }
}

function sameText(word: string, view: string, start: number, end: number): boolean {
  let k = 0
  for (let i = start; i < end; i++) {
    const c = view.charCodeAt(i)
    if (c === IGNORABLE_CODE) continue
    if (k >= word.length || word.charCodeAt(k) !== c) return false
    k++
  }
  return k === word.length
}
