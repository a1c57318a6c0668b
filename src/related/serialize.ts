// The saved form of a RelatedIndex: plain JSON, tags interned once, documents in index order (which keeps every
// tie-break of a loaded index the same as the saved one's).
import { describe } from '../shared/describe.js'
import type { ResolvedOptions } from './options.js'

export const INDEX_FORMAT = 'schlagwort-related-index/2'
/** The format before publication times; still read. */
const FORMAT_1 = 'schlagwort-related-index/1'

export interface RelatedIndexJSON {
  format: typeof INDEX_FORMAT
  options: ResolvedOptions
  /** Feature keys: `e:<entity id>`, `t:<topic id>`, `w:<term>`. */
  tags: string[]
  /** The label of each tag that explanations show ('' none). */
  labels: string[]
  /** [id, indices into tags, weights, publication time in epoch ms or null]. */
  docs: Array<[id: string, tags: number[], weights: number[], publishedAt: number | null]>
}

/** One live document as the index saves it. */
export interface SavedDoc {
  id: string
  /** Tag key → weight, keys in order. */
  weights: Map<string, number>
  /** Tag key → label. */
  labels: Map<string, string>
  /** Epoch ms, NaN when unknown. */
  publishedAt: number
}

/** Saved form of the live documents, tags interned in first use. */
export function buildIndexJSON(options: RelatedIndexJSON['options'], docs: Iterable<SavedDoc>): RelatedIndexJSON {
  const tagIndex = new Map<string, number>()
  const tags: string[] = []
  const tagLabels: string[] = []
  const saved: RelatedIndexJSON['docs'] = []
  for (const { id, weights, labels, publishedAt } of docs) {
    const refs: number[] = []
    const values: number[] = []
    for (const [key, weight] of weights) {
      let ref = tagIndex.get(key)
      if (ref === undefined) {
        ref = tags.length
        tagIndex.set(key, ref)
        tags.push(key)
        tagLabels.push(labels.get(key) ?? '')
      }
      refs.push(ref)
      values.push(weight)
    }
    saved.push([id, refs, values, Number.isNaN(publishedAt) ? null : publishedAt])
  }
  const { postingCap, candidates, expand, weights, idf, expansionNorm } = options
  return { format: INDEX_FORMAT, options: { postingCap, candidates, expand, weights: { ...weights }, idf, expansionNorm }, tags, labels: tagLabels, docs: saved }
}

function bad(what: string, value: unknown): never {
  throw new TypeError(`RelatedIndex.fromJSON: ${what}, got ${describe(value)}`)
}

/**
 * Checks the shape of a saved index (a TypeError naming the first bad part). Infinity options come back from null;
 * documents of the first format (no publication times, no labels) come back undated and unlabelled.
 */
export function parseIndexJSON(json: unknown): RelatedIndexJSON {
  if (json === null || typeof json !== 'object') bad('json must be an object', json)
  const value = json as Partial<RelatedIndexJSON>
  if (value.format !== INDEX_FORMAT && (value.format as unknown) !== FORMAT_1) bad(`json.format must be "${INDEX_FORMAT}" (or "${FORMAT_1}")`, value.format)
  if (value.options === null || typeof value.options !== 'object') bad('json.options must be an object', value.options)
  if (!Array.isArray(value.tags) || !value.tags.every((tag) => typeof tag === 'string')) bad('json.tags must be an array of strings', value.tags)
  if (!Array.isArray(value.docs)) bad('json.docs must be an array', value.docs)
  const tagCount = value.tags.length
  if (value.labels !== undefined && !(Array.isArray(value.labels) && value.labels.length === tagCount && value.labels.every((label) => typeof label === 'string'))) {
    bad('json.labels must be an array of strings, one per tag', value.labels)
  }
  for (const doc of value.docs) {
    const ok = Array.isArray(doc) && typeof doc[0] === 'string' && Array.isArray(doc[1]) && Array.isArray(doc[2]) && doc[1].length === doc[2].length &&
      doc[1].every((ref) => Number.isInteger(ref) && ref >= 0 && ref < tagCount) && doc[2].every((weight) => typeof weight === 'number' && weight > 0) &&
      (doc[3] === undefined || doc[3] === null || Number.isFinite(doc[3]))
    if (!ok) bad('json.docs entries must be [id, tag indices, positive weights, epoch ms or null]', doc)
  }
  const options = value.options
  // JSON.stringify writes Infinity as null.
  const count = (n: unknown): unknown => (n === null ? Infinity : n)
  const docs = value.docs.map(([id, refs, weights, publishedAt]) => [id, refs, weights, publishedAt ?? null])
  const labels = value.labels ?? value.tags.map(() => '')
  return { ...value, format: INDEX_FORMAT, labels, docs, options: { ...options, postingCap: count(options.postingCap) as number, candidates: count(options.candidates) as number } } as RelatedIndexJSON
}
