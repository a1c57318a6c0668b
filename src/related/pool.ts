// Growable storage of (int, value) pairs in fixed-size chunks: appending never copies what is stored, and a
// million documents' postings cost a few hundred megabytes of typed arrays rather than millions of JS objects.

export const CHUNK_BITS = 20
export const CHUNK_SIZE = 1 << CHUNK_BITS
export const CHUNK_MASK = CHUNK_SIZE - 1

export class PairPool<V extends Uint16Array | Float32Array> {
  readonly ints: Int32Array[] = []
  readonly values: V[] = []
  #used = CHUNK_SIZE
  readonly #makeValues: (length: number) => V

  constructor(makeValues: (length: number) => V) {
    this.#makeValues = makeValues
  }

  /** Address of `n` (≤ CHUNK_SIZE) consecutive free entries, all in one chunk. */
  alloc(n: number): number {
    if (this.#used + n > CHUNK_SIZE) {
      this.ints.push(new Int32Array(CHUNK_SIZE))
      this.values.push(this.#makeValues(CHUNK_SIZE))
      this.#used = 0
    }
    const address = (this.ints.length - 1) * CHUNK_SIZE + this.#used
    this.#used += n
    return address
  }
}
