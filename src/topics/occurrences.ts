// How often and where a keyphrase candidate (a noun or an adjective + noun phrase) occurs in an article.
import { addForm } from './labels.js'

export interface Occurrences {
  /** Occurrences weighted by their section (SECTION_WEIGHT). */
  score: number
  count: number
  /** Sentences it stands in, and the last one counted. */
  sentences: number
  lastSentence: number
  /** Surface forms in the order first seen, flat: lexeme, times seen, lexeme, times seen, … (few per stem). */
  readonly forms: number[]
  /** The order of its first occurrence among the article's candidates. */
  readonly first: number
}

export function noOccurrences(first: number): Occurrences {
  return { score: 0, count: 0, sentences: 0, lastSentence: -1, forms: [], first }
}

export function countOccurrence(seen: Occurrences, weight: number, sentence: number, lexeme: number): void {
  seen.score += weight
  seen.count++
  if (seen.lastSentence !== sentence) {
    seen.sentences++
    seen.lastSentence = sentence
  }
  addForm(seen.forms, lexeme)
}
