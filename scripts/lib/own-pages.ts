// The expected names of the project's own scraped-style pages (the `NAME.json` sidecars of test/fixtures/pages and
// test/fixtures/pages-holdout) and how a page's tags are judged against them. An expected item is a name or a list of
// equally right names (["Deutscher Bundestag", "Bundestag"]); `also` holds names the article does name that a page's
// first list lacked, added when its tags were judged after a run: right tags, but not counted toward recall.
import { readFileSync } from 'node:fs'
import type { Entity } from '../../src/index.js'
import { slugify } from '../../src/lexicon/index.js'

export type Names = string | readonly string[]

export interface ExpectedNames {
  entities: Partial<Record<'person' | 'place' | 'organization', Names[]>>
  also?: Names[]
  forbidden: string[]
}

export interface JudgedNames {
  /** Expected names none of the tags answers to. */
  missing: Names[]
  /** People, places and organisations tagged that answer to no expected or `also` name. */
  wrong: Entity[]
  /** Debris-only names that were tagged. */
  leaked: string[]
  expected: number
  tagged: number
}

/** The sidecar of the page with id `id` (its path without the extension). */
export function readExpectedNames(id: string): ExpectedNames {
  return JSON.parse(readFileSync(id + '.json', 'utf8')) as ExpectedNames
}

/** An entity answers to a name when its canonical name, its id's slug or one of its mentions is that name. */
export function answersTo(entity: Entity, names: Names): boolean {
  return (typeof names === 'string' ? [names] : names).some((name) => {
    const lower = name.toLowerCase()
    return entity.name.toLowerCase() === lower || entity.id.endsWith(':' + slugify(name)) || entity.mentions.some((m) => m.text.toLowerCase() === lower)
  })
}

const TYPES = ['person', 'place', 'organization'] as const

/** A page's tags (all of them; `other` things are not judged) against its expected names. */
export function judgeNames(expected: ExpectedNames, tags: readonly Entity[]): JudgedNames {
  const entities = tags.filter((e) => e.type !== 'other')
  const names = TYPES.flatMap((type) => expected.entities[type] ?? [])
  const accepted = [...names, ...(expected.also ?? [])]
  return {
    missing: names.filter((name) => !entities.some((e) => answersTo(e, name))),
    wrong: entities.filter((e) => !accepted.some((name) => answersTo(e, name))),
    leaked: expected.forbidden.filter((name) => entities.some((e) => answersTo(e, name))),
    expected: names.length,
    tagged: entities.length,
  }
}
