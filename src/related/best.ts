// Bounded selection of the `limit` best (score, slot) pairs: higher score first, lower slot on ties.

export class BestSlots {
  readonly #slots: Int32Array
  readonly #scores: Float64Array
  #size = 0

  constructor(limit: number) {
    this.#slots = new Int32Array(Math.max(1, limit))
    this.#scores = new Float64Array(Math.max(1, limit))
  }

  /** The score a slot must reach to be kept: the worst kept one once full, else -Infinity. */
  get floor(): number {
    return this.#size < this.#slots.length ? -Infinity : this.#scores[0]!
  }

  static #worse(score: number, slot: number, otherScore: number, otherSlot: number): boolean {
    return score < otherScore || (score === otherScore && slot > otherSlot)
  }

  offer(slot: number, score: number): void {
    const capacity = this.#slots.length
    if (this.#size < capacity) {
      let i = this.#size++
      while (i > 0) {
        const parent = (i - 1) >> 1
        if (!BestSlots.#worse(score, slot, this.#scores[parent]!, this.#slots[parent]!)) break
        this.#slots[i] = this.#slots[parent]!
        this.#scores[i] = this.#scores[parent]!
        i = parent
      }
      this.#slots[i] = slot
      this.#scores[i] = score
      return
    }
    if (!BestSlots.#worse(this.#scores[0]!, this.#slots[0]!, score, slot)) return
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      if (left >= capacity) break
      const right = left + 1
      let child = left
      if (right < capacity && BestSlots.#worse(this.#scores[right]!, this.#slots[right]!, this.#scores[left]!, this.#slots[left]!)) child = right
      if (!BestSlots.#worse(this.#scores[child]!, this.#slots[child]!, score, slot)) break
      this.#slots[i] = this.#slots[child]!
      this.#scores[i] = this.#scores[child]!
      i = child
    }
    this.#slots[i] = slot
    this.#scores[i] = score
  }

  /** The kept slots, in no particular order. */
  slots(): Int32Array {
    return this.#slots.slice(0, this.#size)
  }
}
