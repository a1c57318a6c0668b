// One entry of corpora/kb/places.tsv while it is being built, and its serialisation (format: corpora/kb/FORMAT.md).
import { slugify } from '../../src/lexicon/slug.js'

export interface PlaceEntry {
  id: string
  name: string
  aliases: string[]
  forms: string[]
  kind: string
  country: string
  population?: number
}

export function placeEntry(name: string, kind: string, country: string, aliases: string[] = [], forms: string[] = []): PlaceEntry {
  const unique = [...new Set(aliases)].filter((alias) => alias !== name)
  return { id: 'place:' + slugify(name), name, aliases: unique, forms: [...new Set(forms)], kind, country }
}

export function placeLine(entry: PlaceEntry): string {
  const info = [`kind=${entry.kind}`]
  if (entry.country !== '') info.push(`country=${entry.country}`)
  if (entry.population !== undefined && entry.population > 0) info.push(`population=${entry.population}`)
  return [entry.id, 'place', entry.name, entry.aliases.join('|'), entry.forms.join('|'), info.join(';')].join('\t')
}
