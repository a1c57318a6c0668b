import type { SectionRange } from '../sections/index.js'
import type { MentionKind } from '../types.js'

export type NerLabel = 'PER' | 'LOC' | 'ORG' | 'OTH'

/** A mention as recognition hands it to linking: offsets into the analysed source. */
export interface MentionInput {
  start: number
  end: number
  label: NerLabel
  kind: MentionKind
  /** Set when a dictionary (knowledge base or user entry) found the mention: it links to this entry id. */
  entryId?: string
}

export interface LinkContext {
  view: string
  sections: readonly SectionRange[]
}
