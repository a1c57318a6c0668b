// A set of 32-bit hashes as one sorted typed array (binary search), with an optional byte of data per hash.
// Built from the model file without any per-entry allocation.

export class HashSet {
  constructor(
    readonly hashes: Uint32Array,
    readonly values: Uint8Array = new Uint8Array(hashes.length),
  ) {}

  static from(entries: Iterable<readonly [number, number]>): HashSet {
    const merged = new Map<number, number>()
    for (const [hash, value] of entries) merged.set(hash >>> 0, Math.max(merged.get(hash >>> 0) ?? 0, value))
    const sorted = [...merged].sort((a, b) => a[0] - b[0])
    return new HashSet(Uint32Array.from(sorted, (e) => e[0]), Uint8Array.from(sorted, (e) => e[1]))
  }

  get size(): number {
    return this.hashes.length
  }

  /** Index of `hash`, or -1. */
  find(hash: number): number {
    const h = this.hashes
    let lo = 0
    let hi = h.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const v = h[mid]!
      if (v === hash) return mid
      if (v < hash) lo = mid + 1
      else hi = mid - 1
    }
    return -1
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
