// The saved form of a RelatedIndex: plain JSON, tags interned once, documents in index order (which keeps every
// tie-break of a loaded index the same as the saved one's).
import { describe } from '../shared/describe.js'
import { checkOptions, type ResolvedOptions } from './options.js'
import { MAX_FEATURES, weightProblem } from './profile.js'

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
  /** [id, indices into tags, weights (positive 32-bit floats), publication time in epoch ms or null]. */
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
  throw new TypeError(`RelatedIndex.fromJSON: ${what}, got ${typeof value === 'number' ? value : typeof value === 'string' ? JSON.stringify(value) : describe(value)}`)
}

/** The saved options checked as the constructor checks them, errors naming json.options. Infinity comes back from null. */
export function parseSavedOptions(options: unknown, where: string): ResolvedOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`${where}.options must be an object, got ${describe(options)}`)
  const { postingCap, candidates } = options as Record<string, unknown>
  // JSON.stringify writes Infinity as null.
  const count = (n: unknown): unknown => (n === null ? Infinity : n)
  try {
    return checkOptions({ ...options, postingCap: count(postingCap), candidates: count(candidates) })
  } catch (error) {
    if (!(error instanceof TypeError)) throw error
    throw new TypeError(error.message.replace(/^RelatedIndex: options/, `${where}.options`))
  }
}

/** Why a feature key cannot be a saved tag, or undefined when it can: `e:`, `t:` or `w:` and an id. */
export function tagKeyProblem(key: unknown): string | undefined {
  if (typeof key !== 'string') return 'must be a string'
  if (key.length < 3 || key.charCodeAt(1) !== 0x3a || !'etw'.includes(key[0]!)) return 'must be "e:", "t:" or "w:" and an id'
  return undefined
}

/**
 * Checks a saved index entry by entry: a TypeError naming the first bad entry (`json.docs[17].tags[3]: weight must
 * be finite`); duplicate ids and tags are refused. Documents of the first format (no publication times, no labels)
 * come back undated and unlabelled.
 */
export function parseIndexJSON(json: unknown): RelatedIndexJSON {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) bad('json must be an object', json)
  const value = json as Partial<RelatedIndexJSON>
  if (value.format !== INDEX_FORMAT && (value.format as unknown) !== FORMAT_1) bad(`json.format must be "${INDEX_FORMAT}" (or "${FORMAT_1}")`, value.format)
  const options = parseSavedOptions(value.options, 'RelatedIndex.fromJSON: json')
  const tags = value.tags
  if (!Array.isArray(tags)) bad('json.tags must be an array', tags)
  const positions = new Map<string, number>()
  tags.forEach((key: unknown, i) => {
    const problem = tagKeyProblem(key)
    if (problem !== undefined) bad(`json.tags[${i}] ${problem}`, key)
    const first = positions.get(key as string)
    if (first !== undefined) bad(`json.tags[${i}] repeats json.tags[${first}]`, key)
    positions.set(key as string, i)
  })
  const labels = value.labels ?? tags.map(() => '')
  if (!Array.isArray(labels) || labels.length !== tags.length) bad('json.labels must be an array with one label per tag', labels)
  labels.forEach((label: unknown, i) => typeof label === 'string' || bad(`json.labels[${i}] must be a string`, label))
  if (!Array.isArray(value.docs)) bad('json.docs must be an array', value.docs)
  return { format: INDEX_FORMAT, options, tags, labels, docs: parseDocs(value.docs, tags.length) }
}

function parseDocs(docs: unknown[], tagCount: number): RelatedIndexJSON['docs'] {
  const ids = new Map<string, number>()
  // The document that last used each tag: finds a tag repeated within one document without a set per document.
  const lastUse = new Int32Array(tagCount).fill(-1)
  return docs.map((doc, d) => {
    const at = `json.docs[${d}]`
    if (!Array.isArray(doc) || doc.length < 3 || doc.length > 4) bad(`${at} must be [id, tag indices, weights, epoch ms or null]`, doc)
    const [id, refs, weights, publishedAt] = doc as unknown[]
    if (typeof id !== 'string') bad(`${at}[0]: id must be a string`, id)
    const first = ids.get(id)
    if (first !== undefined) bad(`${at}: id ${JSON.stringify(id)} repeats json.docs[${first}]`, id)
    ids.set(id, d)
    if (!Array.isArray(refs) || !Array.isArray(weights) || refs.length !== weights.length) bad(`${at}: tag indices and weights must be arrays of one length`, doc)
    if (refs.length > MAX_FEATURES) bad(`${at}: at most ${MAX_FEATURES} tags per document`, refs.length)
    for (let k = 0; k < refs.length; k++) {
      const ref: unknown = refs[k]
      if (typeof ref !== 'number' || !Number.isInteger(ref) || ref < 0 || ref >= tagCount) bad(`${at}.tags[${k}]: tag index must be an integer from 0 to ${tagCount - 1}`, ref)
      if (lastUse[ref] === d) bad(`${at}.tags[${k}]: tag index ${ref} repeats in the document`, ref)
      lastUse[ref] = d
      const problem = weightProblem(weights[k])
      if (problem !== undefined) bad(`${at}.tags[${k}]: ${problem}`, weights[k])
    }
    if (publishedAt !== undefined && publishedAt !== null && !Number.isFinite(publishedAt)) bad(`${at}[3]: publication time must be finite epoch ms or null`, publishedAt)
    return [id, refs as number[], weights as number[], (publishedAt as number | null | undefined) ?? null]
  })
}
