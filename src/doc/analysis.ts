import type { SectionRange } from '../sections/index.js'
import type { TokenTable } from '../tokenize/index.js'
import type { EntityType, MentionKind, Term, Topic } from '../types.js'

/** A mention as the pipeline keeps it: offsets into the analysed source (title + text). */
export interface MentionRange {
  start: number
  end: number
  kind: MentionKind
}

export interface EntityRecord {
  id: string
  name: string
  type: EntityType
  salience: number
  mentions: MentionRange[]
}

/**
 * Everything the pipeline learned about one document. When a title is given apart, `source` is
 * title + "\n\n" + text and `textOffset` is where the text starts in it; otherwise source === text.
 */
export interface Analysis {
  source: string
  text: string
  title: string | undefined
  textOffset: number
  view: string
  tokens: TokenTable
  /** Token index where each sentence starts. */
  sentenceStarts: Int32Array
  sections: SectionRange[]
  entities: EntityRecord[]
  topics: Topic[]
  terms: Term[]
}
