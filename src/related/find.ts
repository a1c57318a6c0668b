// The related documents for one query: a direct ranking, or, with query expansion, the query's nearest neighbours
// first, then a ranking by the expanded query that chooses the documents, each shown with its own (direct)
// relatedness to the query, best first.
import { expandQuery } from './expand.js'
import { explain, prepare, rank, type PreparedQuery, type Query, type Ranked, type RelatedHit, type Scratch, type SearchStore } from './search.js'

// The expanded query ranks this many more than 2 × limit documents to choose from (some share nothing directly).
const EXTRA_POOL = 10
// The few nearest neighbours need fewer candidates rescored than a full result list.
const NEIGHBOUR_CANDIDATES = 50

export interface FindOptions {
  limit: number
  /** Slots never returned. */
  excluded: ReadonlySet<number>
  /** The query's own slot, if it is indexed: never its own neighbour. */
  self: ReadonlySet<number>
  /** Neighbours lending their tags to the expanded query; 0 ranks directly. */
  expand: number
}

function hits(store: SearchStore, prepared: PreparedQuery, ranked: Ranked[], scratch: Scratch): RelatedHit[] {
  const explained = explain(store, prepared, ranked.map((hit) => hit.slot), scratch)
  return ranked.map((hit, i) => ({ id: hit.id, ...explained[i]! }))
}

export function findRelated(store: SearchStore, query: Query, options: FindOptions, scratch: Scratch): RelatedHit[] {
  const { limit, excluded, self, expand } = options
  if (limit === 0) return []
  const direct = prepare(store, query)
  if (expand === 0) return hits(store, direct, rank(store, direct, limit, excluded, scratch), scratch)
  // Neighbours may be excluded ids: excluding a document from the results should not change what the query means.
  const neighbours = rank(store, direct, expand, self, scratch, Math.min(store.candidates, NEIGHBOUR_CANDIDATES))
  if (neighbours.length === 0) return []
  const expanded = prepare(store, expandQuery(store, query, neighbours))
  const pool = rank(store, expanded, 2 * limit + EXTRA_POOL, excluded, scratch)
  const chosen = hits(store, direct, pool, scratch).filter((hit) => hit.score > 0).slice(0, limit)
  return chosen.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
