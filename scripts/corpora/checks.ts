// Consistency checks over the place entries before they are written.
import { expandForms } from '../../src/lexicon/forms.js'
import type { PlaceEntry } from './place.js'

/** Duplicate ids are errors; an alias that is another entry's name and a form shared by two entries are warnings. */
export function checkPlaces(entries: readonly PlaceEntry[]): { errors: string[]; warnings: string[] } {
  const errors: string[] = []
  const warnings: string[] = []
  const byId = new Map<string, PlaceEntry>()
  const byName = new Map<string, PlaceEntry>()
  for (const entry of entries) {
    const known = byId.get(entry.id)
    if (known) errors.push(`duplicate id ${entry.id}: "${known.name}" and "${entry.name}"`)
    byId.set(entry.id, entry)
    byName.set(entry.name, entry)
  }
  const formOwner = new Map<string, PlaceEntry>()
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const other = byName.get(alias)
      if (other && other !== entry) warnings.push(`alias "${alias}" of ${entry.id} is the name of ${other.id}`)
    }
    for (const form of expandForms(entry.forms)) {
      const other = formOwner.get(form)
      if (other && other !== entry) warnings.push(`form "${form}" of ${entry.id} is also a form of ${other.id}`)
      formOwner.set(form, entry)
    }
  }
  return { errors, warnings }
}
