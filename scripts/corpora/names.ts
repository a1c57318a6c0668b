// First names and surnames: @faker-js/faker (MIT) locales written in Latin script, plus curated names of people in
// the news (corpora/curated/first-names-world.txt, surnames-world.txt).
import { allLocales } from '@faker-js/faker'
import { curatedWords } from './files.js'

// en_BORK is a joke locale, eo (Esperanto) names are constructed: neither is how people are named in news.
const SKIPPED_LOCALES = new Set(['en_BORK', 'eo'])

interface LocaleNames {
  locales: string[]
  firstNames: string[]
  surnames: string[]
}

function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  )
}

/** Latin letters, with the apostrophes, hyphens, dots and spaces that names contain; starts with a letter. */
export function isLatinName(name: string): boolean {
  const text = name.normalize('NFC')
  if (text.length < 2 || !isLatinLetter(text.charCodeAt(0))) return false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isLatinLetter(c) || (c >= 0x300 && c <= 0x36f)) continue
    if (c === 0x20 || c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e) continue
    return false
  }
  // Every word but a particle (van, de, al-) starts with a capital, and so does the last word (not "Da silva").
  const last = text.slice(text.lastIndexOf(' ') + 1)
  return last[0] !== last[0]!.toLowerCase()
}

function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(namesOf)
  return []
}

function fakerNames(): LocaleNames {
  const result: LocaleNames = { locales: [], firstNames: [], surnames: [] }
  for (const code of Object.keys(allLocales).sort()) {
    if (SKIPPED_LOCALES.has(code)) continue
    const person = (allLocales as Record<string, { person?: Record<string, unknown> }>)[code]?.person
    if (!person) continue
    // Double first names ("Alondra Romina") are left out: news text is matched one first name at a time.
    const first = namesOf(person['first_name']).map((n) => n.normalize('NFC').trim()).filter((n) => isLatinName(n) && !n.includes(' '))
    const last = namesOf(person['last_name']).map((n) => n.normalize('NFC').trim()).filter(isLatinName)
    if (first.length + last.length === 0) continue
    result.locales.push(code)
    result.firstNames.push(...first)
    result.surnames.push(...last)
  }
  return result
}

export interface NameLists {
  locales: string[]
  firstNames: string[]
  surnames: string[]
}

/**
 * Names that are also stopwords (Will, Man, Am) or listed in corpora/curated/not-names.txt (Mai, Hand, Frieden) are
 * dropped: in German text they are far more often ordinary words.
 */
export function buildNames(stopwords: ReadonlySet<string>): NameLists {
  const faker = fakerNames()
  const notNames = new Set(curatedWords('not-names.txt', 'space'))
  const keep = (name: string): boolean => !stopwords.has(name.toLowerCase()) && !notNames.has(name)
  return {
    locales: faker.locales,
    firstNames: [...faker.firstNames, ...curatedWords('first-names-world.txt', 'comma')].filter(keep),
    surnames: [...faker.surnames, ...curatedWords('surnames-world.txt', 'comma')].filter(keep),
  }
}
