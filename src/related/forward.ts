// Each document's own tags (ids in key order) with their exact 32-bit weights: what rescoring, removal, queries
// by id and saving read. Entries of one document sit together in one chunk of a pool.
import { ensureLength } from '../shared/grow.js'
import { CHUNK_BITS, CHUNK_MASK, PairPool } from './pool.js'

export class ForwardStore {
  readonly pool = new PairPool((n) => new Float32Array(n))
  address = new Int32Array(0)
  count = new Uint16Array(0)

  set(slot: number, tags: Int32Array, weights: Float32Array): void {
    this.address = ensureLength(this.address, slot + 1)
    this.count = ensureLength(this.count, slot + 1)
    const address = this.pool.alloc(Math.max(1, tags.length))
    const base = address & CHUNK_MASK
    this.pool.ints[address >>> CHUNK_BITS]!.set(tags, base)
    this.pool.values[address >>> CHUNK_BITS]!.set(weights, base)
    this.address[slot] = address
    this.count[slot] = tags.length
  }

  /** The chunk arrays and offset range of a slot's entries. */
  entries(slot: number): { tags: Int32Array; weights: Float32Array; start: number; end: number } {
    const address = this.address[slot]!
    const start = address & CHUNK_MASK
    return { tags: this.pool.ints[address >>> CHUNK_BITS]!, weights: this.pool.values[address >>> CHUNK_BITS]!, start, end: start + this.count[slot]! }
  }
}
