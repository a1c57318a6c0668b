import { TOKEN_KIND_NAMES, type Analysis, type EntityRecord } from '../analysis.js'
import { DOC_BRAND } from '../shared/brand.js'
import { analysisFromJSON } from './from-json.js'
import type { DocJSON, Entity, EntityType, Mention, MentionKind, Section, Sentence, Span, Term, Token, Topic } from '../types.js'

export interface DocJSONOptions {
  /** Include the input text (and title). Default false. */
  text?: boolean
  /** Include sentences. Default false. */
  sentences?: boolean
}

/** A tagged document. Arrays are built on request from the compact analysis. */
export class Doc {
  readonly #analysis: Analysis
  /** The sentences of a Doc read from JSON (Doc.fromJSON), which has no tokens to find them from. */
  #savedSentences: Sentence[] | undefined
  /** Tells relatedness and RelatedIndex of either module format that this is a Doc (see shared/brand.ts). */
  readonly [DOC_BRAND] = true

  constructor(analysis: Analysis) {
    this.#analysis = analysis
  }

  /**
   * A Doc from a tagged document's JSON (its toJSON(), or a record of `tag --jsonl`), answering as the original did:
   * entities(), people(), topics(n), keyphrases(n), terms(), sections() and toJSON() with the options it was saved
   * with. What the JSON does not hold stays empty: tokens() is [], sentences() is [] unless saved with { sentences:
   * true }, and text is '' unless saved with { text: true }. A malformed part is a TypeError naming it.
   */
  static fromJSON(json: unknown): Doc {
    const { analysis, sentences } = analysisFromJSON(json)
    const doc = new Doc(analysis)
    doc.#savedSentences = sentences
    return doc
  }

  /** The caller's text. */
  get text(): string {
    return this.#analysis.text
  }

  get title(): string | undefined {
    return this.#analysis.title
  }

  tokens(): Token[] {
    const { tokens } = this.#analysis
    const out: Token[] = new Array(tokens.count)
    for (let i = 0; i < tokens.count; i++) {
      out[i] = { ...this.#span(tokens.starts[i]!, tokens.ends[i]!), kind: TOKEN_KIND_NAMES[tokens.kinds[i]!]! }
    }
    return out
  }

  sentences(): Sentence[] {
    if (this.#savedSentences) return this.#savedSentences.map((sentence) => ({ ...sentence }))
    const { tokens, sentenceStarts } = this.#analysis
    const out: Sentence[] = []
    for (let s = 0; s < sentenceStarts.length; s++) {
      const first = sentenceStarts[s]!
      const last = (s + 1 < sentenceStarts.length ? sentenceStarts[s + 1]! : tokens.count) - 1
      out.push(this.#span(tokens.starts[first]!, tokens.ends[last]!))
    }
    return out
  }

  sections(): Section[] {
    return this.#analysis.sections.map((section) => ({ type: section.type, ...this.#span(section.start, section.end) }))
  }

  /** Entities found in title, lead and body, most salient first. */
  entities(): Entity[] {
    return this.#analysis.entities.map((entity) => this.#entity(entity))
  }

  people(): Entity[] {
    return this.#ofType('person')
  }

  places(): Entity[] {
    return this.#ofType('place')
  }

  organizations(): Entity[] {
    return this.#ofType('organization')
  }

  /** The article's tags by weight; `n` limits their number. */
  topics(n?: number): Topic[] {
    const topics = this.#analysis.topics.map((topic) => ({ ...topic }))
    return n === undefined ? topics : topics.slice(0, Math.max(0, n))
  }

  /** The article's thematic keyphrases only (its Schlagworte beside the entities), best first; the first n if given. */
  keyphrases(n?: number): Topic[] {
    const keyphrases = this.#analysis.topics.filter((topic) => topic.kind === 'keyphrase').map((topic) => ({ ...topic }))
    return n === undefined ? keyphrases : keyphrases.slice(0, Math.max(0, n))
  }

  /** The compact weighted term vector that relatedness compares. */
  terms(): Term[] {
    return this.#analysis.terms.map((term): Term => [...term])
  }

  toJSON(options?: DocJSONOptions | string): DocJSON {
    // JSON.stringify calls toJSON(key) with a string: treat that as no options.
    const opts = typeof options === 'object' && options !== null ? options : {}
    const json: DocJSON = { sections: this.sections(), entities: this.entities(), topics: this.topics(), terms: this.terms() }
    if (opts.sentences) json.sentences = this.sentences()
    if (opts.text) {
      const head: Pick<DocJSON, 'text' | 'title'> = { text: this.text }
      if (this.title !== undefined) head.title = this.title
      return { ...head, ...json }
    }
    return json
  }

  #ofType(type: EntityType): Entity[] {
    return this.#analysis.entities.filter((entity) => entity.type === type).map((entity) => this.#entity(entity))
  }

  #entity(entity: EntityRecord): Entity {
    return {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      salience: entity.salience,
      mentions: entity.mentions.map((mention) => this.#mention(mention.start, mention.end, mention.kind)),
    }
  }

  /** A mention's span with its kind added last (the keys of { ...span, kind }, without the copy). */
  #mention(start: number, end: number, kind: MentionKind): Mention {
    const mention = this.#span(start, end) as Mention
    mention.kind = kind
    return mention
  }

  /** Offsets into the analysed source → offsets into the caller's string (text, or title with field 'title'). */
  #span(start: number, end: number): Span {
    const { source, textOffset } = this.#analysis
    const text = source.slice(start, end)
    if (textOffset > 0 && start < textOffset) return { start, end, text, field: 'title' }
    return { start: start - textOffset, end: end - textOffset, text }
  }
}
