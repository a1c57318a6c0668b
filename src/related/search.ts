// One query against the index, in two stages. Candidates: walk the postings of the query's tags (common tags only
// through their bounded best postings) and add up an approximate score per document. Rescoring: the best
// `candidates` of them get their exact relatedness from their stored tags.
//
// When the index chooses documents for a query-expansion run (store.shareable), the rescoring that ranks them
// leaves out of each candidate's norm the tags that no other document carries (document frequency 1, not in the
// query): they can be shared with no query at all and only shrink the candidate's cosine with every one, so that
// articles with many unique names and words would rank low for everybody (10kGNAD tuning half: precision@10
// 0.5556 → 0.5727, scripts/tune/related.ts). Scores shown are always exact relatedness (see explain()).
import { BestSlots } from './best.js'
import type { ForwardStore } from './forward.js'
import { ensureLength } from '../shared/grow.js'
import { CHUNK_BITS, CHUNK_MASK } from './pool.js'
import type { Postings } from './postings.js'
import { pickLabel, splitKey } from './profile.js'
import { featureValue, finish, roundScore, type IdfWeight, type Relatedness, type SharedTag } from './score.js'
import type { TagTable } from './tags.js'

const WEIGHT_SCALE = 65535
const HEADER = 2

/**
 * What a query reads of the postings: the index's Postings, or the lists a database-backed store fetched for one
 * query (src/postgres), laid out the same way.
 */
export type PostingLists = Pick<Postings, 'cap' | 'head' | 'length' | 'top'> & { pool: { ints: readonly Int32Array[]; values: readonly Uint16Array[] } }

/** What a query reads of the interned tags: the index's TagTable, or a database-backed store's tags by their ids there. */
export type TagView = Pick<TagTable, 'keys' | 'labels' | 'channels' | 'df' | 'idOf' | 'count'>

export interface SearchStore {
  tags: TagView
  postings: PostingLists
  forward: Pick<ForwardStore, 'entries'>
  alive: Uint8Array
  /** Id by slot; length: the number of slots (a store that fetches documents may hold few of them). */
  ids: ArrayLike<string>
  live: number
  /** √ channel weight, per channel. */
  roots: Float64Array
  idf: IdfWeight
  candidates: number
  /** Rank by the cosine with the shareable part of each candidate's norm (see the module comment), not the exact one. */
  shareable: boolean
}

/** A query: its tags in key order (-1 for tags no indexed document has) with weights. */
export interface Query {
  tags: Int32Array
  keys: string[]
  channels: Uint8Array
  weights: Float32Array
  /** The query document's own labels ('' none). */
  labels: string[]
}

export interface RelatedHit extends Relatedness {
  id: string
  /**
   * What the list is ordered by: `score` times the time preference (RelatedOptions.recency); equal to `score` when
   * no time preference applies.
   */
  ranking: number
}

/** Which documents a ranking may return, and how much each counts beyond its score (the time preference). */
export interface Preference {
  admit?: (slot: number) => boolean
  factor?: (slot: number) => number
}

/** Reusable per-index buffers, so that a query allocates little. */
export class Scratch {
  /** Approximate scores by slot: float32 halves the memory a query's scattered writes touch. */
  scores = new Float32Array(0)
  touched = new Int32Array(0)
  /** Query tag id → the query's feature value (0 when the tag is not in the query). */
  queryValues = new Float64Array(0)
  /** One document's feature values while it is rescored. */
  values = new Float64Array(0)
  /** Query tag id → the query's own label of it, while a query is explained. */
  queryLabels: string[] = []
}

/** 16-bit posting weight: the feature's share of its channel's plain L2 norm. */
export function postingWeight(weight: number, channelNorm: number): number {
  return Math.max(1, Math.round((weight / channelNorm) * WEIGHT_SCALE))
}

/** A query with its idf and feature values computed against the index's current document frequencies. */
export interface PreparedQuery {
  query: Query
  idf: Float64Array
  values: Float64Array
  norm: number
}

export interface Ranked {
  slot: number
  id: string
  score: number
  /** score × the preference's factor. */
  ranking: number
}

/** Approximate scores (in scratch.scores) of the documents sharing a tag with the query; returns how many (scratch.touched). */
function gather(store: SearchStore, prepared: PreparedQuery, scratch: Scratch): number {
  const { query, idf, values, norm } = prepared
  const { postings, tags, alive, roots } = store
  scratch.scores = ensureLength(scratch.scores, store.ids.length)
  const scores = scratch.scores
  const allAlive = store.live === store.ids.length
  let touched = scratch.touched
  let count = 0
  for (let i = 0; i < query.tags.length; i++) {
    const tag = query.tags[i]!
    if (tag < 0 || values[i] === 0) continue
    // The posting weight stands for weight / plain channel norm; × √λ × idf makes it the document's feature value.
    const factor = (values[i]! * roots[query.channels[i]!]! * idf[i]!) / norm / WEIGHT_SCALE
    if (tags.df[tag]! > postings.cap) {
      const top = postings.top(tag, alive)
      touched = ensureLength(touched, count + top.size)
      for (let k = 0; k < top.size; k++) {
        const slot = top.slots[k]!
        if (scores[slot] === 0) touched[count++] = slot
        scores[slot]! += factor * top.weights[k]!
      }
      continue
    }
    touched = ensureLength(touched, count + postings.length[tag]!)
    let block = postings.head[tag]!
    let remaining = postings.length[tag]!
    while (remaining > 0) {
      const ints = postings.pool.ints[block >>> CHUNK_BITS]!
      const weights = postings.pool.values[block >>> CHUNK_BITS]!
      const base = block & CHUNK_MASK
      const n = Math.min(ints[base + 1]!, remaining)
      // Without removed documents every posting is live: one scattered read fewer per posting.
      if (allAlive) {
        for (let k = base + HEADER; k < base + HEADER + n; k++) {
          const slot = ints[k]!
          if (scores[slot] === 0) touched[count++] = slot
          scores[slot]! += factor * weights[k]!
        }
      } else {
        for (let k = base + HEADER; k < base + HEADER + n; k++) {
          const slot = ints[k]!
          if (alive[slot] !== 1) continue
          if (scores[slot] === 0) touched[count++] = slot
          scores[slot]! += factor * weights[k]!
        }
      }
      remaining -= n
      block = ints[base]!
    }
  }
  scratch.touched = touched
  return count
}

/**
 * Exact relatedness of the prepared query (its values set in scratch.queryValues) with an indexed document; with
 * `shareable`, the document's norm counts only tags that another document (or the query) carries as well.
 */
function rescore(store: SearchStore, slot: number, queryNorm: number, scratch: Scratch, withShared: boolean, shareable = false): Relatedness {
  const { tags: table, roots, live } = store
  const { tags, weights, start, end } = store.forward.entries(slot)
  const plain = new Float64Array(3)
  for (let k = start; k < end; k++) plain[table.channels[tags[k]!]!]! += weights[k]! * weights[k]!
  for (let c = 0; c < 3; c++) plain[c] = Math.sqrt(plain[c]!)
  scratch.values = ensureLength(scratch.values, end - start)
  const values = scratch.values
  let squares = 0
  for (let k = start; k < end; k++) {
    const tag = tags[k]!
    const c = table.channels[tag]!
    const value = featureValue(roots[c]!, weights[k]!, plain[c]!, store.idf(table.df[tag]!, live))
    values[k - start] = value
    if (!shareable || table.df[tag]! > 1 || scratch.queryValues[tag] !== 0) squares += value * value
  }
  let score = 0
  const shared: SharedTag[] = []
  if (squares === 0 || queryNorm === 0) return { score, shared }
  const denominator = queryNorm * Math.sqrt(squares)
  const queryValues = scratch.queryValues
  for (let k = start; k < end; k++) {
    const queryValue = queryValues[tags[k]!]!
    if (queryValue === 0) continue
    const contribution = (queryValue * values[k - start]!) / denominator
    if (!(contribution > 0)) continue
    score += contribution
    if (withShared) {
      const tag = tags[k]!
      const { channel, id } = splitKey(table.keys[tag]!)
      const label = pickLabel(scratch.queryLabels[tag] ?? '', table.labels[tag]!)
      shared.push({ kind: channel, id, label: label === '' ? id : label, contribution })
    }
  }
  return withShared ? finish(score, shared) : { score: roundScore(score), shared }
}

export function prepare(store: SearchStore, query: Query): PreparedQuery {
  const { tags: table, live, roots } = store
  const n = query.tags.length
  const idf = new Float64Array(n)
  const plain = new Float64Array(3)
  for (let i = 0; i < n; i++) plain[query.channels[i]!]! += query.weights[i]! * query.weights[i]!
  for (let c = 0; c < 3; c++) plain[c] = Math.sqrt(plain[c]!)
  const values = new Float64Array(n)
  let squares = 0
  for (let i = 0; i < n; i++) {
    const tag = query.tags[i]!
    const c = query.channels[i]!
    idf[i] = store.idf(tag < 0 ? 0 : table.df[tag]!, live)
    values[i] = featureValue(roots[c]!, query.weights[i]!, plain[c]!, idf[i]!)
    squares += values[i]! * values[i]!
  }
  return { query, idf, values, norm: Math.sqrt(squares) }
}

/** Runs `work` with the prepared query's feature values spread over scratch.queryValues (by tag id). */
function withQueryValues<T>(store: SearchStore, prepared: PreparedQuery, scratch: Scratch, work: () => T): T {
  scratch.queryValues = ensureLength(scratch.queryValues, store.tags.count)
  const { tags, labels } = prepared.query
  for (let i = 0; i < tags.length; i++) {
    if (tags[i]! < 0) continue
    scratch.queryValues[tags[i]!] = prepared.values[i]!
    scratch.queryLabels[tags[i]!] = labels[i] ?? ''
  }
  try {
    return work()
  } finally {
    for (let i = 0; i < tags.length; i++) {
      if (tags[i]! < 0) continue
      scratch.queryValues[tags[i]!] = 0
      scratch.queryLabels[tags[i]!] = ''
    }
  }
}

/**
 * What a ranking needs before its next stage: the postings of the query's tags (before the candidates are gathered),
 * then the stored tags of the chosen candidates (before they are rescored), and, before a query is expanded, the keys
 * of its neighbours' tags (rescoring needs only their document frequencies and channels). The in-memory index holds
 * everything and ignores these; a store in a database (src/postgres) fetches them into its SearchStore and resumes.
 */
export type Need = { kind: 'postings'; tags: Int32Array } | { kind: 'forward'; slots: Int32Array } | { kind: 'keys'; slots: Int32Array }

/** Runs ranking steps whose needs are all met already (the in-memory index). */
export function drain<T>(steps: Generator<Need, T, void>): T {
  for (;;) {
    const step = steps.next()
    if (step.done === true) return step.value
  }
}

/**
 * The `limit` indexed documents most related to the query with their exact scores, best first, ties by id; when
 * store.shareable, the ones that rank best by the shareable cosine, with that score (the caller re-scores them).
 */
export function* rankSteps(store: SearchStore, prepared: PreparedQuery, limit: number, excluded: ReadonlySet<number>, scratch: Scratch, candidates = store.candidates, preference: Preference = {}): Generator<Need, Ranked[], void> {
  if (limit === 0 || store.live === 0 || prepared.norm === 0) return []
  yield { kind: 'postings', tags: prepared.query.tags }
  const count = gather(store, prepared, scratch)
  const best = new BestSlots(Math.min(Math.max(candidates, limit), Math.max(1, count)))
  const { scores, touched } = scratch
  // Excluded documents are marked in place: a Set lookup per touched document would cost more than the walk.
  for (const slot of excluded) if (scores[slot]! > 0) scores[slot] = -1
  const { admit, factor } = preference
  for (let k = 0; k < count; k++) {
    const slot = touched[k]!
    const score = scores[slot]!
    scores[slot] = 0
    // Candidates are chosen by content alone; the time factor orders the rescored ones (below), so that a query
    // costs about the same with it. A score below the kept ones needs no call of the caller's filter.
    if (score <= 0 || score < best.floor || (admit !== undefined && !admit(slot))) continue
    best.offer(slot, score)
  }
  const chosen = best.slots()
  yield { kind: 'forward', slots: chosen }
  const ranked: Ranked[] = []
  withQueryValues(store, prepared, scratch, () => {
    for (const slot of chosen) {
      const { score } = rescore(store, slot, prepared.norm, scratch, false, store.shareable)
      if (score > 0) ranked.push({ slot, id: store.ids[slot]!, score, ranking: factor === undefined ? score : score * factor(slot) })
    }
  })
  ranked.sort(byRanking)
  return ranked.slice(0, limit)
}

/** Best ranking first, then best score, then id. */
export function byRanking(a: { id: string; score: number; ranking: number }, b: { id: string; score: number; ranking: number }): number {
  return b.ranking - a.ranking || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** Exact relatedness of the query with each of `slots`, shared tags included. */
export function explain(store: SearchStore, prepared: PreparedQuery, slots: readonly number[], scratch: Scratch): Relatedness[] {
  if (prepared.norm === 0) return slots.map(() => ({ score: 0, shared: [] }))
  return withQueryValues(store, prepared, scratch, () => slots.map((slot) => rescore(store, slot, prepared.norm, scratch, true)))
}
