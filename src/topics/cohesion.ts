// How much of an article shares a keyphrase's parts: a theme comes back in other words (Einbruchsserie,
// Wohnungseinbrüche, Einbruchschutz all say Einbruch), a passing word stands alone (Aushöhlung).
import { compoundParts, genericNouns } from '../lexicon/index.js'
import type { LexemeMemo } from '../shared/lexemes.js'
import { lemmaOf } from './labels.js'

/** Shorter parts are mostly chance splits (Pro|gramm, Ei|sen). */
const MIN_PART = 4

/** The parts of a noun form that can tie it to other words: its lemma and the lemmas it is made of, lower case. */
export function themeParts(form: string): readonly string[] {
  const parts: string[] = []
  for (const part of compoundParts(lemmaOf(form) ?? form)) {
    const lower = part.toLowerCase()
    if (lower.length >= MIN_PART && !genericNouns().has(lower) && !parts.includes(lower)) parts.push(lower)
  }
  return parts
}

/** Noun occurrences of an article by lexeme, and from them how often each part occurs. */
export class PartCounts {
  readonly #byLexeme = new Map<number, number>()
  #parts: Map<string, number> | undefined

  add(lexeme: number): void {
    this.#byLexeme.set(lexeme, (this.#byLexeme.get(lexeme) ?? 0) + 1)
  }

  /** Occurrences of other words that share a part with `parts`, of which `own` are the keyphrase's own. */
  shared(parts: readonly string[], own: number, memo: LexemeMemo<readonly string[]>): number {
    const counts = (this.#parts ??= this.#count(memo))
    let shared = 0
    for (const part of parts) shared += Math.max(0, (counts.get(part) ?? 0) - own)
    return shared
  }

  #count(memo: LexemeMemo<readonly string[]>): Map<string, number> {
    const counts = new Map<string, number>()
    for (const [lexeme, count] of this.#byLexeme) {
      for (const part of memo.get(lexeme, themeParts)) counts.set(part, (counts.get(part) ?? 0) + count)
    }
    return counts
  }
}
