// A cheap pre-check before building a token's string: a bitmap over a hash of its first three code units and its
// length. Sets of known words (dictionary names, entity keys) answer "certainly not" for most tokens without any
// allocation; "maybe" still needs the real lookup.
const BITS = 1 << 16

function signature(text: string, start: number, end: number): number {
  const length = end - start
  const a = text.charCodeAt(start)
  const b = length > 1 ? text.charCodeAt(start + 1) : 0
  const c = length > 2 ? text.charCodeAt(start + 2) : 0
  return (Math.imul(Math.imul(Math.imul(a, 31) + b, 31) + c, 31) + length) & (BITS - 1)
}

export class SignatureSet {
  readonly #bits = new Uint8Array(BITS >> 3)

  add(word: string): void {
    const s = signature(word, 0, word.length)
    this.#bits[s >> 3]! |= 1 << (s & 7)
  }

  /** False when no added word can equal text.slice(start, end). */
  mayHave(text: string, start: number, end: number): boolean {
    const s = signature(text, start, end)
    return (this.#bits[s >> 3]! & (1 << (s & 7))) !== 0
  }
}
