import { stemGerman } from './german.js'

export { stemGerman } from './german.js'

// News repeats its words, so stems are memoised. The cache is dropped whole when full: bounded memory, no bookkeeping.
const MAX_CACHED = 50_000
let cache = new Map<string, string>()

/** stemGerman, memoised: the Snowball stem of a German word (any case in; lowercase, umlauts folded out). */
export function stem(word: string): string {
  let result = cache.get(word)
  if (result === undefined) {
    if (cache.size >= MAX_CACHED) cache = new Map()
    result = stemGerman(word)
    cache.set(word, result)
  }
  return result
}
