// Which bundled knowledge-base names are safe to match verbatim in text where the recogniser found nothing: names of
// several words (not starting with an article: "Die Zeit drängt"), and single words that are rarely anything but a
// name — countries, states, regions, continents, big cities, acronyms, institutions, parties, international bodies,
// one-word names of people, and one-word names of events, laws, products and other things (Oktoberfest, Bürgergeld,
// iPhone) but those that are ordinary words too. Companies, clubs and media are left to the recogniser: their names
// are often words.
import type { KbEntry } from '../lexicon/index.js'
import type { DictionaryEntry } from './dictionary.js'

const ARTICLES: ReadonlySet<string> = new Set(['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine'])
/** Single-word names that are also common German words or abbreviations. */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'Essen', 'Halle', 'Franken', 'Hof', 'Mark', 'Bad', 'Weil', 'Zug', 'Rain', 'Lauf', 'Brand', 'Hagen', 'Bergen', 'Mitte',
  'Westen', 'Osten', 'Süden', 'Norden', 'Renaissance', 'Demokraten', 'Republikaner', 'Memorial', 'Malteser', 'Volt',
  'Vox', 'Commonwealth', 'Wirtschaftsweisen', 'AU', 'PP', 'SP', 'JU', 'TK', 'MIT', 'ETA', 'RAND', 'Uno',
])
/** One-word names of `other` entries that are also ordinary words (a Tatort is a crime scene) or other names. */
const AMBIGUOUS_THINGS: ReadonlySet<string> = new Set(['Tatort', 'Olympia', 'Taurus', 'Windows', 'Kirchentag', 'Weltausstellung', 'Trabant', 'Vuelta', 'Simpsons', 'Emmy', 'Bambi', 'Oscar'])
const ORGANIZATION_KINDS: ReadonlySet<string> = new Set(['institution', 'international', 'party', 'militant', 'ngo'])
const BIG_CITY = 100_000
const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'state', 'region', 'continent', 'water'])

function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false
  let upper = 0
  for (const ch of word) {
    if (ch >= 'A' && ch <= 'Z') upper++
    else if (!(ch >= '0' && ch <= '9')) return false
  }
  return upper >= 2
}

function safeName(entry: KbEntry, name: string): boolean {
  const words = name.split(' ')
  if (words.length > 1) return !ARTICLES.has(words[0]!)
  if (COMMON_WORDS.has(name) || name.length < 3 && !isAcronym(name)) return false
  if (entry.type === 'person') return true
  if (entry.type === 'organization') return isAcronym(name) || ORGANIZATION_KINDS.has(entry.info['kind'] ?? '')
  if (entry.type === 'place') {
    const kind = entry.info['kind'] ?? ''
    return PLACE_KINDS.has(kind) || (kind === 'city' && Number(entry.info['population'] ?? 0) >= BIG_CITY)
  }
  return entry.type === 'other' && !AMBIGUOUS_THINGS.has(name) && (name.length >= 4 || isAcronym(name))
}

export function kbDictionaryEntries(entries: readonly KbEntry[]): DictionaryEntry[] {
  const result: DictionaryEntry[] = []
  for (const entry of entries) {
    const names = [entry.name, ...entry.aliases].filter((name) => safeName(entry, name))
    if (names.length > 0) result.push({ id: entry.id, type: entry.type, names, override: false })
  }
  return result
}
