// An index of tagged documents that answers "which documents are most related to this one?". Inverted over
// interned tag ids (entities, topics, terms); a query touches only documents sharing a tag with it, and common tags
// only through their `postingCap` best-weighted postings (see postings.ts). Query expansion (find.ts) chooses the
// documents; the scores shown are exact relatedness values, the same as relatedness(a, b, { index }).
import { describe } from '../shared/describe.js'
import { ForwardStore } from './forward.js'
import { ensureLength } from '../shared/grow.js'
import { Postings } from './postings.js'
import { assertTaggable, fromWeights, profileOf, type Profile, type Taggable } from './profile.js'
import { idfWeight, lambdaRoots, type ChannelWeights, type IdfWeight } from './score.js'
import { findRelated } from './find.js'
import { Scratch, postingWeight, type Query, type RelatedHit, type SearchStore } from './search.js'
import { TagTable } from './tags.js'
import { checkAddOptions, checkOptions, checkQueryOptions, type AddOptions, type QueryOptions, type RelatedIndexOptions, type RelatedOptions, type ResolvedOptions } from './options.js'
import { decodeIndex, encodeIndex } from './binary.js'
import { buildIndexJSON, parseIndexJSON, type RelatedIndexJSON, type SavedDoc } from './serialize.js'
import { UNDATED } from './time.js'
import { preferenceOf } from './preference.js'
import type { Preference } from './search.js'

export type { AddOptions, RelatedIndexOptions, RelatedOptions } from './options.js'
export type { DateInput } from './time.js'
export type { RelatedIndexJSON } from './serialize.js'
export type { RelatedHit } from './search.js'

// Removed documents stay as dead slots until they outnumber the live ones (and are not few).
const COMPACT_MIN_DEAD = 1024

export class RelatedIndex {
  readonly #options: ResolvedOptions
  readonly #idf: IdfWeight
  #tags!: TagTable
  #postings!: Postings
  #forward!: ForwardStore
  #ids!: string[]
  #slots!: Map<string, number>
  #alive!: Uint8Array
  /** Publication time per slot, epoch ms, NaN when unknown. */
  #published!: Float64Array
  #dead = 0
  readonly #scratch = new Scratch()

  constructor(options: RelatedIndexOptions = {}) {
    this.#options = checkOptions(options)
    this.#idf = idfWeight(this.#options.idf)
    this.#reset()
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.#slots.size
  }

  has(id: string): boolean {
    if (typeof id !== 'string') throw new TypeError(`RelatedIndex.has: id must be a string, got ${describe(id)}`)
    return this.#slots.has(id)
  }

  /**
   * Adds a tagged document (a Doc or its toJSON()) under `id`, replacing any document with that id; with
   * `options.publishedAt`, queries prefer documents published near each other (RelatedOptions.recency).
   */
  add(id: string, doc: Taggable, options?: AddOptions): this {
    if (typeof id !== 'string') throw new TypeError(`RelatedIndex.add: id must be a string, got ${describe(id)}`)
    assertTaggable(doc, 'RelatedIndex.add: doc')
    const { publishedAt } = checkAddOptions(options, 'RelatedIndex.add')
    this.#put(id, profileOf(doc), publishedAt)
    return this
  }

  /** The publication time of an indexed document as epoch ms; undefined when it has none or there is no such id. */
  publishedAt(id: string): number | undefined {
    if (typeof id !== 'string') throw new TypeError(`RelatedIndex.publishedAt: id must be a string, got ${describe(id)}`)
    const slot = this.#slots.get(id)
    const ms = slot === undefined ? UNDATED : this.#published[slot]!
    return Number.isNaN(ms) ? undefined : ms
  }

  /** Removes the document with `id`; false when there is none. */
  remove(id: string): boolean {
    if (typeof id !== 'string') throw new TypeError(`RelatedIndex.remove: id must be a string, got ${describe(id)}`)
    const slot = this.#slots.get(id)
    if (slot === undefined) return false
    const { tags, weights, start, end } = this.#forward.entries(slot)
    const norms = this.#plainNorms(tags, weights, start, end)
    for (let k = start; k < end; k++) {
      const tag = tags[k]!
      this.#tags.df[tag]!--
      this.#postings.forget(tag, slot, postingWeight(weights[k]!, norms[this.#tags.channels[tag]!]!))
    }
    this.#alive[slot] = 0
    this.#slots.delete(id)
    this.#dead++
    if (this.#dead >= COMPACT_MIN_DEAD && this.#dead > this.#slots.size) this.#compact()
    return true
  }

  /**
   * The documents most related to an indexed id or to a tagged document, best first: by relatedness times the time
   * preference (RelatedHit.ranking), then relatedness, then id.
   */
  related(idOrDoc: string | Taggable, options: RelatedOptions = {}): RelatedHit[] {
    const checked = checkQueryOptions(options, 'RelatedIndex.related')
    const { limit, exclude } = checked
    let queryTime = checked.publishedAt
    const excluded = new Set<number>()
    for (const id of exclude) {
      const slot = this.#slots.get(id)
      if (slot !== undefined) excluded.add(slot)
    }
    let query: Query
    const self = new Set<number>()
    if (typeof idOrDoc === 'string') {
      const slot = this.#slots.get(idOrDoc)
      if (slot === undefined) throw new RangeError(`RelatedIndex.related: no document with id ${JSON.stringify(idOrDoc)}`)
      self.add(slot)
      excluded.add(slot)
      query = this.#storedQuery(slot)
      queryTime = this.#published[slot]!
    } else {
      assertTaggable(idOrDoc, 'RelatedIndex.related: idOrDoc')
      query = this.#query(profileOf(idOrDoc))
    }
    const preference = this.#preference(checked, queryTime)
    return findRelated(this.#store(), query, { limit, excluded, self, expand: this.#options.expand, preference, minScore: checked.minScore }, this.#scratch)
  }

  /** The filter, the time window and the time preference of a query as per-slot functions. */
  #preference(options: QueryOptions, queryTime: number): Preference {
    const published = this.#published
    const ids = this.#ids
    return preferenceOf(options, queryTime, (slot) => published[slot]!, (slot) => ids[slot]!)
  }

  /** How many indexed documents carry a feature key (`e:<entity id>`, `t:<topic id>`, `w:<term>`). */
  frequency(key: string): number {
    return this.#tags.frequency(key)
  }

  /** The label explanations show for a feature key ('' when the index has none). */
  label(key: string): string {
    const id = this.#tags.idOf(key)
    return id < 0 ? '' : this.#tags.labels[id]!
  }

  /** The index as plain JSON (see RelatedIndex.fromJSON): options, interned tags, live documents in index order. */
  toJSON(): RelatedIndexJSON {
    return buildIndexJSON(this.#options, this.#liveDocs())
  }

  /**
   * The index in its compact binary form (see binary.ts): about a third of the JSON's size, with a format version
   * and a checksum; RelatedIndex.deserialize reads it back.
   */
  serialize(): Uint8Array {
    return encodeIndex(this.#options, this.#tags, (visit) => {
      for (let slot = 0; slot < this.#ids.length; slot++) {
        if (this.#alive[slot] !== 1) continue
        visit({ id: this.#ids[slot]!, publishedAt: this.#published[slot]!, ...this.#forward.entries(slot) })
      }
    })
  }

  /**
   * An index from serialize()'s bytes, answering as the saved one did. Truncated, corrupted or foreign bytes are a
   * TypeError saying so. `options` given here replace the saved ones (the structures are rebuilt either way).
   */
  static deserialize(bytes: Uint8Array, options?: RelatedIndexOptions): RelatedIndex {
    if (!(bytes instanceof Uint8Array)) throw new TypeError(`RelatedIndex.deserialize: bytes must be a Uint8Array, got ${describe(bytes)}`)
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      throw new TypeError(`RelatedIndex.deserialize: options must be an object, got ${describe(options)}`)
    }
    const decoded = decodeIndex(bytes)
    const given = Object.entries(options ?? {}).filter(([, value]) => value !== undefined)
    const index = new RelatedIndex({ ...decoded.options, ...Object.fromEntries(given) })
    // Tags are interned on first use, in each document's key order: the ids fromJSON(toJSON()) gives them.
    const tagOf = new Int32Array(decoded.keys.length).fill(-1)
    for (const { id, ranks, weights, publishedAt } of decoded.docs) {
      if (index.#slots.has(id)) throw new TypeError(`RelatedIndex.deserialize: bytes are corrupted: id ${JSON.stringify(id)} repeats`)
      const tags = new Int32Array(ranks.length)
      for (let k = 0; k < ranks.length; k++) {
        const rank = ranks[k]!
        if (tagOf[rank] === -1) tagOf[rank] = index.#tags.intern(decoded.keys[rank]!, decoded.labels[rank])
        tags[k] = tagOf[rank]!
      }
      index.#putTags(id, tags, weights, publishedAt)
    }
    return index
  }

  static fromJSON(json: unknown): RelatedIndex {
    const parsed = parseIndexJSON(json)
    const index = new RelatedIndex(parsed.options)
    for (const [id, refs, values, publishedAt] of parsed.docs) {
      const weights = new Map<string, number>()
      const labels = new Map<string, string>()
      for (let k = 0; k < refs.length; k++) {
        weights.set(parsed.tags[refs[k]!]!, values[k]!)
        labels.set(parsed.tags[refs[k]!]!, parsed.labels[refs[k]!]!)
      }
      index.#put(id, fromWeights(weights, labels), publishedAt ?? UNDATED)
    }
    return index
  }

  /** The channel weights in use (relatedness(a, b, { index }) defaults to them). */
  get channelWeights(): Readonly<ChannelWeights> {
    return this.#options.weights
  }

  /** The rarity weight of a tag carried by `df` of this index's documents (what relatedness(a, b, { index }) uses). */
  idf(df: number): number {
    return this.#idf(df, this.size)
  }

  /** Live documents in slot order: id, tag key → weight, publication time. */
  *#liveDocs(): Generator<SavedDoc> {
    for (let slot = 0; slot < this.#ids.length; slot++) {
      if (this.#alive[slot] !== 1) continue
      const { tags, weights, start, end } = this.#forward.entries(slot)
      const map = new Map<string, number>()
      const labels = new Map<string, string>()
      for (let k = start; k < end; k++) {
        const key = this.#tags.keys[tags[k]!]!
        map.set(key, weights[k]!)
        labels.set(key, this.#tags.labels[tags[k]!]!)
      }
      yield { id: this.#ids[slot]!, weights: map, labels, publishedAt: this.#published[slot]! }
    }
  }

  #put(id: string, profile: Profile, publishedAt: number): void {
    const tags = new Int32Array(profile.keys.length)
    for (let i = 0; i < tags.length; i++) tags[i] = this.#tags.intern(profile.keys[i]!, profile.labels[i])
    this.#putTags(id, tags, profile.weights, publishedAt)
  }

  /** Adds a document by its interned tags (in key order) and their weights. */
  #putTags(id: string, tags: Int32Array, weights: Float32Array, publishedAt: number): void {
    if (this.#slots.has(id)) this.remove(id)
    const slot = this.#ids.length
    this.#ids.push(id)
    this.#slots.set(id, slot)
    this.#alive = ensureLength(this.#alive, slot + 1)
    this.#alive[slot] = 1
    this.#published = ensureLength(this.#published, slot + 1)
    this.#published[slot] = publishedAt
    const n = tags.length
    for (let i = 0; i < n; i++) this.#tags.df[tags[i]!]!++
    this.#forward.set(slot, tags, weights)
    const norms = this.#plainNorms(tags, weights, 0, n)
    for (let i = 0; i < n; i++) {
      const tag = tags[i]!
      this.#postings.append(tag, slot, postingWeight(weights[i]!, norms[this.#tags.channels[tag]!]!), this.#tags.df[tag]!, this.#alive)
    }
  }

  #plainNorms(tags: Int32Array, weights: Float32Array, start: number, end: number): Float64Array {
    const squares = new Float64Array(3)
    for (let k = start; k < end; k++) squares[this.#tags.channels[tags[k]!]!]! += weights[k]! * weights[k]!
    return squares.map(Math.sqrt)
  }

  #query(profile: Profile): Query {
    const tags = new Int32Array(profile.keys.length)
    for (let i = 0; i < tags.length; i++) tags[i] = this.#tags.idOf(profile.keys[i]!)
    return { tags, keys: profile.keys, channels: profile.channels, weights: profile.weights, labels: profile.labels }
  }

  #storedQuery(slot: number): Query {
    const { tags, weights, start, end } = this.#forward.entries(slot)
    const ids = tags.slice(start, end)
    return {
      tags: ids,
      keys: Array.from(ids, (tag) => this.#tags.keys[tag]!),
      channels: Uint8Array.from(ids, (tag) => this.#tags.channels[tag]!),
      weights: weights.slice(start, end),
      labels: Array.from(ids, (tag) => this.#tags.labels[tag]!),
    }
  }

  #store(): SearchStore {
    const roots = lambdaRoots(this.#options.weights)
    // Query expansion re-scores and orders what rank() chooses (find.ts); without it, rank()'s order is the result's.
    const shareable = this.#options.expand > 0 && this.#options.expansionNorm === 'shareable'
    return { tags: this.#tags, postings: this.#postings, forward: this.#forward, alive: this.#alive, ids: this.#ids, live: this.#slots.size, roots, idf: this.#idf, candidates: this.#options.candidates, shareable }
  }

  #reset(): void {
    this.#tags = new TagTable()
    this.#postings = new Postings(this.#options.postingCap)
    this.#forward = new ForwardStore()
    this.#ids = []
    this.#slots = new Map()
    this.#alive = new Uint8Array(0)
    this.#published = new Float64Array(0)
    this.#dead = 0
  }

  /** Rebuilds the structures from the live documents, in slot order (which keeps every tie-break the same). */
  #compact(): void {
    const live = Array.from(this.#liveDocs(), (doc) => ({ id: doc.id, profile: fromWeights(doc.weights, doc.labels), publishedAt: doc.publishedAt }))
    this.#reset()
    for (const { id, profile, publishedAt } of live) this.#put(id, profile, publishedAt)
  }
}
