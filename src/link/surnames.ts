// A surname alone that the recogniser read as a place, a body or a thing (Strasser after Christoph Strasser,
// Firtaschs after Dmytro Firtasch) is that person when exactly one person of the article has it as the last word of
// a full name: German names a person by the surname once introduced, and a genitive adds an s.
import type { EntityRecord } from '../analysis.js'
import { joinIntoFullNames, nameKey } from './join-names.js'

/** The shortest surname joined so: shorter ones are often an acronym's or a word's look-alike. */
const MIN_SURNAME = 3

/** A full name's last word, or '' when it is shorter than MIN_SURNAME. */
function surnameOf(name: string): string {
  const last = name.slice(name.lastIndexOf(' ') + 1)
  return last.length < MIN_SURNAME ? '' : last
}

/**
 * The entities with every unknown one-word place, body or thing that is, as written or without a genitive s, the
 * surname of exactly one person of the article joined into that person. `isKnownId`: the knowledge base has the
 * entity, which then stays (Tesla beside Nikola Tesla, Bosch beside Hieronymus Bosch).
 */
export function withSurnamesJoined(entities: readonly EntityRecord[], isKnownId: (id: string) => boolean): EntityRecord[] {
  const keysOf = (entity: EntityRecord) => {
    if (entity.type === 'person' || entity.name.includes(' ') || isKnownId(entity.id)) return []
    const key = nameKey(entity.name)
    return key.endsWith('s') ? [key, key.slice(0, -1)] : [key]
  }
  return joinIntoFullNames(entities, surnameOf, keysOf)
}
