// Posting lists: for every tag, the documents (slots) that carry it with a 16-bit weight, kept as a chain of
// blocks in a chunked pool (block layout: next block address, capacity, then the entries). Blocks double in size up
// to MAX_BLOCK, so a rare tag costs a few entries and a common one few block hops.
//
// Common tags are bounded: once a tag is carried by more than `cap` live documents, queries read only its `cap`
// best-weighted postings, kept in a TopPostings heap that is updated as documents arrive (see top-postings.ts).
import { ensureLength } from '../shared/grow.js'
import { CHUNK_BITS, CHUNK_MASK, PairPool } from './pool.js'
import { TopPostings } from './top-postings.js'

const HEADER = 2
const FIRST_BLOCK = 1
const MAX_BLOCK = 4096

export class Postings {
  readonly pool = new PairPool((n) => new Uint16Array(n))
  head = new Int32Array(0)
  #tail = new Int32Array(0)
  #tailFill = new Int32Array(0)
  /** Postings per tag, removed documents included until the next compaction. */
  length = new Int32Array(0)
  readonly #top = new Map<number, TopPostings>()
  /** 1 where a tag has a TopPostings heap: spares a Map lookup per posting. */
  #hasTop = new Uint8Array(0)
  readonly cap: number

  constructor(cap: number) {
    this.cap = cap
  }

  append(tag: number, slot: number, weight: number, df: number, alive: Uint8Array): void {
    this.#ensureTags(tag + 1)
    const pool = this.pool
    let tail: number
    if (this.length[tag] === 0) {
      tail = this.#newBlock(FIRST_BLOCK)
      this.head[tag] = tail
      this.#tail[tag] = tail
      this.#tailFill[tag] = 0
    } else {
      tail = this.#tail[tag]!
      const capacity = pool.ints[tail >>> CHUNK_BITS]![(tail & CHUNK_MASK) + 1]!
      if (this.#tailFill[tag] === capacity) {
        const next = this.#newBlock(Math.min(capacity * 2, MAX_BLOCK))
        pool.ints[tail >>> CHUNK_BITS]![tail & CHUNK_MASK] = next
        tail = next
        this.#tail[tag] = tail
        this.#tailFill[tag] = 0
      }
    }
    const at = (tail & CHUNK_MASK) + HEADER + this.#tailFill[tag]!
    pool.ints[tail >>> CHUNK_BITS]![at] = slot
    pool.values[tail >>> CHUNK_BITS]![at] = weight
    this.#tailFill[tag]!++
    this.length[tag]!++
    if (this.#hasTop[tag] === 1) this.#top.get(tag)!.offer(slot, weight)
    else if (df > this.cap) {
      this.#top.set(tag, this.#buildTop(tag, alive))
      this.#hasTop[tag] = 1
    }
  }

  /** A removed document's posting may have been among the tag's best: mark its heap for rebuilding. */
  forget(tag: number, slot: number, weight: number): void {
    if (this.#hasTop[tag] !== 1) return
    const top = this.#top.get(tag)
    if (top && top.mayHold(slot, weight)) top.dirty = true
  }

  /** The bounded best postings of a common tag (df > cap), rebuilt first if a removal touched them. */
  top(tag: number, alive: Uint8Array): TopPostings {
    let top = this.#top.get(tag)
    if (!top || top.dirty) {
      top = this.#buildTop(tag, alive)
      this.#top.set(tag, top)
      this.#hasTop[tag] = 1
    }
    return top
  }

  /** Calls visit(slot, weight) for every posting of `tag`, removed documents included. */
  forEach(tag: number, visit: (slot: number, weight: number) => void): void {
    if (tag >= this.length.length || this.length[tag] === 0) return
    const pool = this.pool
    let block = this.head[tag]!
    let remaining = this.length[tag]!
    while (remaining > 0) {
      const ints = pool.ints[block >>> CHUNK_BITS]!
      const values = pool.values[block >>> CHUNK_BITS]!
      const base = block & CHUNK_MASK
      const n = Math.min(ints[base + 1]!, remaining)
      for (let k = base + HEADER; k < base + HEADER + n; k++) visit(ints[k]!, values[k]!)
      remaining -= n
      block = ints[base]!
    }
  }

  #buildTop(tag: number, alive: Uint8Array): TopPostings {
    const top = new TopPostings(this.cap)
    this.forEach(tag, (slot, weight) => {
      if (alive[slot] === 1) top.offer(slot, weight)
    })
    return top
  }

  #newBlock(capacity: number): number {
    const address = this.pool.alloc(HEADER + capacity)
    const ints = this.pool.ints[address >>> CHUNK_BITS]!
    ints[address & CHUNK_MASK] = -1
    ints[(address & CHUNK_MASK) + 1] = capacity
    return address
  }

  #ensureTags(count: number): void {
    if (this.head.length >= count) return
    this.head = ensureLength(this.head, count)
    this.#tail = ensureLength(this.#tail, count)
    this.#tailFill = ensureLength(this.#tailFill, count)
    this.length = ensureLength(this.length, count)
    this.#hasTop = ensureLength(this.#hasTop, count)
  }
}
