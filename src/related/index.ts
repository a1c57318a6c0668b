// Related articles: relatedness of two tagged documents and the RelatedIndex that finds the most related ones. Both
// read tagged documents (a Doc of either module format, or its toJSON()), never the pipeline.
export { relatedness, type RelatednessOptions } from './relatedness.js'
export { RelatedIndex, type AddOptions, type DateInput, type RelatedHit, type RelatedIndexJSON, type RelatedIndexOptions, type RelatedOptions } from './related-index.js'
export { DEFAULT_HALF_LIFE_DAYS } from './options.js'
export { DEFAULT_WEIGHTS, IDF_FORMS, type ChannelWeights, type IdfForm, type Relatedness, type SharedTag } from './score.js'
export { isTaggable, type Taggable } from './profile.js'
export { checkOptions } from './options.js'
export { isSerializedIndex, MAGIC_BYTES } from './binary.js'
