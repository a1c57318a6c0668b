export { tag } from './tag.js'
export { tokenize } from './tokenize/index.js'
export { Doc, type DocJSONOptions } from './doc/doc.js'
export type {
  DocJSON, Entity, EntityType, Field, Mention, MentionKind, Section, SectionType, Sentence, Span, TagOptions, Token,
  Term, TokenKind, Topic, TopicKind,
} from './types.js'
