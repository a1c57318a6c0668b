// Query expansion from the nearest neighbours (pseudo-relevance feedback, Rocchio style): the query's own tags plus
// those of its best few related documents, each document's weights taken relative to its channel norms and the
// neighbours weighted by their share of the neighbours' scores. Articles on one topic rarely put the same words into
// their compact term vectors; their neighbours bridge the gap (10kGNAD tuning half, precision@10: 0.537 without
// expansion, 0.580 with three neighbours).
import { channelOfKey } from './profile.js'
import type { Query, Ranked, SearchStore } from './search.js'

/** Weight of all neighbours together relative to the query. */
const NEIGHBOURS_WEIGHT = 1
// A tag the query lacks joins only when at least this many neighbours carry it: what they agree on is the topic,
// what one of them adds is mostly its own story (and every added tag costs a posting walk).
const MIN_NEIGHBOURS = 2

function plainNorms(channels: Uint8Array | ((k: number) => number), weights: ArrayLike<number>, start: number, end: number): Float64Array {
  const squares = new Float64Array(3)
  for (let k = start; k < end; k++) {
    const c = typeof channels === 'function' ? channels(k) : channels[k]!
    squares[c]! += weights[k]! * weights[k]!
  }
  return squares.map(Math.sqrt)
}

export function expandQuery(store: SearchStore, query: Query, neighbours: readonly Ranked[]): Query {
  const weights = new Map<string, number>()
  const ownNorms = plainNorms(query.channels, query.weights, 0, query.keys.length)
  for (let i = 0; i < query.keys.length; i++) weights.set(query.keys[i]!, query.weights[i]! / ownNorms[query.channels[i]!]!)
  const total = neighbours.reduce((sum, hit) => sum + hit.score, 0)
  const seen = new Map<string, number>()
  for (const neighbour of neighbours) {
    const share = (NEIGHBOURS_WEIGHT * neighbour.score) / total
    const { tags, weights: values, start, end } = store.forward.entries(neighbour.slot)
    const norms = plainNorms((k) => store.tags.channels[tags[k]!]!, values, start, end)
    for (let k = start; k < end; k++) {
      const key = store.tags.keys[tags[k]!]!
      seen.set(key, (seen.get(key) ?? 0) + 1)
      weights.set(key, (weights.get(key) ?? 0) + (share * values[k]!) / norms[store.tags.channels[tags[k]!]!]!)
    }
  }
  const own = new Set(query.keys)
  const keys = [...weights.keys()].filter((key) => own.has(key) || seen.get(key)! >= MIN_NEIGHBOURS).sort()
  // The expanded query only chooses documents; explanations come from the direct query, so it needs no labels.
  const expanded: Query = { tags: new Int32Array(keys.length), keys, channels: new Uint8Array(keys.length), weights: new Float32Array(keys.length), labels: keys.map(() => '') }
  for (let i = 0; i < keys.length; i++) {
    expanded.tags[i] = store.tags.idOf(keys[i]!)
    expanded.channels[i] = channelOfKey(keys[i]!)
    expanded.weights[i] = weights.get(keys[i]!)!
  }
  return expanded
}
