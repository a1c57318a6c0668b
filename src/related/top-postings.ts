// The `cap` best postings of one common tag: a min-heap whose root is the weakest kept posting. "Better" is a
// higher weight, then a lower slot; slots only grow and compaction keeps their order, so the kept set is always the
// same function of the live postings, however they arrived.

export class TopPostings {
  readonly slots: Int32Array
  readonly weights: Uint16Array
  size = 0
  /** A removed document may be among the kept postings: rebuild before use. */
  dirty = false

  constructor(cap: number) {
    this.slots = new Int32Array(cap)
    this.weights = new Uint16Array(cap)
  }

  /** Whether (slot, weight) ranks below (otherSlot, otherWeight). */
  static #worse(weight: number, slot: number, otherWeight: number, otherSlot: number): boolean {
    return weight < otherWeight || (weight === otherWeight && slot > otherSlot)
  }

  offer(slot: number, weight: number): void {
    if (this.dirty) return
    if (this.size < this.slots.length) {
      this.#siftUp(this.size++, slot, weight)
    } else if (TopPostings.#worse(this.weights[0]!, this.slots[0]!, weight, slot)) {
      this.#siftDown(slot, weight)
    }
  }

  /** Whether a posting could be among the kept ones (then removing it must dirty the heap). */
  mayHold(slot: number, weight: number): boolean {
    return this.size < this.slots.length || !TopPostings.#worse(weight, slot, this.weights[0]!, this.slots[0]!)
  }

  #siftUp(index: number, slot: number, weight: number): void {
    let i = index
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!TopPostings.#worse(weight, slot, this.weights[parent]!, this.slots[parent]!)) break
      this.slots[i] = this.slots[parent]!
      this.weights[i] = this.weights[parent]!
      i = parent
    }
    this.slots[i] = slot
    this.weights[i] = weight
  }

  /** Replaces the root with (slot, weight) and restores heap order. */
  #siftDown(slot: number, weight: number): void {
    let i = 0
    const n = this.size
    for (;;) {
      const left = 2 * i + 1
      if (left >= n) break
      const right = left + 1
      let child = left
      if (right < n && TopPostings.#worse(this.weights[right]!, this.slots[right]!, this.weights[left]!, this.slots[left]!)) child = right
      if (!TopPostings.#worse(this.weights[child]!, this.slots[child]!, weight, slot)) break
      this.slots[i] = this.slots[child]!
      this.weights[i] = this.weights[child]!
      i = child
    }
    this.slots[i] = slot
    this.weights[i] = weight
  }
}
