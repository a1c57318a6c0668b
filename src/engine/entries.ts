// The caller's own knowledge-base entries (createEngine({ entities })), checked: a bad entry is a TypeError that
// names the field.
import { expandForms, type KbEntry } from '../lexicon/index.js'
import { describe } from '../shared/describe.js'
import type { EntityType } from '../types.js'

export interface EntityDefinition {
  /** Stable id; an id of the bundled knowledge base replaces that entry (e.g. `person:olaf-scholz`). */
  id: string
  type: EntityType
  /** Canonical name. */
  name: string
  aliases?: string[]
  /** Derived words; `stem~` stands for all adjective inflections (`russisch~`). */
  forms?: string[]
}

const TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'other']

/** Fails with a TypeError from `caller` (createEngine, createTagger) naming the field. */
export function fail(caller: string, field: string, problem: string, value: unknown): never {
  throw new TypeError(`${caller}: ${field} ${problem}, got ${describe(value)}${typeof value === 'string' ? ` "${value}"` : ''}`)
}

function nonEmptyString(caller: string, value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(caller, field, 'must be a non-empty string', value)
  return value
}

function stringList(caller: string, value: unknown, field: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) fail(caller, field, 'must be an array of strings', value)
  return value.map((item, i) => nonEmptyString(caller, item, `${field}[${i}]`))
}

function toEntry(caller: string, definition: unknown, i: number): KbEntry {
  const at = `entities[${i}]`
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) fail(caller, at, 'must be an object', definition)
  const { id, type, name, aliases, forms } = definition as Record<string, unknown>
  if (!TYPES.includes(type as EntityType)) fail(caller, `${at}.type`, `must be one of ${TYPES.join(', ')}`, type)
  return {
    id: nonEmptyString(caller, id, `${at}.id`),
    type: type as EntityType,
    name: nonEmptyString(caller, name, `${at}.name`),
    aliases: stringList(caller, aliases, `${at}.aliases`),
    forms: expandForms(stringList(caller, forms, `${at}.forms`)),
    info: {},
  }
}

/** The checked entries of `definitions` (an array of EntityDefinition), ids unique. */
export function ownEntries(caller: string, definitions: unknown): readonly KbEntry[] {
  if (definitions === undefined) return []
  if (!Array.isArray(definitions)) fail(caller, 'options.entities', 'must be an array', definitions)
  const entries = definitions.map((definition, i) => toEntry(caller, definition, i))
  const seen = new Set<string>()
  entries.forEach((entry, i) => {
    if (seen.has(entry.id)) fail(caller, `entities[${i}].id`, 'must be unique', entry.id)
    seen.add(entry.id)
  })
  return Object.freeze(entries)
}
