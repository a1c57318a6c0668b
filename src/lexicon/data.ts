// Word lists and the knowledge base, parsed lazily on first use and kept for the process: read-only data that every
// engine shares (an engine's own entries live in the engine).
import { corporaFile, type CorporaPath } from './bundle.js'
import { parseKb, type KbEntry } from './kb.js'
import { parseFrequencies, parseList, parseWordClasses } from './lists.js'

/**
 * Word lists in corpora/lexicon/, entries as written there (case preserved). `titleSuffixes` are the words that make
 * a title after a hyphen (`CDU-Chef`, `SPD-Vorsitzende`); see the header of title-suffixes.txt. `commonNouns` are
 * German noun lemmas (CC BY-SA 4.0); `extraSurnames` and `extraFirstNames` names less sure than the main lists.
 */
export type ListName = 'firstNames' | 'surnames' | 'titles' | 'titleSuffixes' | 'orgSuffixes' | 'orgHeads' | 'stopwords' | 'commonNouns' | 'extraSurnames' | 'extraFirstNames'

const LIST_FILES: Readonly<Record<ListName, CorporaPath>> = Object.freeze({
  firstNames: 'lexicon/first-names.txt',
  surnames: 'lexicon/surnames.txt',
  titles: 'lexicon/titles.txt',
  titleSuffixes: 'lexicon/title-suffixes.txt',
  orgSuffixes: 'lexicon/org-suffixes.txt',
  orgHeads: 'lexicon/org-heads.txt',
  stopwords: 'lexicon/stopwords.txt',
  commonNouns: 'lexicon/common-nouns.txt',
  extraSurnames: 'lexicon/surnames-extra.txt',
  extraFirstNames: 'lexicon/first-names-extra.txt',
})

/** Every list name, for loading them all ahead of use (preload). */
export const LIST_NAMES: readonly ListName[] = Object.freeze(Object.keys(LIST_FILES) as ListName[])

/** KB files in the fixed order in which kbEntries() returns their entries. */
const KB_FILES: readonly CorporaPath[] = Object.freeze(['kb/places.tsv', 'kb/people-de.tsv', 'kb/people-world.tsv', 'kb/organizations.tsv', 'kb/other.tsv'] as const)

let lists: Map<ListName, ReadonlySet<string>> | undefined
let entries: readonly KbEntry[] | undefined
let frequencies: ReadonlyMap<string, number> | undefined
let classes: ReadonlyMap<string, readonly number[]> | undefined
let regional: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined

export function lexiconList(name: ListName): ReadonlySet<string> {
  lists ??= new Map()
  let list = lists.get(name)
  if (list === undefined) {
    list = parseList(corporaFile(LIST_FILES[name]))
    lists.set(name, list)
  }
  return list
}

/** A first name of the main or the extra lists (Dirk, Lea). */
export function isListedFirstName(word: string): boolean {
  return lexiconList('firstNames').has(word) || lexiconList('extraFirstNames').has(word)
}

/** A surname of the main or the extra list. */
export function isListedSurname(word: string): boolean {
  return lexiconList('surnames').has(word) || lexiconList('extraSurnames').has(word)
}

/** A first name or a surname of the main or the extra lists. */
export function isListedName(word: string): boolean {
  return isListedFirstName(word) || isListedSurname(word)
}

/** All knowledge-base entries of corpora/kb/*.tsv, in a fixed order (places, people-de, people-world, organizations, other). */
export function kbEntries(): readonly KbEntry[] {
  if (entries === undefined) {
    const seen = new Map<string, string>()
    entries = KB_FILES.flatMap((file) => parseKb(corporaFile(file), `corpora/${file}`, seen))
  }
  return entries
}

/**
 * Lowercase word → count in the tokens of GermEval 2014 NER-de-test.tsv (CC BY 4.0); empty when the table was not
 * built. A rough "how common is this word" signal, not a general-language frequency list.
 */
export function wordFrequencies(): ReadonlyMap<string, number> {
  frequencies ??= parseFrequencies(corporaFile('lexicon/word-frequencies.tsv'))
  return frequencies
}

/** Distributional word classes (corpora/lexicon/word-classes.tsv, CC BY-SA 4.0): per word, one class id per clustering. */
export function wordClasses(): ReadonlyMap<string, readonly number[]> {
  classes ??= parseWordClasses(corporaFile('lexicon/word-classes.tsv'))
  return classes
}

/** The id of a regional row whose name names nothing in that country's news (the political left's die Linke). */
export const NAMES_NOTHING = '-'

/**
 * Names that mean another entry in the news of one country (corpora/kb/regional.tsv): country → name as written →
 * knowledge-base id, or NAMES_NOTHING.
 */
export function regionalNames(): ReadonlyMap<string, ReadonlyMap<string, string>> {
  if (regional === undefined) {
    const byCountry = new Map<string, Map<string, string>>()
    for (const line of corporaFile('kb/regional.tsv').split('\n')) {
      if (line.trim() === '' || line.startsWith('#')) continue
      const [country, name, id] = line.split('\t')
      if (!country || !name || !id) throw new Error(`corpora/kb/regional.tsv: bad line ${JSON.stringify(line)}`)
      let names = byCountry.get(country)
      if (!names) byCountry.set(country, (names = new Map()))
      names.set(name, id)
    }
    regional = byCountry
  }
  return regional
}
