// STUB: the relatedness helper implements the term vector (issue 5).
import type { SectionRange } from '../sections/index.js'
import type { TokenTable } from '../tokenize/index.js'
import type { Term } from '../types.js'

/** The document's top terms (stemmed content words of title, lead and body) with weights, best first. */
export function computeTerms(_view: string, _tokens: TokenTable, _sections: SectionRange[]): Term[] {
  return []
}
