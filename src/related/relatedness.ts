import { assertTaggable, profileOf, type Taggable } from './profile.js'
import { RelatedIndex } from './related-index.js'
import { checkWeights } from './options.js'
import { compareProfiles, lambdaRoots, type ChannelWeights, type Relatedness } from './score.js'
import { describe } from '../shared/describe.js'

export interface RelatednessOptions {
  /** A collection whose document frequencies make rare shared tags count more (and common ones less). */
  index?: RelatedIndex
  /** Channel weights; default: the index's, else DEFAULT_WEIGHTS. */
  weights?: Partial<ChannelWeights>
}

/**
 * How related two tagged documents are (each a Doc or its toJSON()): score in [0, 1], symmetric, 1 for identical
 * tags, 0 when nothing is shared; `shared` lists the contributing tags, largest contribution first.
 */
export function relatedness(a: Taggable, b: Taggable, options: RelatednessOptions = {}): Relatedness {
  assertTaggable(a, 'relatedness: a')
  assertTaggable(b, 'relatedness: b')
  if (options === null || typeof options !== 'object') throw new TypeError(`relatedness: options must be an object, got ${describe(options)}`)
  const { index } = options
  if (index !== undefined && !(index instanceof RelatedIndex)) {
    throw new TypeError(`relatedness: options.index must be a RelatedIndex, got ${describe(index)}`)
  }
  const weights = checkWeights(options.weights ?? index?.channelWeights, 'relatedness: options.weights')
  const idf = index === undefined ? () => 1 : (key: string) => index.idf(index.frequency(key))
  const label = index === undefined ? () => '' : (key: string) => index.label(key)
  return compareProfiles(profileOf(a), profileOf(b), lambdaRoots(weights), idf, label)
}
