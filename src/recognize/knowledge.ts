// Name knowledge the recognizer's features read: src/lexicon (word lists and the knowledge base) plus the GeoNames
// place-name hashes that travel in the model file.
import { kbEntries, lexiconList, stopwords, wordClasses } from '../lexicon/index.js'
import { FNV_OFFSET, hashBackward, hashString } from '../shared/hash.js'
import type { EntityType } from '../types.js'
import { HashSet } from '../shared/hash-set.js'

/** Type masks have bit t for TYPE_NAMES[t]. */
export const TYPE_NAMES = Object.freeze(['PER', 'LOC', 'ORG', 'OTH'] as const)

export const BIT_OF_TYPE: Readonly<Record<EntityType, number>> = { person: 1, place: 2, organization: 4, other: 8 }

/** The names of two or more tokens that start with one token: token arrays and type mask, longest first. */
export type PhraseList = ReadonlyArray<{ tokens: readonly string[]; mask: number }>

export interface Knowledge {
  firstNames: ReadonlySet<string>
  surnames: ReadonlySet<string>
  titles: ReadonlySet<string>
  orgSuffixes: ReadonlySet<string>
  /** Lowercase organization head nouns (Ministerium, Verband) as hashes of their characters read backwards, so that
   * every ending of a word can be tested while hashing it from its end (see word-features.ts). */
  orgHeadsBackward: HashSet
  /** Forward hashes of one-token names (value: type mask) and of surnames, for prefixes of compounds. */
  nameHashes: HashSet
  surnameHashes: HashSet
  stopwords: ReadonlySet<string>
  /** One-token names and aliases → type mask. */
  names: ReadonlyMap<string, number>
  /** Derived words (russischen, Münchner) → type mask of the entry they derive from. */
  forms: ReadonlyMap<string, number>
  /** Names of two or more tokens, by first token: token arrays and type mask, longest first. */
  phrases: ReadonlyMap<string, PhraseList>
  titleSuffixes: ReadonlySet<string>
  /** Common-noun lemmas (corpora/lexicon/common-nouns.txt, CC BY-SA 4.0), capitalised as written. */
  nouns: ReadonlySet<string>
  /** Their forward hashes (hashString(FNV_OFFSET, noun)), to test a compound's possible heads without a string each. */
  nounHashes: HashSet
  /** More surnames (corpora/lexicon/surnames-extra.txt), less sure than `surnames`: a feature of their own. */
  extraSurnames: ReadonlySet<string>
  /** More first names (corpora/lexicon/first-names-extra.txt), likewise. */
  extraFirstNames: ReadonlySet<string>
  /** Distributional word classes (corpora/lexicon/word-classes.tsv): per word, one class id per clustering. */
  classes: ReadonlyMap<string, readonly number[]>
  geo: GeoNames
}

/** GeoNames place names as hashes (hashString(FNV_OFFSET, name)). */
export interface GeoNames {
  /** One-token names, each with its size tier (1 small … 3 large). */
  names: HashSet
  /** Names of two to four tokens joined by single spaces. */
  phrases: HashSet
  /** First tokens of those. */
  phraseStarts: HashSet
}

/** Phrase tokens are split at spaces only, as the tokenizer keeps hyphen compounds and abbreviations whole. */
function phraseTokens(name: string): string[] {
  return name.split(' ').filter((part) => part.length > 0)
}

/** Knowledge from the lexicon and the given place names. Parses the lexicon on first use (it caches). */
export function buildKnowledge(geo: GeoNames): Knowledge {
  const names = new Map<string, number>()
  const forms = new Map<string, number>()
  const phraseMap = new Map<string, Map<string, { tokens: string[]; mask: number }>>()
  const addName = (name: string, bit: number): void => {
    const tokens = phraseTokens(name)
    if (tokens.length === 0) return
    if (tokens.length === 1) {
      names.set(tokens[0]!, (names.get(tokens[0]!) ?? 0) | bit)
      return
    }
    let byFirst = phraseMap.get(tokens[0]!)
    if (!byFirst) phraseMap.set(tokens[0]!, (byFirst = new Map()))
    const key = tokens.join(' ')
    const existing = byFirst.get(key)
    if (existing) existing.mask |= bit
    else byFirst.set(key, { tokens, mask: bit })
  }
  for (const entry of kbEntries()) {
    // Names of other things (kb/other.tsv: events, laws, products) came after the recogniser was tuned; they serve
    // linking and the dictionary, and join the features when the model is next tuned with them.
    if (entry.type === 'other') continue
    const bit = BIT_OF_TYPE[entry.type]
    addName(entry.name, bit)
    for (const alias of entry.aliases) addName(alias, bit)
    for (const form of entry.forms) {
      if (form.indexOf(' ') >= 0) continue
      forms.set(form, (forms.get(form) ?? 0) | bit)
    }
  }
  const phrases = new Map<string, Array<{ tokens: readonly string[]; mask: number }>>()
  for (const [first, byKey] of phraseMap) {
    const list = [...byKey.values()].sort((a, b) => b.tokens.length - a.tokens.length || compare(a.tokens.join(' '), b.tokens.join(' ')))
    phrases.set(first, list)
  }
  const orgHeads = [...lexiconList('orgHeads')].map((head) => head.toLowerCase())
  return {
    firstNames: lexiconList('firstNames'),
    surnames: lexiconList('surnames'),
    titles: lexiconList('titles'),
    orgSuffixes: lexiconList('orgSuffixes'),
    orgHeadsBackward: HashSet.from(orgHeads.map((head) => [hashBackward(FNV_OFFSET, head), 1] as const)),
    nameHashes: HashSet.from([...names].map(([name, mask]) => [hashString(FNV_OFFSET, name), mask] as const)),
    surnameHashes: HashSet.from([...lexiconList('surnames')].map((name) => [hashString(FNV_OFFSET, name), 1] as const)),
    stopwords: stopwords(),
    names,
    forms,
    phrases,
    titleSuffixes: lexiconList('titleSuffixes'),
    nouns: lexiconList('commonNouns'),
    nounHashes: HashSet.of([...lexiconList('commonNouns')].map((noun) => hashString(FNV_OFFSET, noun))),
    extraSurnames: lexiconList('extraSurnames'),
    extraFirstNames: lexiconList('extraFirstNames'),
    classes: wordClasses(),
    geo,
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

