import type { SectionRange } from '../analysis.js'

export type { CoarseLabel as NerLabel } from '../analysis.js'

export interface LinkContext {
  view: string
  sections: readonly SectionRange[]
}
