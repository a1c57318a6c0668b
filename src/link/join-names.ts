// Joining a one-word entity into the one person of the article whose full name has that word in a given place (the
// first word: a first name alone; the last: a surname alone). Shared by first-names.ts and surnames.ts.
import type { EntityRecord, MentionRange } from '../analysis.js'

/** Lower case without accents, so that Jerome finds Jérôme Boateng. */
export function nameKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * The entities with every entity that `keysOf` gives keys for joined into the one person whose full name's `wordOf`
 * word (nameKey) is the first of those keys that names someone; a word two people share names no one (Gianni Aron,
 * Gianni Snacks; Serena and Venus Williams). The joined entity's mentions inside the person's own are dropped. Order
 * otherwise kept.
 */
export function joinIntoFullNames(entities: readonly EntityRecord[], wordOf: (fullName: string) => string, keysOf: (entity: EntityRecord) => readonly string[]): EntityRecord[] {
  const byWord = new Map<string, EntityRecord | null>()
  for (const entity of entities) {
    const word = entity.type === 'person' && entity.name.includes(' ') ? wordOf(entity.name) : ''
    if (word === '') continue
    const key = nameKey(word)
    byWord.set(key, byWord.has(key) ? null : entity)
  }
  if (byWord.size === 0) return entities.slice()
  const dropped = new Set<EntityRecord>()
  for (const entity of entities) {
    let full: EntityRecord | null | undefined
    for (const key of keysOf(entity)) if ((full = byWord.get(key))) break
    if (!full) continue
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
