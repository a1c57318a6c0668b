// Everything the pipeline learns about one document, field by field. Each stage reads some fields and fills others
// (src/engine/pipeline.ts lists which); the shapes here are the only thing stages share, so no stage imports another
// stage's types. Offsets are UTF-16 indices into `source` (the caller's text, or title + "\n\n" + text).
import type { EntityType, MentionKind, SectionType, Term, TokenKind, Topic } from './types.js'

/** Token kind codes as stored in TokenTable.kinds; the index into TOKEN_KIND_NAMES. */
export const KIND = Object.freeze({ word: 0, number: 1, punct: 2, url: 3, email: 4, mention: 5, hashtag: 6, emoji: 7, symbol: 8 } as const)
export const TOKEN_KIND_NAMES: readonly TokenKind[] = Object.freeze(['word', 'number', 'punct', 'url', 'email', 'mention', 'hashtag', 'emoji', 'symbol'])

/** All tokens of one text as parallel arrays (wink-nlp style: no object per token). */
export interface TokenTable {
  count: number
  starts: Int32Array
  ends: Int32Array
  kinds: Uint8Array
}

export interface SectionRange {
  type: SectionType
  start: number
  end: number
}

/** Section types whose text makes tags. */
export const TAGGED_SECTIONS: ReadonlySet<SectionType> = new Set(['title', 'lead', 'body'])

/**
 * Section types whose mentions count for an entity: the tagged ones plus photo captions, which describe the article's
 * own picture. An entity still needs a mention in a tagged section to be a tag.
 */
export const MENTION_SECTIONS: ReadonlySet<SectionType> = new Set(['title', 'lead', 'body', 'caption'])

/** How much a word in each tagged section says about the article: headline over lead over body. */
export const SECTION_WEIGHT: Readonly<Partial<Record<SectionType, number>>> = Object.freeze({ title: 3, lead: 2, body: 1 })

export type CoarseLabel = 'PER' | 'LOC' | 'ORG' | 'OTH'

/** A mention as recognition hands it to linking. */
export interface MentionInput {
  start: number
  end: number
  label: CoarseLabel
  kind: MentionKind
  /** Set when a dictionary (knowledge base or the caller's entry) found the mention: it links to this entry id. */
  entryId?: string
}

/** A mention of a linked entity. */
/** A stretch of the view: [start, end) in UTF-16 offsets. */
export interface TextSpan {
  start: number
  end: number
}

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

export interface Analysis {
  /** Given: the text analysed, title + "\n\n" + text when a title is given apart, else the text. */
  source: string
  /** Given: the caller's text and title. */
  text: string
  title: string | undefined
  /** Given: where `text` starts in `source`; the length of title's part before it is textOffset - 2. */
  textOffset: number
  /** normalize: a same-length view of source (spaces, controls, markup neutralised). */
  view: string
  /** tokenize: every token. */
  tokens: TokenTable
  /** tokenize: the engine's lexeme id of every token. */
  lexemes: Int32Array
  /** sections: title, lead, body, captions, page debris, in text order. */
  sections: SectionRange[]
  /** sections: the sections whose words may mention entities (MENTION_SECTIONS). */
  mentionSections: SectionRange[]
  /** sections: the token where each sentence starts; a sentence never spans two sections. */
  sentenceStarts: Int32Array
  /** sections: the agency of a dateline ("Kassel (dpa) - …"): a byline inside the text, never a tag. */
  agencySpans: TextSpan[]
  /** sections: the places of datelines ("Wien – …", "Berlin (dpa) - …"): where the article was filed, not its theme. */
  datelinePlaces: TextSpan[]
  /** recognize: names found by the recogniser and the dictionaries, in text order. */
  mentions: MentionInput[]
  /** link: entities by salience, with their mentions. */
  entities: EntityRecord[]
  /** topics: the article's tags by weight. */
  topics: Topic[]
  /** terms: the compact weighted term vector. */
  terms: Term[]
}

export type AnalysisField = keyof Analysis

/** The fields known before any stage runs. */
export const GIVEN_FIELDS: readonly AnalysisField[] = Object.freeze(['source', 'text', 'title', 'textOffset'])

const TITLE_SEPARATOR = '\n\n'
const NO_TOKENS: TokenTable = Object.freeze({ count: 0, starts: new Int32Array(0), ends: new Int32Array(0), kinds: new Uint8Array(0) })

/** An analysis of `text` (and a title given apart) with only the given fields filled. */
export function newAnalysis(text: string, title: string | undefined): Analysis {
  const titled = title !== undefined && title !== ''
  const source = titled ? title + TITLE_SEPARATOR + text : text
  return {
    source, text, title: titled ? title : undefined, textOffset: source.length - text.length,
    view: '', tokens: NO_TOKENS, lexemes: new Int32Array(0), sections: [], mentionSections: [], sentenceStarts: new Int32Array(0),
    agencySpans: [], datelinePlaces: [], mentions: [], entities: [], topics: [], terms: [],
  }
}
