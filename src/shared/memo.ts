import { detach } from './detach.js'

// News repeats its words, so per-word results are memoised. A full cache is dropped whole: bounded memory, no
// bookkeeping, and the common words come back within a few articles.
export class WordMemo<V> {
  #map = new Map<string, V>()
  readonly #limit: number

  constructor(limit = 50_000) {
    this.#limit = limit
  }

  get(key: string, compute: (key: string) => V): V {
    let value = this.#map.get(key)
    if (value === undefined && !this.#map.has(key)) {
      if (this.#map.size >= this.#limit) this.#map = new Map()
      value = compute(key)
      this.#map.set(detach(key), value)
    }
    return value as V
  }
}
