// A person named by one word that is the first word of exactly one person's full name in the same article is that
// person: a first name in a feature or an interview (André after André Loibl, Natalie after Natalie Reinegger), or a
// surname written first (Ban after Ban Ki Moon, Guo after Guo Jianmei).
import type { EntityRecord } from '../analysis.js'
import { joinIntoFullNames, nameKey } from './join-names.js'

/** A full name's first word. */
function firstWord(name: string): string {
  return name.slice(0, name.indexOf(' '))
}

/**
 * The entities with every unknown one-word person that opens the name of exactly one other person of the article
 * joined into that person. `isKnownId`: the knowledge base has the entity, which then stays as it is.
 */
export function withFirstNamesJoined(entities: readonly EntityRecord[], isKnownId: (id: string) => boolean): EntityRecord[] {
  const keysOf = (entity: EntityRecord) => (entity.type !== 'person' || entity.name.includes(' ') || isKnownId(entity.id) ? [] : [nameKey(entity.name)])
  return joinIntoFullNames(entities, firstWord, keysOf)
}
