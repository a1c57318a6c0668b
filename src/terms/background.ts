// How common a stem is in general German text, from the lexicon's word-frequency table (GermEval 2014 tokens,
// CC BY 4.0; see corpora/lexicon/word-frequencies.tsv). Used only to break ties among a document's equally weighted
// words: of two words seen once, the commoner one is more likely to be shared with other articles, while the
// index's own document frequencies decide how much a shared word counts. The table's word forms per stem also name a
// compound's modifier that an article never writes alone (labels.ts).
import { wordFrequencies } from '../lexicon/index.js'
import { stemGerman } from '../stem/index.js'

interface Background {
  commonness: Map<string, number>
  /** Per stem, its lower-case word forms in the table. */
  forms: Map<string, string[]>
}

let background: Background | undefined

function build(): Background {
  const counts = new Map<string, number>()
  const forms = new Map<string, string[]>()
  for (const [word, count] of wordFrequencies()) {
    const key = stemGerman(word)
    counts.set(key, (counts.get(key) ?? 0) + count)
    const known = forms.get(key)
    if (known) known.push(word)
    else forms.set(key, [word])
  }
  let max = 1
  for (const count of counts.values()) max = Math.max(max, count)
  const scale = Math.log(1 + max)
  const result = new Map<string, number>()
  for (const [key, count] of counts) result.set(key, Math.log(1 + count) / scale)
  return { commonness: result, forms }
}

/** In [0, 1]: 0 for a stem the table does not know, 1 for its commonest. */
export function backgroundCommonness(key: string): number {
  background ??= build()
  return background.commonness.get(key) ?? 0
}

/** The table's lower-case word forms of a stem (Flughafen, Flughafens for flughaf); empty when it knows none. */
export function backgroundForms(key: string): readonly string[] {
  background ??= build()
  return background.forms.get(key) ?? []
}
