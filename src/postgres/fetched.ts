// What one query has fetched from the database, laid out as the in-memory index keeps it, so that the index's own
// search code (src/related/search.ts, find.ts) runs on it unchanged: tags interned per query with their global
// document frequencies and labels, the postings of the tags the search asked for, the stored tags of the documents
// it rescores. A document's slot is its sequence number, so ties break as the index's slots do.
import { ensureLength } from '../shared/grow.js'
import { CHUNK_BITS, CHUNK_SIZE } from '../related/pool.js'
import { TagTable } from '../related/tags.js'
import { TopPostings } from '../related/top-postings.js'
import type { PostingLists } from '../related/search.js'

const HEADER = 2

/** Posting lists as fetched (each already the tag's best `cap` postings), in the block layout search.ts walks. */
export class FetchedPostings implements PostingLists {
  readonly cap: number
  head = new Int32Array(0)
  length = new Int32Array(0)
  readonly pool = { ints: [] as Int32Array[], values: [] as Uint16Array[] }
  readonly #lists = new Map<number, { slots: Int32Array; weights: Uint16Array }>()
  readonly #top = new Map<number, TopPostings>()

  constructor(cap: number) {
    this.cap = cap
  }

  has(tag: number): boolean {
    return this.#lists.has(tag)
  }

  /** Stores lists (slots and weights, best first) by local tag id, packed into pool chunks. */
  put(lists: ReadonlyArray<{ tag: number; slots: Int32Array; weights: Uint16Array }>): void {
    let ints: Int32Array | undefined
    let values: Uint16Array | undefined
    let used = CHUNK_SIZE
    for (const { tag, slots, weights } of lists) {
      this.#lists.set(tag, { slots, weights })
      this.head = ensureLength(this.head, tag + 1)
      this.length = ensureLength(this.length, tag + 1)
      this.length[tag] = slots.length
      if (slots.length === 0) continue
      if (used + HEADER + slots.length > (ints?.length ?? 0)) {
        const size = Math.min(CHUNK_SIZE, Math.max(HEADER + slots.length, lists.reduce((sum, list) => sum + HEADER + list.slots.length, 0)))
        ints = new Int32Array(size)
        values = new Uint16Array(size)
        this.pool.ints.push(ints)
        this.pool.values.push(values)
        used = 0
      }
      ints![used] = -1
      ints![used + 1] = slots.length
      ints!.set(slots, used + HEADER)
      values!.set(weights, used + HEADER)
      this.head[tag] = ((this.pool.ints.length - 1) << CHUNK_BITS) | used
      used += HEADER + slots.length
    }
  }

  top(tag: number): TopPostings {
    let top = this.#top.get(tag)
    if (top === undefined) {
      top = new TopPostings(this.cap)
      const list = this.#lists.get(tag)
      if (list !== undefined) for (let k = 0; k < list.slots.length; k++) top.offer(list.slots[k]!, list.weights[k]!)
      this.#top.set(tag, top)
    }
    return top
  }
}

/** Fetched documents' stored tags (local tag ids in key order) by slot. */
export class FetchedForward {
  readonly #entries = new Map<number, { tags: Int32Array; weights: Float32Array; start: number; end: number }>()

  has(slot: number): boolean {
    return this.#entries.has(slot)
  }

  set(slot: number, tags: Int32Array, weights: Float32Array): void {
    this.#entries.set(slot, { tags, weights, start: 0, end: tags.length })
  }

  entries(slot: number): { tags: Int32Array; weights: Float32Array; start: number; end: number } {
    return this.#entries.get(slot)!
  }
}

/** Tags interned for one query, keyed also by their global (database) id. */
export class FetchedTags {
  readonly table = new TagTable()
  readonly #local = new Map<number, number>()
  readonly global: number[] = []

  localOf(globalId: number): number | undefined {
    return this.#local.get(globalId)
  }

  add(globalId: number, key: string, label: string, df: number): number {
    let id = this.#local.get(globalId)
    if (id !== undefined) return id
    id = this.table.intern(key, label)
    this.table.df[id] = df
    this.#local.set(globalId, id)
    this.global[id] = globalId
    return id
  }
}
