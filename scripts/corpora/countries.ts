// Countries and territories: names from i18n-iso-countries (de, MIT) and CLDR territories (de, Unicode license),
// canonical name, extra aliases and forms from corpora/curated/country-forms.tsv.
import { createRequire } from 'node:module'
import { curatedRows, splitField } from './files.js'
import { placeEntry, type PlaceEntry } from './place.js'

const require = createRequire(import.meta.url)

export interface CountryInfo {
  entries: PlaceEntry[]
  /** ISO codes of sovereign states (their capitals are included as cities). */
  states: Set<string>
}

export function cldrTerritories(): Record<string, string> {
  const json = require('cldr-localenames-full/main/de/territories.json') as {
    main: { de: { localeDisplayNames: { territories: Record<string, string> } } }
  }
  const out: Record<string, string> = {}
  // CLDR marks hyphenation points with soft hyphens in a few names; names here are plain text.
  for (const [code, name] of Object.entries(json.main.de.localeDisplayNames.territories)) out[code] = name.replace(/\u00ad/g, '')
  return out
}

function isoNames(): Record<string, string[]> {
  const json = require('i18n-iso-countries/langs/de.json') as { countries: Record<string, string | string[]> }
  const out: Record<string, string[]> = {}
  for (const [code, names] of Object.entries(json.countries)) out[code] = ([] as string[]).concat(names)
  return out
}

export function buildCountries(): CountryInfo {
  const cldr = cldrTerritories()
  const iso = isoNames()
  const curated = new Map(curatedRows('country-forms.tsv', 5).map((row) => [row.cols[0]!, row]))
  const entries: PlaceEntry[] = []
  const states = new Set<string>()
  for (const code of Object.keys(iso).sort()) {
    const row = curated.get(code)
    const [, status = 'territory', nameOverride = '', aliasField = '', formField = ''] = row?.cols ?? []
    if (status === 'state') states.add(code)
    const cldrNames = Object.keys(cldr).filter((key) => key === code || key.startsWith(code + '-alt-')).map((key) => cldr[key]!)
    const name = nameOverride || cldr[code + '-alt-short'] || cldr[code] || iso[code]![0]!
    const extra = splitField(aliasField, '|')
    const removed = new Set(extra.filter((alias) => alias.startsWith('-')).map((alias) => alias.slice(1)))
    // "Tansania, Vereinigte Republik" is an index form, not a name used in text.
    const aliases = [...iso[code]!, ...cldrNames, ...extra.filter((alias) => !alias.startsWith('-'))]
      .filter((alias) => !alias.includes(',') && !removed.has(alias))
    const kind = status === 'continent' ? 'continent' : 'country'
    entries.push(placeEntry(name, kind, code, aliases, splitField(formField, '|')))
  }
  for (const code of curated.keys()) if (!iso[code]) throw new Error(`country-forms.tsv: unknown code ${code}`)
  return { entries, states }
}
