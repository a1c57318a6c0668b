// What queries have fetched from the database, laid out as the in-memory index keeps it, so that the index's own
// search code (src/related/search.ts, find.ts) runs on it unchanged. Tags are kept by their ids in the database, with
// the document frequencies and labels of one generation of the tables, and the postings of the tags queries asked
// for; queries reading that generation share them (see StoreCache). A document's slot is its sequence number, so
// ties break as the index's slots do.
import { ensureLength } from '../shared/grow.js'
import { CHUNK_BITS } from '../related/pool.js'
import { channelOfKey } from '../related/profile.js'
import { TopPostings } from '../related/top-postings.js'
import type { PostingLists, TagView } from '../related/search.js'

const HEADER = 2
// Entries per pool chunk: lists are appended as queries fetch them (a list longer than this gets a chunk of its own).
const CHUNK_ENTRIES = 1 << 18

/** Posting lists as fetched (each already the tag's best `cap` postings), in the block layout search.ts walks. */
export class FetchedPostings implements PostingLists {
  readonly cap: number
  head = new Int32Array(0)
  length = new Int32Array(0)
  readonly pool = { ints: [] as Int32Array[], values: [] as Uint16Array[] }
  #fetched = new Uint8Array(0)
  readonly #top = new Map<number, TopPostings>()
  #used = CHUNK_ENTRIES
  /** Postings held, for the cache's bound. */
  entries = 0

  constructor(cap: number) {
    this.cap = cap
  }

  has(tag: number): boolean {
    return this.#fetched[tag] === 1
  }

  /** Stores a tag's list (slots and weights, best first). */
  put(tag: number, slots: Int32Array, weights: Uint16Array): void {
    this.head = ensureLength(this.head, tag + 1)
    this.length = ensureLength(this.length, tag + 1)
    this.#fetched = ensureLength(this.#fetched, tag + 1)
    this.#fetched[tag] = 1
    this.length[tag] = slots.length
    this.entries += slots.length
    if (slots.length === 0) return
    const chunk = this.pool.ints.length - 1
    if (this.#used + HEADER + slots.length > (this.pool.ints[chunk]?.length ?? 0)) {
      const size = Math.max(CHUNK_ENTRIES, HEADER + slots.length)
      this.pool.ints.push(new Int32Array(size))
      this.pool.values.push(new Uint16Array(size))
      this.#used = 0
    }
    const last = this.pool.ints.length - 1
    const ints = this.pool.ints[last]!
    ints[this.#used] = -1
    ints[this.#used + 1] = slots.length
    ints.set(slots, this.#used + HEADER)
    this.pool.values[last]!.set(weights, this.#used + HEADER)
    this.head[tag] = (last << CHUNK_BITS) | this.#used
    this.#used += HEADER + slots.length
  }

  /** A fetched tag's list: slots and weights, best first (views into the pool). */
  list(tag: number): { slots: Int32Array; weights: Uint16Array } {
    const block = this.head[tag]!
    const start = (block & ((1 << CHUNK_BITS) - 1)) + HEADER
    const end = start + this.length[tag]!
    return { slots: this.pool.ints[block >>> CHUNK_BITS]!.subarray(start, end), weights: this.pool.values[block >>> CHUNK_BITS]!.subarray(start, end) }
  }

  top(tag: number): TopPostings {
    let top = this.#top.get(tag)
    if (top === undefined) {
      top = new TopPostings(this.cap)
      const { slots, weights } = this.list(tag)
      for (let k = 0; k < slots.length; k++) top.offer(slots[k]!, weights[k]!)
      this.#top.set(tag, top)
    }
    return top
  }
}

/**
 * Tags by their database ids, with one generation's document frequencies and labels. Rescoring a candidate needs only
 * the document frequency and the channel of its tags: those come first (setCounts); keys and labels only for the tags
 * of queries and of the neighbours that expand them (set).
 */
export class FetchedTags implements TagView {
  keys: string[] = []
  labels: string[] = []
  channels = new Uint8Array(0)
  df = new Int32Array(0)
  count = 0
  /** Tags held, for the cache's bound. */
  size = 0
  /** Tags whose counts were looked up by id, and the id up to which the counts of all tags are held (see fetchCounts). */
  lookups = 0
  swept = 0
  readonly #ids = new Map<string, number>()
  /** 1 for a tag whose document frequency and channel are held. */
  #counted = new Uint8Array(0)

  idOf(key: string): number {
    return this.#ids.get(key) ?? -1
  }

  /** The tag's document frequency and channel are held. */
  has(id: number): boolean {
    return this.#counted[id] === 1
  }

  /** Its key and label are held too. */
  hasKey(id: number): boolean {
    return id < this.count && this.keys[id] !== undefined
  }

  set(id: number, key: string, label: string, df: number): void {
    if (this.hasKey(id)) return
    this.setCounts(id, df, channelOfKey(key))
    this.keys[id] = key
    this.labels[id] = label
    this.#ids.set(key, id)
  }

  setCounts(id: number, df: number, channel: number): void {
    if (this.has(id)) return
    this.channels = ensureLength(this.channels, id + 1)
    this.df = ensureLength(this.df, id + 1)
    this.#counted = ensureLength(this.#counted, id + 1)
    this.#counted[id] = 1
    this.channels[id] = channel
    this.df[id] = df
    this.count = Math.max(this.count, id + 1)
    this.size++
  }
}

/** Fetched documents' stored tags (database ids in key order) by slot. */
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
