// States, regions, continents and waters: corpora/curated/places.tsv, plus CLDR's names of world regions (UN M.49
// numeric codes) that the curated file does not already have.
import { cldrTerritories } from './countries.js'
import { curatedRows, splitField } from './files.js'
import { placeEntry, type PlaceEntry } from './place.js'

const KINDS = new Set(['state', 'region', 'continent', 'water'])
// 001 "Welt" is a common noun; 019 "Amerika" is an alias of the USA in German news.
const SKIPPED_REGIONS = new Set(['001', '019'])

export function buildRegions(): PlaceEntry[] {
  const entries: PlaceEntry[] = []
  for (const { line, cols } of curatedRows('places.tsv', 5)) {
    const [kind, country, name, aliases, forms] = cols as [string, string, string, string, string]
    if (!KINDS.has(kind)) throw new Error(`corpora/curated/places.tsv:${line}: unknown kind "${kind}"`)
    if (name === '') throw new Error(`corpora/curated/places.tsv:${line}: empty name`)
    entries.push(placeEntry(name, kind, country, splitField(aliases, '|'), splitField(forms, '|')))
  }
  const names = new Set(entries.map((entry) => entry.name))
  for (const [code, name] of Object.entries(cldrTerritories()).sort()) {
    if (!/^\d{3}$/.test(code) || SKIPPED_REGIONS.has(code) || names.has(name)) continue
    entries.push(placeEntry(name, 'region', ''))
  }
  return entries
}
