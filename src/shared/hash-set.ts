// A set of 32-bit hashes as one sorted typed array, with an optional byte of data per hash. Built from the model file
// without any per-entry allocation. Lookups go through an open-addressing table of indexes built once: one or two
// memory reads, where a binary search over hundreds of thousands of hashes reads about twenty far-apart places (and
// the recogniser asks for every word it meets, and every compound split of a new word).

export class HashSet {
  /** Per slot, the index + 1 of a hash in `hashes` (0: empty); at most half full. */
  readonly #slots: Int32Array
  readonly #mask: number

  constructor(
    readonly hashes: Uint32Array,
    readonly values: Uint8Array = new Uint8Array(hashes.length),
  ) {
    let size = 16
    while (size < hashes.length * 2) size *= 2
    this.#slots = new Int32Array(size)
    this.#mask = size - 1
    for (let i = 0; i < hashes.length; i++) {
      let slot = HashSet.#start(hashes[i]!) & this.#mask
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask
      this.#slots[slot] = i + 1
    }
  }

  static #start(hash: number): number {
    return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) ^ (hash >>> 13)
  }

  static from(entries: Iterable<readonly [number, number]>): HashSet {
    const merged = new Map<number, number>()
    for (const [hash, value] of entries) merged.set(hash >>> 0, Math.max(merged.get(hash >>> 0) ?? 0, value))
    const sorted = [...merged].sort((a, b) => a[0] - b[0])
    return new HashSet(Uint32Array.from(sorted, (e) => e[0]), Uint8Array.from(sorted, (e) => e[1]))
  }

  /** The set of `hashes` (duplicates kept once), with no values. */
  static of(hashes: Iterable<number>): HashSet {
    const sorted = Uint32Array.from(hashes).sort()
    let kept = 0
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i]!
    return new HashSet(sorted.slice(0, kept))
  }

  get size(): number {
    return this.hashes.length
  }

  /** Index of `hash`, or -1. */
  find(hash: number): number {
    const slots = this.#slots
    const mask = this.#mask
    for (let slot = HashSet.#start(hash) & mask; ; slot = (slot + 1) & mask) {
      const index = slots[slot]! - 1
      if (index < 0) return -1
      if (this.hashes[index] === hash) return index
    }
  }

  has(hash: number): boolean {
    return this.find(hash) >= 0
  }

  /** The byte stored with `hash`, or 0 when absent. */
  value(hash: number): number {
    const i = this.find(hash)
    return i < 0 ? 0 : this.values[i]!
  }
}
