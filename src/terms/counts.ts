// One document's section-weighted word counts by stem id, in reusable arrays: a document touches a few hundred
// stems of a vocabulary of many thousands, and only those are visited and reset.
import { ensureLength } from '../shared/grow.js'

export class StemCounts {
  tf = new Float64Array(1024)
  /** The part of tf from capitalised occurrences. */
  capitalised = new Float64Array(1024)
  #listed = new Uint8Array(1024)
  #stems = new Int32Array(256)
  size = 0

  add(stem: number, tf: number, capitalised: number): void {
    if (stem >= this.tf.length) {
      this.tf = ensureLength(this.tf, stem + 1)
      this.capitalised = ensureLength(this.capitalised, stem + 1)
      this.#listed = ensureLength(this.#listed, stem + 1)
    }
    if (this.#listed[stem] === 0) {
      this.#listed[stem] = 1
      this.#stems = ensureLength(this.#stems, this.size + 1)
      this.#stems[this.size++] = stem
    }
    this.tf[stem]! += tf
    this.capitalised[stem]! += capitalised
  }

  /** The stems counted so far (some may have been zeroed), in first-seen order. */
  stems(): Int32Array {
    return this.#stems.subarray(0, this.size)
  }

  has(stem: number): boolean {
    return stem < this.tf.length && this.tf[stem]! > 0
  }

  zero(stem: number): void {
    this.tf[stem] = 0
    this.capitalised[stem] = 0
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) {
      const stem = this.#stems[k]!
      this.tf[stem] = 0
      this.capitalised[stem] = 0
      this.#listed[stem] = 0
    }
    this.size = 0
  }
}
