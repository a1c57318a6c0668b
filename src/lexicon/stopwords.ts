// The word sets the stages share besides the name lists: stopwords (one list, corpora/lexicon/stopwords.txt), the
// generic nouns that are never keyphrases and the other word lists of corpora/topics. Built on first use.
import { corporaFile } from './bundle.js'
import { lexiconList } from './data.js'
import { swissSpelling } from '../shared/chars.js'

/**
 * Words that say nothing about an article's topic although the stopword list lacks them (it serves the recogniser,
 * whose model was trained with it): reporting verbs, forms of geben and sein, ordinals and "neu".
 */
const TERM_STOPWORDS = `
ander dar daran dies einmal für gab gibt ging sei seien weitere sagte sagt sagen derzeit demnach neue neuen neuer
neues ersten erste
`

let lowercaseStopwords: ReadonlySet<string> | undefined
let termWords: ReadonlySet<string> | undefined
let generic: ReadonlySet<string> | undefined
let everyday: ReadonlySet<string> | undefined
/** The heads of corpora/topics/actor-heads.txt: all of them, and by heading (see actorHeadGroup). */
let actors: { readonly all: ReadonlySet<string>; readonly groups: ReadonlyMap<string, ReadonlySet<string>> } | undefined
let plain: ReadonlySet<string> | undefined

/** The stopword list, lowercased. */
export function stopwords(): ReadonlySet<string> {
  lowercaseStopwords ??= new Set([...lexiconList('stopwords')].map((word) => word.toLowerCase()))
  return lowercaseStopwords
}

/** Lowercase words that never count as terms of an article: the stopwords and TERM_STOPWORDS. */
export function termStopwords(): ReadonlySet<string> {
  termWords ??= new Set([...stopwords(), ...TERM_STOPWORDS.split(/\s+/).filter((word) => word !== '')])
  return termWords
}

function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
}

/** The words and, for those with ß, their Swiss spelling with ss (Maßnahme, Massnahme). */
function withSwissSpelling(words: readonly string[]): Set<string> {
  const set = new Set(words)
  for (const word of words) if (word.includes('ß')) set.add(swissSpelling(word))
  return set
}

/** Lowercased generic nouns, weekdays and months: never keyphrases. */
export function genericNouns(): ReadonlySet<string> {
  generic ??= withSwissSpelling(lines(corporaFile('topics/generic-nouns.txt')).map((word) => word.toLowerCase()))
  return generic
}

/** Everyday nouns of spoken German, lower case (corpora/topics/everyday-words.txt): weak keyphrases. */
export function everydayNouns(): ReadonlySet<string> {
  everyday ??= withSwissSpelling(lines(corporaFile('topics/everyday-words.txt')))
  return everyday
}

/** Lowercase heads of nouns that name people, bodies and places (corpora/topics/actor-heads.txt). */
export function actorHeads(): ReadonlySet<string> {
  return actorLists().all
}

/**
 * The heads of corpora/topics/actor-heads.txt under one of its headings (`# People`, `# Places`, …), by the heading's
 * first word in lower case: people, bodies, places, buildings, vehicles, everyday, small.
 */
export function actorHeadGroup(heading: string): ReadonlySet<string> {
  return actorLists().groups.get(heading) ?? EMPTY
}

const EMPTY: ReadonlySet<string> = new Set()

function actorLists(): NonNullable<typeof actors> {
  if (actors === undefined) {
    const text = corporaFile('topics/actor-heads.txt')
    const groups = new Map<string, Set<string>>()
    let group: Set<string> | undefined
    for (const raw of text.split('\n')) {
      const line = raw.trim()
      if (line.startsWith('#')) {
        const name = line.slice(1).trim().split(/[\s,:]/)[0]!.toLowerCase()
        if (!groups.has(name)) groups.set(name, new Set())
        group = groups.get(name)
      } else if (line !== '' && group !== undefined) group.add(line)
    }
    actors = { all: new Set(lines(text)), groups }
  }
  return actors
}

/** Attributive stems of adjectives that do not make a keyphrase with their noun (corpora/topics/plain-adjectives.txt). */
export function plainAdjectives(): ReadonlySet<string> {
  plain ??= new Set(lines(corporaFile('topics/plain-adjectives.txt')))
  return plain
}
