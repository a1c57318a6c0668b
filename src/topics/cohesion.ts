// How much of an article shares a keyphrase's parts: a theme comes back in other words (Einbruchsserie,
// Wohnungseinbrüche, Einbruchschutz all say Einbruch), a passing word stands alone (Aushöhlung).
import { compoundParts, genericNouns } from '../lexicon/index.js'
import { ensureLength } from '../shared/grow.js'
import { LexemeMemo, type LexemeTable } from '../shared/lexemes.js'
import { lemmaOf } from './labels.js'

/** Shorter parts are mostly chance splits (Pro|gramm, Ei|sen). */
const MIN_PART = 4
/** Distinct parts kept across articles before they are dropped (bounded memory in a long-running service). */
const MAX_PARTS = 100_000

/** The parts of a noun form that can tie it to other words: its lemma and the lemmas it is made of, lower case. */
export function themeParts(form: string): string[] {
  const parts: string[] = []
  for (const part of compoundParts(lemmaOf(form) ?? form)) {
    const lower = part.toLowerCase()
    if (lower.length >= MIN_PART && !genericNouns().has(lower) && !parts.includes(lower)) parts.push(lower)
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

  constructor(readonly table: LexemeTable) {
    this.#memo = new LexemeMemo(table)
  }

  /** A noun form's theme parts as part ids. */
  partsOf(lexeme: number): Int32Array {
    return this.#memo.get(lexeme, (form) => Int32Array.from(themeParts(form), (part) => this.#idOf(part)))
  }

  #idOf(part: string): number {
    let id = this.#ids.get(part)
    if (id === undefined) this.#ids.set(part, (id = this.#ids.size))
    return id
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
    this.#byLexeme = ensureLength(this.#byLexeme, lexeme + 1)
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
      for (const part of this.partsOf(lexeme)) {
        this.#totals = ensureLength(this.#totals, part + 1)
        if (this.#totals[part] === 0) this.#parts.push(part)
        this.#totals[part]! += count
      }
    }
  }
}
