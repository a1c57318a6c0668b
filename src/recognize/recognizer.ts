// The recognize stage's runner for one engine: the statistical recogniser over every sentence of the sections that
// may mention names, then names the dictionaries know (the bundled knowledge base where the recogniser found nothing,
// the engine's own entries wherever they stand), minus what stands in a dateline's agency.
import type { Analysis, MentionInput } from '../analysis.js'
import { kbEntries } from '../lexicon/index.js'
import { LexemeInts, type LexemeTable } from '../shared/lexemes.js'
import type { EngineContext, StageRunner } from '../stage.js'
import { wordReader } from '../tokenize/index.js'
import { buildDictionary, matchDictionary, mergeMentions, type Dictionary } from './dictionary.js'
import { kbDictionaryEntries } from './kb-dictionary.js'
import { LABELS } from './labels.js'
import { recognizeMentions, type LabelScratch } from './mentions.js'
import { nerResources } from './resources.js'
import { MAX_SENTENCE, Tagger } from './tagger.js'

export class Recognizer implements StageRunner {
  readonly #lexemes: LexemeTable
  readonly #context: EngineContext
  #tagger: Tagger | undefined
  #dictionary: Dictionary | undefined
  /** Per lexeme: does a dictionary phrase start with the word (matchDictionary). */
  readonly #startsPhrase: LexemeInts
  readonly #scratch: LabelScratch = { labels: new Uint8Array(256) }

  constructor(context: EngineContext) {
    this.#context = context
    this.#lexemes = context.lexemes
    this.#startsPhrase = new LexemeInts(context.lexemes, -1)
  }

  run(analysis: Analysis): void {
    const { view, tokens, lexemes, sentenceStarts, mentionSections, agencySpans } = analysis
    const recognized = recognizeMentions(this.tagger(), tokens, lexemes, sentenceStarts, mentionSections, this.#scratch)
    const wordAt = wordReader(view, tokens, lexemes, this.#lexemes)
    const matched = matchDictionary(this.#dictionaryOfEngine(), tokens, mentionSections, wordAt, lexemes, this.#lexemes, this.#startsPhrase)
    analysis.mentions = outside(agencySpans, mergeMentions(recognized, matched))
  }

  /** One GermEval BIO label per token of one sentence (the recogniser alone, no dictionaries). */
  labels(words: readonly string[]): string[] {
    const table = this.#lexemes
    table.startDocument()
    const lexemes = new Int32Array(words.length)
    for (let i = 0; i < words.length; i++) lexemes[i] = table.internString(words[i]!)
    const out = new Uint8Array(words.length)
    const tagger = this.tagger()
    for (let from = 0; from < words.length; from += MAX_SENTENCE) {
      const n = Math.min(MAX_SENTENCE, words.length - from)
      tagger.tagLexemes(lexemes, from, n, out.subarray(from, from + n))
    }
    return Array.from(out, (label) => LABELS[label]!)
  }

  /** The tagger, made on first use (loading the model and the name knowledge the first time in the process). */
  tagger(): Tagger {
    if (this.#tagger === undefined) {
      const { model, knowledge } = nerResources()
      this.#tagger = new Tagger(model, knowledge, this.#lexemes)
    }
    return this.#tagger
  }

  #dictionaryOfEngine(): Dictionary {
    this.#dictionary ??= engineDictionary(this.#context.ownEntries)
    return this.#dictionary
  }
}

/** The bundled names safe to match verbatim, but those of entries the engine's own replace, plus the own entries. */
function engineDictionary(own: EngineContext['ownEntries']): Dictionary {
  const ownIds = new Set(own.map((entry) => entry.id))
  return buildDictionary([
    ...kbDictionaryEntries(kbEntries()).filter((entry) => !ownIds.has(entry.id)),
    ...own.map((entry) => ({ id: entry.id, type: entry.type, names: [entry.name, ...entry.aliases], override: true })),
  ])
}

/** The mentions that do not overlap any of `spans` (both in text order). */
function outside<M extends MentionInput>(spans: ReadonlyArray<{ start: number; end: number }>, mentions: M[]): M[] {
  if (spans.length === 0) return mentions
  return mentions.filter((mention) => !spans.some((span) => mention.start < span.end && span.start < mention.end))
}
