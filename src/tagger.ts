// createTagger: a tag function over the bundled knowledge base plus the caller's own entries.
import { Doc } from './doc/doc.js'
import { analyze } from './doc/pipeline.js'
import { resourcesWith } from './doc/resources.js'
import { expandForms, type KbEntry } from './lexicon/index.js'
import { checkTagArguments } from './tag.js'
import { describe } from './tokenize/index.js'
import type { EntityType, TagOptions } from './types.js'

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

export interface TaggerOptions {
  entities?: EntityDefinition[]
}

export type Tagger = (text: string, options?: TagOptions) => Doc

const TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'other']

function fail(field: string, problem: string, value: unknown): never {
  throw new TypeError(`createTagger: ${field} ${problem}, got ${describe(value)}${typeof value === 'string' ? ` "${value}"` : ''}`)
}

function nonEmptyString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(field, 'must be a non-empty string', value)
  return value
}

function stringList(value: unknown, field: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) fail(field, 'must be an array of strings', value)
  return value.map((item, i) => nonEmptyString(item, `${field}[${i}]`))
}

function toEntry(definition: unknown, i: number): KbEntry {
  const at = `entities[${i}]`
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) fail(at, 'must be an object', definition)
  const { id, type, name, aliases, forms } = definition as Record<string, unknown>
  if (!TYPES.includes(type as EntityType)) fail(`${at}.type`, `must be one of ${TYPES.join(', ')}`, type)
  return {
    id: nonEmptyString(id, `${at}.id`),
    type: type as EntityType,
    name: nonEmptyString(name, `${at}.name`),
    aliases: stringList(aliases, `${at}.aliases`),
    forms: expandForms(stringList(forms, `${at}.forms`)),
    info: {},
  }
}

/**
 * A tagger with the same API as `tag` that also knows `options.entities`: they are found wherever their name or an
 * alias stands in the text, and replace bundled entries of the same id. Bad entries throw a TypeError naming the field.
 */
export function createTagger(options: TaggerOptions = {}): Tagger {
  if (options === null || typeof options !== 'object') fail('options', 'must be an object', options)
  const definitions = options.entities ?? []
  if (!Array.isArray(definitions)) fail('options.entities', 'must be an array', definitions)
  const entries = definitions.map(toEntry)
  const seen = new Set<string>()
  entries.forEach((entry, i) => {
    if (seen.has(entry.id)) fail(`entities[${i}].id`, 'must be unique', entry.id)
    seen.add(entry.id)
  })
  const resources = resourcesWith(entries)
  return (text: string, tagOptions: TagOptions = {}) => {
    checkTagArguments(text, tagOptions)
    return new Doc(analyze(text, tagOptions, resources))
  }
}
