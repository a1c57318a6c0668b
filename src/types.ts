// Public shapes. Every span carries UTF-16 offsets into the caller's string: text.slice(start, end) === span.text.
// Spans that come from the `title` option (not from `text`) say so with field: 'title' and index into that string.

export type Field = 'title'

export interface Span {
  start: number
  end: number
  text: string
  field?: Field
}

export type TokenKind = 'word' | 'number' | 'punct' | 'url' | 'email' | 'mention' | 'hashtag' | 'emoji' | 'symbol'

export interface Token extends Span {
  kind: TokenKind
}

export interface Sentence extends Span {}

export type SectionType = 'title' | 'lead' | 'body' | 'caption' | 'byline' | 'related' | 'teasers' | 'comments' | 'other'

export interface Section extends Span {
  type: SectionType
}

export type EntityType = 'person' | 'place' | 'organization' | 'other'
export type MentionKind = 'name' | 'derived' | 'part'

export interface Mention extends Span {
  kind: MentionKind
}

export interface Entity {
  id: string
  name: string
  type: EntityType
  salience: number
  mentions: Mention[]
}

export type TopicKind = 'entity' | 'keyphrase'

export interface Topic {
  id: string
  label: string
  kind: TopicKind
  weight: number
}

export interface TagOptions {
  /** A headline given apart from the text. Its spans carry field: 'title'. */
  title?: string
  /**
   * The longest text (with the title) tag() accepts, in UTF-16 code units; a longer one is a RangeError naming
   * maxLength. Default 33,554,432 (2^25; about 64 MB of memory for the string alone). Time and memory grow linearly with
   * the length, so a service sets the bound its budget allows.
   */
  maxLength?: number
}

/**
 * A weighted term of the document's compact term vector: its key (a stem, or a normalised number such as `2024`,
 * `3:1`, `1,7 mrd`), its weight, and the form the document writes it in (Haushalt, 2024), which explanations show.
 * Documents saved by earlier versions have no label.
 */
export type Term = [term: string, weight: number, label?: string]

export interface DocJSON {
  text?: string
  title?: string
  sections: Section[]
  sentences?: Sentence[]
  entities: Entity[]
  topics: Topic[]
  /** The document's top terms with weights (tens, not the full text): what relatedness compares beyond tags. */
  terms: Term[]
}
