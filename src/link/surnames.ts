// A surname alone that the recogniser read as a place, a body or a thing (Strasser after Christoph Strasser,
// Firtaschs after Dmytro Firtasch) is that person when exactly one person of the article has it as the last word of
// a full name: German names a person by the surname once introduced, and a genitive adds an s.
import type { EntityRecord } from '../analysis.js'
import { nameKey, withMentions } from './first-names.js'

/** The shortest surname joined so: shorter ones are often an acronym's or a word's look-alike. */
const MIN_SURNAME = 3

/** A full name's last word, or '' for one word. */
function lastWord(name: string): string {
  const space = name.lastIndexOf(' ')
  return space < 0 ? '' : name.slice(space + 1)
}

/**
 * The entities with every unknown one-word place, body or thing that is, as written or without a genitive s, the
 * surname of exactly one person of the article joined into that person. `isKnownId`: the knowledge base has the
 * entity, which then stays (Tesla beside Nikola Tesla, Bosch beside Hieronymus Bosch). Order otherwise kept.
 */
export function withSurnamesJoined(entities: readonly EntityRecord[], isKnownId: (id: string) => boolean): EntityRecord[] {
  // Full names by their last word; null where two people share it (Serena and Venus Williams: no one to join).
  const byLast = new Map<string, EntityRecord | null>()
  for (const entity of entities) {
    const last = lastWord(entity.name)
    if (entity.type !== 'person' || last.length < MIN_SURNAME) continue
    const key = nameKey(last)
    byLast.set(key, byLast.has(key) ? null : entity)
  }
  if (byLast.size === 0) return entities.slice()
  const dropped = new Set<EntityRecord>()
  for (const entity of entities) {
    if (entity.type === 'person' || entity.name.includes(' ') || isKnownId(entity.id)) continue
    const key = nameKey(entity.name)
    const full = byLast.get(key) ?? (key.endsWith('s') ? byLast.get(key.slice(0, -1)) : undefined)
    if (full === undefined || full === null) continue
    full.mentions = withMentions(full.mentions, entity.mentions)
    dropped.add(entity)
  }
  return dropped.size === 0 ? entities.slice() : entities.filter((entity) => !dropped.has(entity))
}
