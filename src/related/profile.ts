// A tagged document reduced to what relatedness compares: weighted features in three channels (entities, topics,
// terms), keyed `<channel letter>:<id>` and sorted by key, so that two profiles can be merged in one pass.
import type { Doc } from '../doc/index.js'
import { DOC_BRAND } from '../shared/brand.js'
import { describe } from '../shared/describe.js'
import type { DocJSON, Entity, Term, Topic } from '../types.js'

export const CHANNELS = Object.freeze(['entity', 'topic', 'term'] as const)
export type ChannelName = (typeof CHANNELS)[number]
export const ENTITY = 0
export const TOPIC = 1
export const TERM = 2
const PREFIX = ['e:', 't:', 'w:'] as const

/** Features with more weight than zero, at most this many per document. */
export const MAX_FEATURES = 4096
/**
 * The largest weight the index stores: the largest 32-bit float. A heavier weight is clamped to it on add, because in
 * 32 bits it would become Infinity, which breaks the norms and which a saved index cannot hold (JSON writes null).
 */
export const MAX_WEIGHT = 3.4028234663852886e38

/** Why a saved weight cannot be stored as the index stores weights (a positive 32-bit float), or undefined if it can. */
export function weightProblem(weight: unknown): string | undefined {
  if (typeof weight !== 'number') return 'weight must be a number'
  if (!Number.isFinite(weight)) return 'weight must be finite'
  if (!(weight > 0)) return 'weight must be positive'
  if (weight > MAX_WEIGHT) return `weight must be at most ${MAX_WEIGHT} (the largest 32-bit float)`
  if (!(Math.fround(weight) > 0)) return 'weight must not be 0 as a 32-bit float'
  return undefined
}
// An entity found with no salience still says something about the article.
const MIN_SALIENCE = 0.01

export interface Profile {
  /** `e:place:berlin`, `t:topic:waldbrand`, `w:hilf`: unique, ascending. */
  keys: string[]
  /** Channel of each key: ENTITY, TOPIC or TERM. */
  channels: Uint8Array
  /** Weight of each key as a 32-bit float (what the index stores), > 0. */
  weights: Float32Array
  /** What people read for each key: entity name, topic label, the term as written; '' when the document gave none. */
  labels: string[]
}

/**
 * Of two labels of one tag, the one explanations show: a given one before none, the shorter (Haushalt before
 * Haushalts), then the smaller in code-unit order; so that the choice does not depend on the order of the documents.
 */
export function pickLabel(a: string, b: string): string {
  if (a === '' || b === '') return a === '' ? b : a
  if (a.length !== b.length) return a.length < b.length ? a : b
  return a < b ? a : b
}

export type Taggable = Doc | DocJSON

function keyOf(channel: number, id: string): string {
  return PREFIX[channel]! + id
}

/** The channel and the id of a feature key. */
export function splitKey(key: string): { channel: ChannelName; id: string } {
  const channel = key.charCodeAt(0) === 0x65 ? 'entity' : key.charCodeAt(0) === 0x74 ? 'topic' : 'term'
  return { channel, id: key.slice(2) }
}

export function channelOfKey(key: string): number {
  return channelOfCode(key.charCodeAt(0))
}

/** The channel of a key from its first character's code (as PostgreSQL's ascii(key) gives it). */
export function channelOfCode(code: number): number {
  return code === 0x65 ? ENTITY : code === 0x74 ? TOPIC : TERM
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/**
 * A Doc of this or the other module format (ESM and CommonJS each have their own Doc class, so it is told by its
 * brand, not by instanceof).
 */
function isDoc(value: unknown): value is Doc {
  return value !== null && typeof value === 'object' && (value as { [DOC_BRAND]?: unknown })[DOC_BRAND] === true
}

function collect(doc: Taggable): { entities: readonly Entity[]; topics: readonly Topic[]; terms: readonly Term[] } {
  if (isDoc(doc)) return { entities: doc.entities(), topics: doc.topics(), terms: doc.terms() }
  return { entities: doc.entities, topics: doc.topics, terms: doc.terms ?? [] }
}

/** Whether a value can be compared: a Doc, or an object with `entities` and `topics` arrays (terms optional). */
export function isTaggable(value: unknown): value is Taggable {
  if (isDoc(value)) return true
  if (value === null || typeof value !== 'object') return false
  const json = value as Partial<DocJSON>
  return Array.isArray(json.entities) && Array.isArray(json.topics) && (json.terms === undefined || Array.isArray(json.terms))
}

export function assertTaggable(value: unknown, name: string): asserts value is Taggable {
  if (!isTaggable(value)) throw new TypeError(`${name} must be a Doc or its toJSON() (with entities, topics and terms arrays), got ${describe(value)}`)
}

/**
 * Profile of a tagged document. Malformed entries (no id, no finite weight) and weights that are 0 as 32-bit floats
 * are skipped; weights above MAX_WEIGHT are clamped to it.
 */
export function profileOf(doc: Taggable): Profile {
  const { entities, topics, terms } = collect(doc)
  const weights = new Map<string, number>()
  const labels = new Map<string, string>()
  const put = (key: string, weight: number, label: unknown): void => {
    if (!(Math.fround(weight) > 0)) return
    weight = Math.min(weight, MAX_WEIGHT)
    const old = weights.get(key)
    if (old === undefined || weight > old) weights.set(key, weight)
    if (typeof label === 'string') labels.set(key, pickLabel(labels.get(key) ?? '', label))
  }
  const entityIds = new Set<string>()
  for (const entity of entities) {
    if (entity === null || typeof entity !== 'object' || typeof entity.id !== 'string' || entity.id === '') continue
    entityIds.add(entity.id)
    put(keyOf(ENTITY, entity.id), Math.max(isNumber(entity.salience) ? entity.salience : 0, MIN_SALIENCE), entity.name)
  }
  for (const topic of topics) {
    if (topic === null || typeof topic !== 'object' || typeof topic.id !== 'string' || topic.id === '') continue
    // A topic that stands for an entity of the article is already counted in the entity channel.
    if (topic.kind === 'entity' && entityIds.has(topic.id)) continue
    if (isNumber(topic.weight)) put(keyOf(TOPIC, topic.id), topic.weight, topic.label)
  }
  for (const term of terms) {
    if (!Array.isArray(term) || typeof term[0] !== 'string' || term[0] === '') continue
    if (isNumber(term[1])) put(keyOf(TERM, term[0]), term[1], term[2])
  }
  return fromWeights(weights, labels)
}

/** Profile from key → weight (and key → label), keeping the MAX_FEATURES heaviest. */
export function fromWeights(weights: Map<string, number>, labels?: ReadonlyMap<string, string>): Profile {
  let keys = [...weights.keys()]
  if (keys.length > MAX_FEATURES) {
    keys.sort((a, b) => weights.get(b)! - weights.get(a)! || (a < b ? -1 : 1))
    keys = keys.slice(0, MAX_FEATURES)
  }
  // The default sort compares UTF-16 code units, the same order as `<` on strings.
  keys.sort()
  const profile: Profile = { keys, channels: new Uint8Array(keys.length), weights: new Float32Array(keys.length), labels: new Array<string>(keys.length) }
  for (let i = 0; i < keys.length; i++) {
    profile.channels[i] = channelOfKey(keys[i]!)
    profile.weights[i] = weights.get(keys[i]!)!
    profile.labels[i] = labels?.get(keys[i]!) ?? ''
  }
  return profile
}
