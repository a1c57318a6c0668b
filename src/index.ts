export { createEngine, createTagger, preload, tag, tagTokens, Engine, type EngineOptions, type EntityDefinition, type Tagger, type TaggerOptions } from './engine/index.js'
export { tokenize } from './tokenize/index.js'
export { Doc, type DocJSONOptions } from './doc/index.js'
export {
  relatedness, RelatedIndex, DEFAULT_HALF_LIFE_DAYS, DEFAULT_WEIGHTS, IDF_FORMS, type AddOptions, type ChannelWeights, type DateInput, type IdfForm,
  type RelatednessOptions, type Relatedness, type RelatedHit, type RelatedIndexJSON, type RelatedIndexOptions, type RelatedOptions, type SharedTag, type Taggable,
} from './related/index.js'
export type {
  DocJSON, Entity, EntityType, Field, Mention, MentionKind, Section, SectionType, Sentence, Span, TagOptions, Token,
  Term, TokenKind, Topic, TopicKind,
} from './types.js'
