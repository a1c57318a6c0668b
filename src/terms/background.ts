// How common a stem is in general German text, from the lexicon's word-frequency table (GermEval 2014 tokens,
// CC BY 4.0; see corpora/lexicon/word-frequencies.tsv). Used only to break ties among a document's equally weighted
// words: of two words seen once, the commoner one is more likely to be shared with other articles, while the
// index's own document frequencies decide how much a shared word counts.
import { wordFrequencies } from '../lexicon/index.js'
import { stemGerman } from '../stem/index.js'

let commonness: Map<string, number> | undefined

function build(): Map<string, number> {
  const counts = new Map<string, number>()
  for (const [word, count] of wordFrequencies()) {
    const key = stemGerman(word)
    counts.set(key, (counts.get(key) ?? 0) + count)
  }
  let max = 1
  for (const count of counts.values()) max = Math.max(max, count)
  const scale = Math.log(1 + max)
  const result = new Map<string, number>()
  for (const [key, count] of counts) result.set(key, Math.log(1 + count) / scale)
  return result
}

/** In [0, 1]: 0 for a stem the table does not know, 1 for its commonest. */
export function backgroundCommonness(key: string): number {
  commonness ??= build()
  return commonness.get(key) ?? 0
}
