// The saved form of a RelatedIndex: plain JSON, tags interned once, documents in index order (which keeps every
// tie-break of a loaded index the same as the saved one's).
import { describe } from '../shared/describe.js'
import type { ResolvedOptions } from './options.js'

export const INDEX_FORMAT = 'schlagwort-related-index/1'

export interface RelatedIndexJSON {
  format: typeof INDEX_FORMAT
  options: ResolvedOptions
  /** Feature keys: `e:<entity id>`, `t:<topic id>`, `w:<term>`. */
  tags: string[]
  /** [id, indices into tags, weights]. */
  docs: Array<[id: string, tags: number[], weights: number[]]>
}

/** Saved form of the live documents (each: id and tag key → weight, keys in order), tags interned in first use. */
export function buildIndexJSON(options: RelatedIndexJSON['options'], docs: Iterable<[string, Map<string, number>]>): RelatedIndexJSON {
  const tagIndex = new Map<string, number>()
  const tags: string[] = []
  const saved: RelatedIndexJSON['docs'] = []
  for (const [id, weights] of docs) {
    const refs: number[] = []
    const values: number[] = []
    for (const [key, weight] of weights) {
      let ref = tagIndex.get(key)
      if (ref === undefined) {
        ref = tags.length
        tagIndex.set(key, ref)
        tags.push(key)
      }
      refs.push(ref)
      values.push(weight)
    }
    saved.push([id, refs, values])
  }
  const { postingCap, candidates, expand, weights, idf, expansionNorm } = options
  return { format: INDEX_FORMAT, options: { postingCap, candidates, expand, weights: { ...weights }, idf, expansionNorm }, tags, docs: saved }
}

function bad(what: string, value: unknown): never {
  throw new TypeError(`RelatedIndex.fromJSON: ${what}, got ${describe(value)}`)
}

/** Checks the shape of a saved index (a TypeError naming the first bad part). Infinity options come back from null. */
export function parseIndexJSON(json: unknown): RelatedIndexJSON {
  if (json === null || typeof json !== 'object') bad('json must be an object', json)
  const value = json as Partial<RelatedIndexJSON>
  if (value.format !== INDEX_FORMAT) bad(`json.format must be "${INDEX_FORMAT}"`, value.format)
  if (value.options === null || typeof value.options !== 'object') bad('json.options must be an object', value.options)
  if (!Array.isArray(value.tags) || !value.tags.every((tag) => typeof tag === 'string')) bad('json.tags must be an array of strings', value.tags)
  if (!Array.isArray(value.docs)) bad('json.docs must be an array', value.docs)
  const tagCount = value.tags.length
  for (const doc of value.docs) {
    const ok = Array.isArray(doc) && typeof doc[0] === 'string' && Array.isArray(doc[1]) && Array.isArray(doc[2]) && doc[1].length === doc[2].length &&
      doc[1].every((ref) => Number.isInteger(ref) && ref >= 0 && ref < tagCount) && doc[2].every((weight) => typeof weight === 'number' && weight > 0)
    if (!ok) bad('json.docs entries must be [id, tag indices, positive weights]', doc)
  }
  const options = value.options
  // JSON.stringify writes Infinity as null.
  const count = (n: unknown): unknown => (n === null ? Infinity : n)
  return { ...value, options: { ...options, postingCap: count(options.postingCap) as number, candidates: count(options.candidates) as number } } as RelatedIndexJSON
}
