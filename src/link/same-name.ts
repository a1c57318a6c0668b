// One name, one referent per article: an unknown name the recogniser read as a person in one place and as a body,
// a place or a thing elsewhere (Krupp, Ikea, Montauk) is one entity, of the type most of its mentions have.
import type { EntityRecord, MentionRange } from '../analysis.js'
import type { EntityType } from '../types.js'
import { foldKey } from './names.js'

/** Between types with equally many mentions: a person needs more than the recogniser's label to be one. */
const TIE_ORDER: Readonly<Record<EntityType, number>> = { organization: 0, place: 1, other: 2, person: 3 }

function wins(a: EntityRecord, b: EntityRecord): boolean {
  if (a.mentions.length !== b.mentions.length) return a.mentions.length > b.mentions.length
  return TIE_ORDER[a.type] < TIE_ORDER[b.type]
}

/** The mentions of both, in text order, each span once. */
export function joinedMentions(a: readonly MentionRange[], b: readonly MentionRange[]): MentionRange[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || x.end - y.end)
  return all.filter((mention, i) => i === 0 || mention.start !== all[i - 1]!.start || mention.end !== all[i - 1]!.end)
}

/**
 * The entities with each name outside the knowledge base once: an unknown entity with the name (case-folded) of a
 * knowledge-base entity of the article joins it (Linux read as a person beside the operating system); unknown
 * entities of one name and different types are merged into the one that wins (more mentions, then TIE_ORDER). Order
 * otherwise kept.
 */
export function mergeSameNames(entities: readonly EntityRecord[], isKnownId: (id: string) => boolean): EntityRecord[] {
  const known = new Map<string, EntityRecord>()
  // Each entity's folded name and whether it is known, asked once: both loops read them.
  const keys = entities.map((entity) => foldKey(entity.name))
  const isKnown = entities.map((entity) => isKnownId(entity.id))
  for (let i = 0; i < entities.length; i++) if (isKnown[i] && !known.has(keys[i]!)) known.set(keys[i]!, entities[i]!)
  const byName = new Map<string, EntityRecord>()
  const dropped = new Set<EntityRecord>()
  for (let i = 0; i < entities.length; i++) {
    if (isKnown[i]) continue
    const entity = entities[i]!
    const key = keys[i]!
    const other = known.get(key) ?? byName.get(key)
    if (other === undefined) {
      byName.set(key, entity)
      continue
    }
    const [winner, loser] = known.has(key) || !wins(entity, other) ? [other, entity] : [entity, other]
    winner.mentions = joinedMentions(winner.mentions, loser.mentions)
    byName.set(key, winner)
    dropped.add(loser)
  }
  return dropped.size === 0 ? entities.slice() : entities.filter((entity) => !dropped.has(entity))
}
