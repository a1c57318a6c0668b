// A person named by one word that is the first word of exactly one person's full name in the same article is that
// person: a first name in a feature or an interview (André after André Loibl, Natalie after Natalie Reinegger), or a
// surname written first (Ban after Ban Ki Moon, Guo after Guo Jianmei).
import type { EntityRecord, MentionRange } from '../analysis.js'

/** Lower case without accents, so that Jerome finds Jérôme Boateng. */
export function nameKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** A full name's first word. */
function firstWord(name: string): string {
  const space = name.indexOf(' ')
  return space < 0 ? '' : name.slice(0, space)
}

/**
 * The entities with every unknown one-word person that opens the name of exactly one other person of the article
 * joined into that person (its mentions inside that person's own are dropped). `isKnownId`: the knowledge base has
 * the entity, which then stays as it is. Order otherwise kept.
 */
export function withFirstNamesJoined(entities: readonly EntityRecord[], isKnownId: (id: string) => boolean): EntityRecord[] {
  // Full names by their first word; null where two people share it (Gianni Aron, Gianni Snacks: no one to join).
  const byFirst = new Map<string, EntityRecord | null>()
  for (const entity of entities) {
    const first = firstWord(entity.name)
    if (entity.type !== 'person' || first === '') continue
    const key = nameKey(first)
    byFirst.set(key, byFirst.has(key) ? null : entity)
  }
  if (byFirst.size === 0) return entities.slice()
  const dropped = new Set<EntityRecord>()
  for (const entity of entities) {
    if (entity.type !== 'person' || entity.name.includes(' ') || isKnownId(entity.id)) continue
    const full = byFirst.get(nameKey(entity.name))
    if (full === undefined || full === null) continue
    full.mentions = withMentions(full.mentions, entity.mentions)
    dropped.add(entity)
  }
  return dropped.size === 0 ? entities.slice() : entities.filter((entity) => !dropped.has(entity))
}

/** `own` and the `added` mentions that lie inside none of `own`, in text order. One pass over both, sorted. */
export function withMentions(own: readonly MentionRange[], added: readonly MentionRange[]): MentionRange[] {
  const byStart = (a: MentionRange, b: MentionRange) => a.start - b.start || a.end - b.end
  const sortedOwn = own.slice().sort(byStart)
  const all: MentionRange[] = sortedOwn.slice()
  // reach: the furthest end of the own mentions that start at or before the added one.
  let reach = -1
  let j = 0
  for (const mention of added.slice().sort(byStart)) {
    while (j < sortedOwn.length && sortedOwn[j]!.start <= mention.start) reach = Math.max(reach, sortedOwn[j++]!.end)
    if (reach < mention.end) all.push(mention)
  }
  return all.sort(byStart)
}
