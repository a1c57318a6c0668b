// What a store's queries keep between them. A document's row never changes under its sequence number (a write gives
// the document a new one), so documents are kept whatever happens. Tags (document frequencies, labels) and posting
// lists change with writes: they are kept for one generation of the tables (meta 'generation', moved on by every
// write) and shared by the queries that read that generation; a query that reads an older one than the newest seen
// fetches its own. So answers stay exactly those of the tables.
import { FetchedPostings, FetchedTags } from './fetched.js'

export interface CachedDoc {
  id: string
  /** Epoch ms, NaN when undated. */
  publishedAt: number
  /** Tag ids in key order and their weights. */
  tags: Int32Array
  weights: Float32Array
}

export interface Generation {
  generation: bigint
  tags: FetchedTags
  postings: FetchedPostings
}

// Bounds per store instance (some 50 MB of documents, 100 MB of tags and postings); a full cache starts over.
const MAX_DOCS = 50_000
const MAX_TAGS = 1_000_000
/** The highest tag id up to which a generation reads the counts of all tags (see fetchCounts): room left below the bound. */
export const SWEPT_TAGS = 800_000
const MAX_POSTINGS = 10_000_000

export class StoreCache {
  readonly #docs = new Map<number, CachedDoc>()
  #newest: Generation | undefined
  readonly #cap: number

  constructor(cap: number) {
    this.#cap = cap
  }

  doc(seq: number): CachedDoc | undefined {
    return this.#docs.get(seq)
  }

  putDoc(seq: number, doc: CachedDoc): void {
    if (this.#docs.size >= MAX_DOCS) this.#docs.clear()
    this.#docs.set(seq, doc)
  }

  /** The tags and postings for a query that reads `generation`. */
  generation(generation: bigint): Generation {
    const newest = this.#newest
    const full = newest !== undefined && (newest.tags.size > MAX_TAGS || newest.postings.entries > MAX_POSTINGS)
    const fresh = { generation, tags: new FetchedTags(), postings: new FetchedPostings(this.#cap) }
    if (newest === undefined || generation > newest.generation || (generation === newest.generation && full)) return (this.#newest = fresh)
    return generation === newest.generation ? newest : fresh
  }
}
