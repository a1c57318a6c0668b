export { tag } from './tag.js'
export { createTagger, type EntityDefinition, type Tagger, type TaggerOptions } from './tagger.js'
export { tagTokens } from './recognize/index.js'
export { tokenize } from './tokenize/index.js'
export { Doc, type DocJSONOptions } from './doc/doc.js'
export {
  relatedness, RelatedIndex, DEFAULT_WEIGHTS, type ChannelWeights, type RelatednessOptions, type Relatedness, type RelatedHit,
  type RelatedIndexJSON, type RelatedIndexOptions, type RelatedOptions, type SharedTag, type Taggable,
} from './relate/index.js'
export type {
  DocJSON, Entity, EntityType, Field, Mention, MentionKind, Section, SectionType, Sentence, Span, TagOptions, Token,
  Term, TokenKind, Topic, TopicKind,
} from './types.js'
