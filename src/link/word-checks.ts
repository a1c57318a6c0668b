// The word questions the linker asks of every name it reads (an ordinary noun? an inflected compound? a role word?),
// memoised per engine: news repeats its words.
import { headNominative, isCommonNoun, isInflectedCompound, isRoleWord, stopwords } from '../lexicon/index.js'
import { WordMemo } from '../shared/memo.js'
import { nameWordFacts } from './name-facts.js'
import { isPageName } from './name-words.js'
import { adjectivesInNominative } from './nominative.js'
import { stemGerman } from '../stem/index.js'

export class WordChecks {
  readonly #nouns = new WordMemo<boolean>()
  readonly #compounds = new WordMemo<boolean>()
  readonly #roles = new WordMemo<boolean>()
  readonly #nominatives = new WordMemo<string>()
  readonly #stems = new WordMemo<string>()
  readonly #nameFacts = new WordMemo<number>()
  readonly #strongNominatives = new WordMemo<string>()
  readonly #pageNames = new WordMemo<boolean>()

  /** An ordinary noun in one of its forms (Keller, Bergen, Gymnasien): see src/lexicon/nouns.ts. */
  isCommonNoun(word: string): boolean {
    return this.#nouns.get(word, isCommonNoun)
  }

  /** A compound ending in an inflected ordinary noun (Paketpreisen). */
  isInflectedCompound(word: string): boolean {
    return this.#compounds.get(word, isInflectedCompound)
  }

  /** A head word in the genitive as its nominative (Wasserwirtschaftsamts → Wasserwirtschaftsamt), else the word. */
  headNominative(word: string): string {
    return this.#nominatives.get(word, headNominative)
  }

  /** The word's stem (src/stem). */
  stem(word: string): string {
    return this.#stems.get(word, stemGerman)
  }

  /** A single word read as a name: what the lists say of it, as the bits of nameWordFacts (name-facts.ts). */
  nameWordFacts(word: string): number {
    return this.#nameFacts.get(word, nameWordFacts)
  }

  /** An unknown name with its leading adjectives in the strong nominative (nominative.ts). */
  adjectivesInNominative(name: string): string {
    return this.#strongNominatives.get(name, adjectivesInNominative)
  }

  /** A name that names nothing a reader could follow (name-words.ts, isPageName). */
  isPageName(name: string): boolean {
    return this.#pageNames.get(name, isPageName)
  }

  isRoleWord(word: string): boolean {
    return this.#roles.get(word, isRoleWord)
  }

  /** A function word or an ordinary noun: what a capitalised word opening a sentence may just be. */
  isCommonWord(word: string): boolean {
    return stopwords().has(word.toLowerCase()) || this.isCommonNoun(word)
  }
}
