// How two profiles compare: one cosine over all their features. A feature's value is
//   √λ(channel) × weight / (plain L2 norm of the document's weights in that channel) × idf(tag),
// so the channel weights λ set how much of a document's mass its entities, topics and terms carry before rarity,
// and a common tag ("Deutschland") carries little of it however alone it is in its channel. Summation runs in key
// order and every caller computes a value with featureValue(), so that every path gives the same bits.
import { CHANNELS, pickLabel, splitKey, type ChannelName, type Profile } from './profile.js'

export interface ChannelWeights {
  entity: number
  topic: number
  term: number
}

/**
 * Terms carry most of the mass. Chosen on the 10kGNAD tuning half only (same section = related; the sweep in
 * scripts/tune/related.ts): section agreement barely moves for entity + topic weights up to about 0.1 and drops beyond
 * (0.2/0.2/0.6: precision@10 0.548 against 0.582), so they get the most it allows: 0.05 each. Section agreement cannot
 * see what entities are for: they tell two stories of one section apart, and a shared rare entity counts through its idf.
 */
export const DEFAULT_WEIGHTS: Readonly<ChannelWeights> = Object.freeze({ entity: 0.05, topic: 0.05, term: 0.9 })

export interface SharedTag {
  kind: ChannelName
  id: string
  /** What people read: the entity's name, the topic's label, the term as written (Haushalt, 2024); else the id. */
  label: string
  contribution: number
}

export interface Relatedness {
  /** In [0, 1]: 0 nothing shared, 1 identical tags. */
  score: number
  /** The tags both documents have, largest contribution first; contributions add up to the score. */
  shared: SharedTag[]
}

const ROUND = 1e6

export function roundScore(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * ROUND) / ROUND))
}

/**
 * How much a shared tag carried by `df` of `n` documents counts (before salience and channel weights), one form per
 * entry; scripts/tune/related.ts compares them on the 10kGNAD tuning half. The squared log is what a plain tf-idf
 * cosine gives; BM25's (Robertson–Spärck Jones) form, in use, falls to about 0 for a tag nearly every document
 * carries, where ln(1 + N/df) keeps ln 2 (tuning half: precision@10 0.5762 against 0.5727; squared 0.5671, none 0.5221).
 */
export const IDF_FORMS = Object.freeze({
  'ln(1+N/df)': (df: number, n: number) => Math.log(1 + n / df),
  bm25: (df: number, n: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5)),
  'ln(1+N/df)^2': (df: number, n: number) => Math.log(1 + n / df) ** 2,
  none: () => 1,
})
export type IdfForm = keyof typeof IDF_FORMS

export const DEFAULT_IDF: IdfForm = 'bm25'

/** Rarity weight of a tag carried by `df` of `docs` documents. */
export type IdfWeight = (df: number, docs: number) => number

/**
 * The rarity weight of an idf form: √ of the form on both sides of the cosine, so a shared tag counts that form.
 * (An empty collection counts as one document.)
 */
export function idfWeight(form: IdfForm): IdfWeight {
  const idf = IDF_FORMS[form]
  return (df, docs) => {
    const d = Math.max(df, 1)
    return Math.sqrt(idf(d, Math.max(docs, d)))
  }
}

/** √λ per channel. */
export function lambdaRoots(weights: ChannelWeights): Float64Array {
  return Float64Array.from(CHANNELS.map((channel) => Math.sqrt(weights[channel])))
}

export function featureValue(lambdaRoot: number, weight: number, channelNorm: number, idf: number): number {
  return lambdaRoot * (weight / channelNorm) * idf
}

/** Plain L2 norm of the weights per channel. */
export function plainNorms(profile: Profile): Float64Array {
  const squares = new Float64Array(3)
  for (let i = 0; i < profile.keys.length; i++) squares[profile.channels[i]!]! += profile.weights[i]! * profile.weights[i]!
  return squares.map(Math.sqrt)
}

/** Feature values of a profile (see the module comment) and their L2 norm. */
export function featureValues(profile: Profile, roots: Float64Array, idf: (key: string) => number): { values: Float64Array; norm: number } {
  const norms = plainNorms(profile)
  const values = new Float64Array(profile.keys.length)
  let squares = 0
  for (let i = 0; i < values.length; i++) {
    const c = profile.channels[i]!
    values[i] = featureValue(roots[c]!, profile.weights[i]!, norms[c]!, idf(profile.keys[i]!))
    squares += values[i]! * values[i]!
  }
  return { values, norm: Math.sqrt(squares) }
}

/**
 * Relatedness of two profiles; `idf(key)` gives each tag's rarity (1 everywhere without a collection), `label(key)` a
 * collection's label of a tag ('' none), picked with the two documents' own.
 */
export function compareProfiles(a: Profile, b: Profile, roots: Float64Array, idf: (key: string) => number, label: (key: string) => string = () => ''): Relatedness {
  const va = featureValues(a, roots, idf)
  const vb = featureValues(b, roots, idf)
  const shared: SharedTag[] = []
  let score = 0
  if (va.norm === 0 || vb.norm === 0) return { score, shared }
  const denominator = va.norm * vb.norm
  let i = 0
  let j = 0
  while (i < a.keys.length && j < b.keys.length) {
    const keyA = a.keys[i]!
    const keyB = b.keys[j]!
    if (keyA < keyB) i++
    else if (keyA > keyB) j++
    else {
      const contribution = (va.values[i]! * vb.values[j]!) / denominator
      if (contribution > 0) {
        score += contribution
        const { channel, id } = splitKey(keyA)
        const picked = pickLabel(pickLabel(a.labels[i]!, b.labels[j]!), label(keyA))
        shared.push({ kind: channel, id, label: picked === '' ? id : picked, contribution })
      }
      i++
      j++
    }
  }
  return finish(score, shared)
}

/** Rounds score and contributions and orders the shared tags (largest first, then channel, then id). */
export function finish(score: number, shared: SharedTag[]): Relatedness {
  const rounded = shared
    .map((tag) => ({ ...tag, contribution: roundScore(tag.contribution) }))
    .filter((tag) => tag.contribution > 0)
  rounded.sort((x, y) => y.contribution - x.contribution || CHANNELS.indexOf(x.kind) - CHANNELS.indexOf(y.kind) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
  return { score: roundScore(score), shared: rounded }
}
