// Id prefixes: entities `<prefix>:<slug>` by type (person:olaf-scholz, org:kreml), keyphrase topics `topic:<slug>`.
import type { EntityType } from '../types.js'

export const ID_PREFIX: Readonly<Record<EntityType, string>> = Object.freeze({ person: 'person', place: 'place', organization: 'org', other: 'other' })
export const TOPIC_PREFIX = 'topic'
