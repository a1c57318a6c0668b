import type { SectionType } from '../types.js'

export interface SectionRange {
  type: SectionType
  start: number
  end: number
}

/** Section types whose text later stages tag. */
export const TAGGED_SECTIONS: ReadonlySet<SectionType> = new Set(['title', 'lead', 'body'])
