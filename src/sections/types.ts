import type { SectionType } from '../types.js'

export interface SectionRange {
  type: SectionType
  start: number
  end: number
}

/** Section types whose text later stages tag. */
export const TAGGED_SECTIONS: ReadonlySet<SectionType> = new Set(['title', 'lead', 'body'])

/**
 * Section types whose mentions count for an entity: the tagged ones plus photo captions, which describe the article's
 * own picture. An entity still needs a mention in a tagged section to be a tag.
 */
export const MENTION_SECTIONS: ReadonlySet<SectionType> = new Set(['title', 'lead', 'body', 'caption'])

/** How much a word in each tagged section says about the article: headline over lead over body. */
export const SECTION_WEIGHT: Readonly<Partial<Record<SectionType, number>>> = { title: 3, lead: 2, body: 1 }
