// Knowledge-base lookups for one piece of text, and the choice among several candidate entries.
import type { KbEntry } from '../lexicon/index.js'
import type { EntityType } from '../types.js'
import { isListedFirstName, isListedName, isRoleWord } from '../lexicon/index.js'
import type { KbIndex, NameMatch } from './kb-index.js'
import { foldKey, genitiveBases } from './names.js'
import type { NerLabel } from './types.js'

/** Exact match, else case-folded, except for short words where case tells acronyms from words (UN, un). */
function byName(index: KbIndex, text: string): KbEntry[] | undefined {
  return index.byName.get(text) ?? (text.length >= 4 ? index.byFoldedName.get(foldKey(text)) : undefined)
}

/** Drop leading role words: `US-Präsident Donald Trump` → `Donald Trump`. Never drops the last word. */
export function withoutRoleWords(name: string): string {
  // One word is the name whatever it is: no array is split from it.
  if (!name.includes(' ')) return name
  const words = name.split(' ')
  let first = 0
  while (first < words.length - 1 && isRoleWord(words[first]!)) first++
  return first === 0 ? name : words.slice(first).join(' ')
}

const ADJECTIVE_ENDINGS: readonly string[] = ['en', 'em', 'er', 'es', 'e']
const BASE_ENDINGS: readonly string[] = ['e', 'es', 'er']

/**
 * Nominative variants of an inflected adjective before a name's noun (Europäischen → Europäische, Weißen → Weißes,
 * Vereinten → Vereinte): the knowledge base holds only the nominative.
 */
function adjectiveBases(word: string): string[] {
  const ending = ADJECTIVE_ENDINGS.find((candidate) => word.endsWith(candidate) && word.length > candidate.length + 2)
  if (ending === undefined) return [word]
  const stem = word.slice(0, -ending.length)
  return [word, ...BASE_ENDINGS.map((base) => stem + base).filter((form) => form !== word)]
}

/** The ending of a plural noun in the dative that the nominative lacks its n of (Spielen, Spiele). */
const DATIVE_PLURAL = 'en'

/**
 * Name forms to try, most literal first: as written, genitive or dative plural last word, nominative leading
 * adjectives.
 */
function nameVariants(name: string): string[] {
  const words = name.split(' ')
  const last = words[words.length - 1]!
  const lasts = [last, ...genitiveBases(last)]
  if (words.length === 1) return lasts
  // A plural head in the dative (bei den Olympischen Spielen → Olympische Spiele).
  if (last.length > DATIVE_PLURAL.length + 2 && last.endsWith(DATIVE_PLURAL)) lasts.push(last.slice(0, -1))
  let heads: string[][] = [[]]
  for (const [i, word] of words.slice(0, -1).entries()) {
    // Only the first two words may be inflected adjectives (Europäischen Zentralbank, Vereinten Arabischen Emirate).
    const forms = i < 2 ? adjectiveBases(word) : [word]
    heads = heads.flatMap((head) => forms.map((form) => [...head, form]))
  }
  const variants: string[] = []
  for (const head of heads) for (const tail of lasts) variants.push([...head, tail].join(' '))
  return variants
}

/** The first variant of the name (see nameVariants) that the knowledge base knows, exact before case-folded. */
export function lookupName(index: KbIndex, text: string): NameMatch | undefined {
  index.findName ??= (name) => findName(index, name)
  return index.names.get(text, index.findName) ?? undefined
}

function findName(index: KbIndex, text: string): NameMatch | null {
  for (const candidate of nameVariants(withoutRoleWords(text))) {
    const entries = byName(index, candidate)
    if (entries) return { entries, matched: candidate }
  }
  return null
}

/** Entries a derived word comes from (russischen → Russland, Münchner → München). */
export function lookupForm(index: KbIndex, text: string): KbEntry[] | undefined {
  return index.byForm.get(foldKey(text))
}

const MIN_PREFIX = 2
const MIN_REST = 3

/** A compound whose first part is a known name: Deutschlandreise → Deutschland, Europapolitik → Europa. */
export function lookupPrefix(index: KbIndex, word: string): NameMatch | undefined {
  for (let length = word.length - MIN_REST; length >= MIN_PREFIX; length--) {
    let prefix = word.slice(0, length)
    let entries = byName(index, prefix)
    // Linking s (Bundestagswahl → Bundestag) appears between the name and the rest.
    if (!entries && prefix.endsWith('s') && length > MIN_PREFIX + 1) {
      prefix = prefix.slice(0, -1)
      entries = byName(index, prefix)
    }
    if (entries) return { entries, matched: prefix }
  }
  return undefined
}

const LABEL_TYPE: Readonly<Record<NerLabel, EntityType>> = { PER: 'person', LOC: 'place', ORG: 'organization', OTH: 'other' }

export function labelType(label: NerLabel): EntityType {
  return LABEL_TYPE[label]
}

/** German news first: on a tie, an entry of Germany, then Austria, then Switzerland, then the rest; then by id. */
const COUNTRY_ORDER: Readonly<Record<string, number>> = { DE: 0, AT: 1, CH: 2 }

function tieOrder(a: KbEntry, b: KbEntry): number {
  const rank = (entry: KbEntry) => COUNTRY_ORDER[entry.info['country'] ?? ''] ?? 3
  return rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * The best entries for a mention with this label: one, or several that score the same (die Grünen in Germany and in
 * Austria), in tieOrder. People only for PER and PER only for people: a person's name and a place's name are too
 * different things to let the knowledge base overrule the recogniser. Between places, organizations and other things
 * the knowledge base wins (the Kreml is an organization even when tagged LOC).
 */
export function chooseEntries(entries: readonly KbEntry[], label: NerLabel, matched: string, written = matched): KbEntry[] {
  const wanted = labelType(label)
  // A full name of several words that the knowledge base knows as a person's is that person, whatever the label.
  const fullName = matched.includes(' ') && entries.some((entry) => entry.type === 'person')
  // One word that is no first name and that the knowledge base knows only as a thing (Corona, an award, a
  // law) is that thing, though read as a person; so is a place in the genitive that no list names anyone by (der
  // Präsident Serbiens).
  const single = wanted === 'person' && !matched.includes(' ') && !isListedFirstName(matched)
  const genitivePlace = single && written !== matched && !isListedName(written) && entries.every((entry) => entry.type === 'place')
  const thing = genitivePlace || (single && entries.every((entry) => entry.type === 'other'))
  const allowed = entries.filter((entry) => (fullName ? entry.type === 'person' : thing || (wanted === 'person') === (entry.type === 'person')))
  let best: KbEntry[] = []
  let bestScore = -Infinity
  for (const entry of allowed) {
    const score = (entry.type === wanted ? 4 : 0) + (entry.name === matched ? 2 : 0) + Math.log10(1 + Number(entry.info['population'] ?? 0)) / 10
    if (score > bestScore) {
      best = [entry]
      bestScore = score
    } else if (score === bestScore) best.push(entry)
  }
  return best.sort(tieOrder)
}
