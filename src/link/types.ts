import type { SectionRange } from '../sections/index.js'

export type { CoarseLabel as NerLabel, MentionInput } from '../recognize/mentions.js'

export interface LinkContext {
  view: string
  sections: readonly SectionRange[]
}
