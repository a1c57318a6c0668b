// The related documents for one query: a direct ranking, or, with query expansion, the query's nearest neighbours
// first, then a ranking by the expanded query that chooses the documents, each shown with its own (direct)
// relatedness to the query, best first.
import { expandQuery } from './expand.js'
import { byRanking, drain, explain, prepare, rankSteps, type Need, type PreparedQuery, type Preference, type Query, type Ranked, type RelatedHit, type Scratch, type SearchStore } from './search.js'

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
  /** Which slots may be results and the time preference's factor per slot. */
  preference: Preference
  /** Results scoring below this are left out. */
  minScore: number
}

/** The ranked slots with their exact direct relatedness, shared tags and ranking (score × the time factor). */
function hits(store: SearchStore, prepared: PreparedQuery, ranked: Ranked[], scratch: Scratch, preference: Preference): RelatedHit[] {
  const explained = explain(store, prepared, ranked.map((hit) => hit.slot), scratch)
  const { factor } = preference
  return ranked.map((hit, i) => {
    const { score, shared } = explained[i]!
    return { id: hit.id, score, shared, ranking: factor === undefined ? score : score * factor(hit.slot) }
  })
}

export function findRelated(store: SearchStore, query: Query, options: FindOptions, scratch: Scratch): RelatedHit[] {
  return drain(findSteps(store, query, options, scratch))
}

/** findRelated as steps that say what they need next (see Need in search.ts), for a store that fetches it. */
export function* findSteps(store: SearchStore, query: Query, options: FindOptions, scratch: Scratch): Generator<Need, RelatedHit[], void> {
  const { limit, excluded, self, expand, preference, minScore } = options
  if (limit === 0) return []
  const direct = prepare(store, query)
  const kept = (hit: RelatedHit) => hit.score > 0 && hit.score >= minScore
  if (expand === 0) return hits(store, direct, yield* rankSteps(store, direct, limit, excluded, scratch, store.candidates, preference), scratch, preference).filter(kept)
  // Neighbours may be excluded or filtered ids: leaving a document out of the results should not change what the
  // query means. The time preference does choose them: a report of the same days lends the event's words.
  const neighbours = yield* rankSteps(store, direct, expand, self, scratch, Math.min(store.candidates, NEIGHBOUR_CANDIDATES), { factor: preference.factor })
  if (neighbours.length === 0) return []
  yield { kind: 'keys', slots: Int32Array.from(neighbours, (neighbour) => neighbour.slot) }
  const expanded = prepare(store, expandQuery(store, query, neighbours))
  const pool = yield* rankSteps(store, expanded, 2 * limit + EXTRA_POOL, excluded, scratch, store.candidates, preference)
  // The expanded query chooses the documents; each is then shown and ordered by its own relatedness to the query.
  return hits(store, direct, pool, scratch, preference).filter(kept).slice(0, limit).sort(byRanking)
}
