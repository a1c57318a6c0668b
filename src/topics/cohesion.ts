// How much of an article shares a keyphrase's parts: a theme comes back in other words (Einbruchsserie,
// Wohnungseinbrüche, Einbruchschutz all say Einbruch), a passing word stands alone (Aushöhlung).
import { compoundSplit, genericNouns } from '../lexicon/index.js'
import { WordMemo } from '../shared/memo.js'
import { ensureLength } from '../shared/grow.js'
import { LexemeMemo, type LexemeTable } from '../shared/lexemes.js'
import { lemmaOf } from './labels.js'

/** Shorter parts are mostly chance splits (Pro|gramm, Ei|sen). */
const MIN_PART = 4
/** Distinct parts kept across articles before they are dropped (bounded memory in a long-running service). */
const MAX_PARTS = 100_000

/**
 * The parts of a noun lemma that can tie it to other words, lower case: itself and, compound by compound, the lemmas
 * it is made of (Wohnungseinbruchdiebstahl → wohnungseinbruchdiebstahl, diebstahl, wohnungseinbruch, einbruch, wohnung;
 * Aushöhlung → aushöhlung), without generic nouns and short chance splits. `partsOf` answers for the parts (memoised by
 * the caller: heads and modifiers come back in many words).
 */
export function themeParts(lemma: string, partsOf: (lemma: string) => readonly string[]): string[] {
  const lower = lemma.toLowerCase()
  const parts = lower.length >= MIN_PART && !genericNouns().has(lower) ? [lower] : []
  const split = compoundSplit(lemma)
  if (split === undefined) return parts
  for (const part of split) {
    // Each part is shorter than the word: the recursion ends.
    if (part === '' || part.length >= lemma.length) continue
    for (const inner of partsOf(part)) if (!parts.includes(inner)) parts.push(inner)
  }
  return parts
}

/**
 * Noun occurrences of one article by lexeme, and from them how often each part occurs. One per engine, reused from
 * article to article: counts are kept in arrays by lexeme id and only the entries an article touched are cleared.
 */
export class PartCounts {
  #byLexeme = new Int32Array(0)
  #totals = new Int32Array(0)
  readonly #lexemes: number[] = []
  readonly #parts: number[] = []
  #counted = false
  /**
   * Part ids of this object's own, not lexemes of the engine's table: interning parts there would grow the vocabulary
   * that every stage's memos are sized by. Dropped whole, with the memo of forms, when it grows past MAX_PARTS.
   */
  #ids = new Map<string, number>()
  #memo: LexemeMemo<Int32Array>
  /** A lemma's theme parts, across articles (bounded by the memo). */
  readonly #lemmaParts = new WordMemo<readonly string[]>()

  constructor(readonly table: LexemeTable) {
    this.#memo = new LexemeMemo(table)
  }

  /** A noun form's theme parts as part ids. */
  partsOf(lexeme: number): Int32Array {
    return this.#memo.get(lexeme, this.#partIds)
  }

  readonly #partsOfLemma = (lemma: string): readonly string[] => this.#lemmaParts.get(lemma, (word) => themeParts(word, this.#partsOfLemma))

  readonly #partIds = (form: string): Int32Array => {
    const parts = this.#partsOfLemma(lemmaOf(form) ?? form)
    const ids = new Int32Array(parts.length)
    for (let k = 0; k < parts.length; k++) {
      let id = this.#ids.get(parts[k]!)
      if (id === undefined) {
        this.#ids.set(parts[k]!, (id = this.#ids.size))
        this.#totals = ensureLength(this.#totals, id + 1)
      }
      ids[k] = id
    }
    return ids
  }

  /** Forgets the previous article. */
  start(): void {
    for (const lexeme of this.#lexemes) this.#byLexeme[lexeme] = 0
    for (const part of this.#parts) this.#totals[part] = 0
    this.#lexemes.length = 0
    this.#parts.length = 0
    this.#counted = false
    if (this.#ids.size > MAX_PARTS) {
      this.#ids = new Map()
      this.#memo = new LexemeMemo(this.table)
    }
  }

  add(lexeme: number): void {
    if (lexeme >= this.#byLexeme.length) this.#byLexeme = ensureLength(this.#byLexeme, lexeme + 1)
    if (this.#byLexeme[lexeme]!++ === 0) this.#lexemes.push(lexeme)
  }

  /** Occurrences of other words that share a part with the noun form `lexeme`, of which `own` are the keyphrase's own. */
  shared(lexeme: number, own: number): number {
    if (!this.#counted) this.#count()
    let shared = 0
    for (const part of this.partsOf(lexeme)) shared += Math.max(0, (this.#totals[part] ?? 0) - own)
    return shared
  }

  #count(): void {
    this.#counted = true
    for (const lexeme of this.#lexemes) {
      const count = this.#byLexeme[lexeme]!
      const parts = this.partsOf(lexeme)
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k]!
        if (this.#totals[part] === 0) this.#parts.push(part)
        this.#totals[part]! += count
      }
    }
  }
}
