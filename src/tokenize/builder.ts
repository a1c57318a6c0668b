import type { TokenTable } from '../analysis.js'

/** Growable parallel typed arrays; `finish()` hands back a TokenTable with arrays of exactly `count` entries. */
export class TokenBuilder {
  count = 0
  starts: Int32Array
  ends: Int32Array
  kinds: Uint8Array

  constructor(expected: number) {
    const capacity = Math.max(16, expected)
    this.starts = new Int32Array(capacity)
    this.ends = new Int32Array(capacity)
    this.kinds = new Uint8Array(capacity)
  }

  push(start: number, end: number, kind: number): void {
    if (this.count === this.starts.length) this.grow()
    this.starts[this.count] = start
    this.ends[this.count] = end
    this.kinds[this.count] = kind
    this.count++
  }

  /** End of the last token, or -1. */
  lastEnd(): number {
    return this.count > 0 ? this.ends[this.count - 1]! : -1
  }

  private grow(): void {
    const capacity = this.starts.length * 2
    const starts = new Int32Array(capacity)
    const ends = new Int32Array(capacity)
    const kinds = new Uint8Array(capacity)
    starts.set(this.starts)
    ends.set(this.ends)
    kinds.set(this.kinds)
    this.starts = starts
    this.ends = ends
    this.kinds = kinds
  }

  finish(): TokenTable {
    return { count: this.count, starts: this.starts.slice(0, this.count), ends: this.ends.slice(0, this.count), kinds: this.kinds.slice(0, this.count) }
  }
}
