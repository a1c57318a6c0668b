// Argument checks for the index: bad input is a TypeError that names the argument.
import { describe } from '../shared/describe.js'
import { toEpochMs, UNDATED, type DateInput } from './time.js'
import { DEFAULT_IDF, DEFAULT_WEIGHTS, IDF_FORMS, type ChannelWeights, type IdfForm } from './score.js'

export interface RelatedIndexOptions {
  /**
   * A tag carried by more documents than this is read only through its `postingCap` best-weighted postings, which
   * bounds the work a common tag ("Deutschland") adds to a query. Default 250; Infinity reads every posting.
   */
  postingCap?: number
  /** How many documents (by approximate score) are rescored exactly per query. Default 200; Infinity: all. */
  candidates?: number
  /**
   * Query expansion: how many of the query's nearest neighbours lend their tags to a second, expanded query that
   * chooses the results (each still scored by its own relatedness to the query). Default 3 (on the 10kGNAD tuning
   * half 3 to 6 are alike, 0 loses 0.045 precision@10 and 8 or more lose 0.01); 0 turns it off.
   */
  expand?: number
  /** Channel weights (entity, topic, term), non-negative, not all zero. Default DEFAULT_WEIGHTS. */
  weights?: Partial<ChannelWeights>
  /** How rarity weighs a shared tag (see IDF_FORMS in score.ts). Default 'bm25'. */
  idf?: IdfForm
  /**
   * How query expansion ranks the documents it chooses: by the cosine with the `shareable` part of each document's
   * norm (tags another document carries too; search.ts says why), or with the `full` norm. Default 'shareable'.
   */
  expansionNorm?: 'shareable' | 'full'
}

export interface AddOptions {
  /** When the article was published: a Date, an ISO 8601 string or epoch milliseconds. */
  publishedAt?: DateInput
}

export interface RelatedOptions {
  /** Most results to return. Default 10. */
  limit?: number
  /** Ids never to return. */
  exclude?: Iterable<string>
  /** Results whose relatedness `score` is below this are left out. Default 0. */
  minScore?: number
  /** Only ids for which this returns true are returned (it is called for candidates, not for every document). */
  filter?: (id: string) => boolean
  /**
   * The preference for articles published near the query: each result's relatedness times 2^(−Δdays / halfLifeDays)
   * orders the list (see RelatedHit.ranking). Default `{ halfLifeDays: DEFAULT_HALF_LIFE_DAYS }`; `false` orders by
   * relatedness alone. It applies only when the query has a time (an indexed id added with `publishedAt`, or
   * `options.publishedAt` for a document); an undated result then counts as one half-life away.
   */
  recency?: false | { halfLifeDays: number }
  /** Only articles published at or after this time (undated ones are left out when `from` or `to` is given). */
  from?: DateInput
  /** Only articles published at or before this time. */
  to?: DateInput
  /** The publication time of a query given as a document (an indexed id has its own). */
  publishedAt?: DateInput
}

/**
 * Half-life of the time preference in days: chosen by cross-validation over the events of the own same-event set
 * (README, "Related articles").
 */
export const DEFAULT_HALF_LIFE_DAYS = 3

export interface QueryOptions {
  limit: number
  exclude: string[]
  minScore: number
  filter: ((id: string) => boolean) | undefined
  /** Half-life in days, or 0 for no time preference. */
  halfLifeDays: number
  from: number
  to: number
  publishedAt: number
}

export interface ResolvedOptions {
  postingCap: number
  candidates: number
  expand: number
  weights: ChannelWeights
  idf: IdfForm
  expansionNorm: 'shareable' | 'full'
}

export const DEFAULT_POSTING_CAP = 250
export const DEFAULT_CANDIDATES = 200
export const DEFAULT_EXPAND = 3
const MAX_EXPAND = 100

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function positiveCount(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback
  if (value === Infinity) return value
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new TypeError(`${name} must be a positive integer or Infinity, got ${typeof value === 'number' ? value : describe(value)}`)
  }
  return value
}

function neighbourCount(value: unknown): number {
  if (value === undefined) return DEFAULT_EXPAND
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_EXPAND) {
    throw new TypeError(`RelatedIndex: options.expand must be an integer from 0 to ${MAX_EXPAND}, got ${typeof value === 'number' ? value : describe(value)}`)
  }
  return value
}

export function checkWeights(value: unknown, name: string): ChannelWeights {
  if (value === undefined) return { ...DEFAULT_WEIGHTS }
  if (!isPlainObject(value)) throw new TypeError(`${name} must be an object, got ${describe(value)}`)
  const weights = { ...DEFAULT_WEIGHTS }
  for (const channel of ['entity', 'topic', 'term'] as const) {
    const weight = value[channel]
    if (weight === undefined) continue
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new TypeError(`${name}.${channel} must be a non-negative number, got ${typeof weight === 'number' ? weight : describe(weight)}`)
    }
    weights[channel] = weight
  }
  if (weights.entity + weights.topic + weights.term === 0) throw new TypeError(`${name} must not all be 0`)
  return weights
}

export function checkOptions(options: unknown): ResolvedOptions {
  if (!isPlainObject(options)) throw new TypeError(`RelatedIndex: options must be an object, got ${describe(options)}`)
  return {
    postingCap: positiveCount(options.postingCap, DEFAULT_POSTING_CAP, 'RelatedIndex: options.postingCap'),
    candidates: positiveCount(options.candidates, DEFAULT_CANDIDATES, 'RelatedIndex: options.candidates'),
    expand: neighbourCount(options.expand),
    weights: checkWeights(options.weights, 'RelatedIndex: options.weights'),
    idf: oneOf(options.idf, DEFAULT_IDF, Object.keys(IDF_FORMS) as IdfForm[], 'RelatedIndex: options.idf'),
    expansionNorm: oneOf(options.expansionNorm, 'shareable', ['shareable', 'full'] as const, 'RelatedIndex: options.expansionNorm'),
  }
}

function oneOf<T extends string>(value: unknown, fallback: T, allowed: readonly T[], name: string): T {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw new TypeError(`${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${typeof value === 'string' ? JSON.stringify(value) : describe(value)}`)
  return value as T
}

export function checkQueryOptions(options: unknown, where: string): QueryOptions {
  if (!isPlainObject(options)) throw new TypeError(`${where}: options must be an object, got ${describe(options)}`)
  const limit = options.limit ?? 10
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) {
    throw new TypeError(`${where}: options.limit must be a non-negative integer, got ${typeof limit === 'number' ? limit : describe(limit)}`)
  }
  const minScore = options.minScore ?? 0
  if (typeof minScore !== 'number' || !Number.isFinite(minScore)) {
    throw new TypeError(`${where}: options.minScore must be a finite number, got ${typeof minScore === 'number' ? minScore : describe(minScore)}`)
  }
  const filter = options.filter
  if (filter !== undefined && typeof filter !== 'function') throw new TypeError(`${where}: options.filter must be a function, got ${describe(filter)}`)
  const from = toEpochMs(options.from, `${where}: options.from`)
  const to = toEpochMs(options.to, `${where}: options.to`)
  if (!Number.isNaN(from) && !Number.isNaN(to) && from > to) throw new RangeError(`${where}: options.from must not be after options.to`)
  return {
    limit,
    exclude: checkExclude(options.exclude, where),
    minScore,
    filter: filter as QueryOptions['filter'],
    halfLifeDays: checkRecency(options.recency, where),
    from,
    to,
    publishedAt: toEpochMs(options.publishedAt, `${where}: options.publishedAt`),
  }
}

function checkRecency(value: unknown, where: string): number {
  if (value === undefined) return DEFAULT_HALF_LIFE_DAYS
  if (value === false) return 0
  const days = isPlainObject(value) ? value.halfLifeDays : undefined
  if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) {
    throw new TypeError(`${where}: options.recency must be false or { halfLifeDays: a positive number }, got ${describe(value)}`)
  }
  return days
}

function checkExclude(value: unknown, where: string): string[] {
  const exclude: string[] = []
  if (value === undefined) return exclude
  const iterable = value as { [Symbol.iterator]?: unknown }
  if (typeof iterable !== 'object' || iterable === null || typeof iterable[Symbol.iterator] !== 'function') {
    throw new TypeError(`${where}: options.exclude must be an iterable of ids, got ${describe(value)}`)
  }
  for (const id of iterable as Iterable<unknown>) {
    if (typeof id !== 'string') throw new TypeError(`${where}: options.exclude must hold string ids, got ${describe(id)}`)
    exclude.push(id)
  }
  return exclude
}

export function checkAddOptions(options: unknown, where: string): { publishedAt: number } {
  if (options === undefined) return { publishedAt: UNDATED }
  if (!isPlainObject(options)) throw new TypeError(`${where}: options must be an object, got ${describe(options)}`)
  return { publishedAt: toEpochMs(options.publishedAt, `${where}: options.publishedAt`) }
}
