// Word lists and the knowledge base, parsed lazily on first use and cached (the data is bundled as text).
import firstNamesText from '../../corpora/lexicon/first-names.txt'
import surnamesText from '../../corpora/lexicon/surnames.txt'
import titlesText from '../../corpora/lexicon/titles.txt'
import titleSuffixesText from '../../corpora/lexicon/title-suffixes.txt'
import orgSuffixesText from '../../corpora/lexicon/org-suffixes.txt'
import orgHeadsText from '../../corpora/lexicon/org-heads.txt'
import stopwordsText from '../../corpora/lexicon/stopwords.txt'
import frequenciesText from '../../corpora/lexicon/word-frequencies.tsv'
import commonNounsText from '../../corpora/lexicon/common-nouns.txt'
import extraSurnamesText from '../../corpora/lexicon/surnames-extra.txt'
import extraFirstNamesText from '../../corpora/lexicon/first-names-extra.txt'
import wordClassesText from '../../corpora/lexicon/word-classes.tsv'
import placesText from '../../corpora/kb/places.tsv'
import peopleDeText from '../../corpora/kb/people-de.tsv'
import peopleWorldText from '../../corpora/kb/people-world.tsv'
import organizationsText from '../../corpora/kb/organizations.tsv'
import otherText from '../../corpora/kb/other.tsv'
import { parseKb, type KbEntry } from './kb.js'
import { parseFrequencies, parseList, parseWordClasses } from './lists.js'

export type { KbEntry } from './kb.js'
export { parseKb, ID_PREFIX } from './kb.js'
export { expandForms } from './forms.js'
export { slugify } from './slug.js'

/**
 * Word lists in corpora/lexicon/, entries as written there (case preserved). `titleSuffixes` are the words that make
 * a title after a hyphen (`CDU-Chef`, `SPD-Vorsitzende`); see the header of title-suffixes.txt. `commonNouns` are
 * German noun lemmas (CC BY-SA 4.0); `extraSurnames` and `extraFirstNames` names less sure than the main lists.
 */
export type ListName = 'firstNames' | 'surnames' | 'titles' | 'titleSuffixes' | 'orgSuffixes' | 'orgHeads' | 'stopwords' | 'commonNouns' | 'extraSurnames' | 'extraFirstNames'

const LIST_TEXT: Record<ListName, string> = {
  firstNames: firstNamesText,
  surnames: surnamesText,
  titles: titlesText,
  titleSuffixes: titleSuffixesText,
  orgSuffixes: orgSuffixesText,
  orgHeads: orgHeadsText,
  stopwords: stopwordsText,
  commonNouns: commonNounsText,
  extraSurnames: extraSurnamesText,
  extraFirstNames: extraFirstNamesText,
}

/** KB files in the fixed order in which kbEntries() returns their entries. */
const KB_FILES: readonly (readonly [string, string])[] = [
  ['corpora/kb/places.tsv', placesText],
  ['corpora/kb/people-de.tsv', peopleDeText],
  ['corpora/kb/people-world.tsv', peopleWorldText],
  ['corpora/kb/organizations.tsv', organizationsText],
  ['corpora/kb/other.tsv', otherText],
]

const lists = new Map<ListName, ReadonlySet<string>>()
let entries: readonly KbEntry[] | undefined
let frequencies: ReadonlyMap<string, number> | undefined
let classes: ReadonlyMap<string, readonly number[]> | undefined

export function lexiconList(name: ListName): ReadonlySet<string> {
  let list = lists.get(name)
  if (list === undefined) {
    list = parseList(LIST_TEXT[name])
    lists.set(name, list)
  }
  return list
}

/** All knowledge-base entries of corpora/kb/*.tsv, in a fixed order (places, people-de, people-world, organizations, other). */
export function kbEntries(): readonly KbEntry[] {
  if (entries === undefined) {
    const seen = new Map<string, string>()
    entries = KB_FILES.flatMap(([file, text]) => parseKb(text, file, seen))
  }
  return entries
}

/**
 * Lowercase word → count in the tokens of GermEval 2014 NER-de-test.tsv (CC BY 4.0); empty when the table was not
 * built. A rough "how common is this word" signal, not a general-language frequency list.
 */
export function wordFrequencies(): ReadonlyMap<string, number> {
  frequencies ??= parseFrequencies(frequenciesText)
  return frequencies
}

/** Distributional word classes (corpora/lexicon/word-classes.tsv, CC BY-SA 4.0): per word, one class id per clustering. */
export function wordClasses(): ReadonlyMap<string, readonly number[]> {
  classes ??= parseWordClasses(wordClassesText)
  return classes
}
