// Word lists the topic stage reads, parsed on first use.
import genericText from '../../corpora/topics/generic-nouns.txt'
import { lexiconList } from '../lexicon/index.js'

let generic: Set<string> | undefined
let stopwords: Set<string> | undefined

function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
}

/** Lowercased generic nouns, weekdays and months: never keyphrases. */
export function genericNouns(): ReadonlySet<string> {
  generic ??= new Set(lines(genericText).map((word) => word.toLowerCase()))
  return generic
}

export function stopwordSet(): ReadonlySet<string> {
  stopwords ??= new Set([...lexiconList('stopwords')].map((word) => word.toLowerCase()))
  return stopwords
}
