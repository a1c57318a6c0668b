// A span of text names at most one entity. Hyphenated compounds give several pieces the same span (Robert-Bosch-
// Stiftung: Robert, Bosch), and propagation may add a mention inside another entity's: where mentions of different
// entities overlap, one wins — a knowledge-base entry over an unknown name, then the longer mention, then a name over
// a derived word or part, then the entity id — and the other mention is dropped, with its entity when it has none left.
import type { EntityRecord, MentionRange } from '../analysis.js'

interface Placed {
  entity: EntityRecord
  mention: MentionRange
  known: boolean
}

function wins(a: Placed, b: Placed): boolean {
  if (a.known !== b.known) return a.known
  const length = a.mention.end - a.mention.start - (b.mention.end - b.mention.start)
  if (length !== 0) return length > 0
  if ((a.mention.kind === 'name') !== (b.mention.kind === 'name')) return a.mention.kind === 'name'
  return a.entity.id < b.entity.id
}

/**
 * Entities whose mentions of different entities do not overlap (see the module comment). Sorting and one sweep:
 * the mentions kept so far never overlap across entities, so a new mention can only meet the last run of one entity.
 */
export function resolveOverlaps(entities: readonly EntityRecord[], isKnown: (id: string) => boolean): EntityRecord[] {
  const placed: Placed[] = []
  for (const entity of entities) {
    const known = isKnown(entity.id)
    for (const mention of entity.mentions) placed.push({ entity, mention, known })
  }
  placed.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end || (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0))
  const dropped = new Set<MentionRange>()
  /** The kept mentions of one entity that overlap one another, the last ones kept; their representative is `best`. */
  let run: Placed[] = []
  let best: Placed | undefined
  let reach = -1
  for (const current of placed) {
    if (best === undefined || current.mention.start >= reach) {
      run = [current]
      best = current
      reach = current.mention.end
    } else if (current.entity === best.entity) {
      run.push(current)
      if (wins(current, best)) best = current
      reach = Math.max(reach, current.mention.end)
    } else if (wins(current, best)) {
      for (const loser of run) dropped.add(loser.mention)
      run = [current]
      best = current
      reach = current.mention.end
    } else {
      dropped.add(current.mention)
    }
  }
  if (dropped.size === 0) return entities.slice()
  const kept: EntityRecord[] = []
  for (const entity of entities) {
    const mentions = entity.mentions.filter((mention) => !dropped.has(mention))
    if (mentions.length === 0) continue
    entity.mentions = mentions
    kept.push(entity)
  }
  return kept
}
