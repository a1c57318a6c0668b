// An article's tags by weight: its salient entities and its thematic keyphrases.
import type { EntityRecord } from '../analysis.js'
import { TOPIC_PREFIX } from '../shared/ids.js'
import type { Topic } from '../types.js'
import type { Keyphrase } from './keyphrases.js'

/** Entities below this salience are mentioned, not what the article is about. */
const MIN_ENTITY_SALIENCE = 0.15
const MAX_ENTITIES = 10
const MAX_KEYPHRASES = 10
/** The best keyphrase weighs a little less than the most salient entity: names are the surer tags. */
const KEYPHRASE_SCALE = 0.8

/** `slug` makes the ids of keyphrases. */
export function rankTopics(entities: readonly EntityRecord[], keyphrases: readonly Keyphrase[], slug: (label: string) => string): Topic[] {
  const topics: Topic[] = []
  for (const entity of entities.slice(0, MAX_ENTITIES)) {
    if (entity.salience >= MIN_ENTITY_SALIENCE) topics.push({ id: entity.id, label: entity.name, kind: 'entity', weight: entity.salience })
  }
  const top = keyphrases[0]?.weight ?? 0
  const seen = new Set(topics.map((topic) => topic.label.toLowerCase()))
  for (const keyphrase of keyphrases.slice(0, MAX_KEYPHRASES)) {
    if (seen.has(keyphrase.label.toLowerCase())) continue
    const weight = Math.round((keyphrase.weight / top) * KEYPHRASE_SCALE * 1000) / 1000
    topics.push({ id: `${TOPIC_PREFIX}:${slug(keyphrase.label)}`, label: keyphrase.label, kind: 'keyphrase', weight })
  }
  return topics.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
