import { WordMemo } from '../shared/memo.js'
import { stemGerman } from './german.js'

export { stemGerman } from './german.js'

const stems = new WordMemo<string>()

/** stemGerman, memoised: the Snowball stem of a German word (any case in; lowercase, umlauts folded out). */
export function stem(word: string): string {
  return stems.get(word, stemGerman)
}
