// The recognize stage's runner for one engine: the statistical recogniser over every sentence of the sections that
// may mention names, then names the dictionaries know (the bundled knowledge base where the recogniser found nothing,
// the engine's own entries wherever they stand), minus what stands in a dateline's agency.
import type { Analysis, MentionInput } from '../analysis.js'
import { kbEntries } from '../lexicon/index.js'
import { LexemeInts, type LexemeTable } from '../shared/lexemes.js'
import type { EngineContext, StageRunner } from '../stage.js'
import { wordReader } from '../tokenize/index.js'
import { buildDictionary, matchDictionary, mergeMentions, type Dictionary } from './dictionary.js'
import { addDepartments, addFieldInstitutions, joinInstitutions } from './institutions.js'
import { extendNameTails } from './name-tails.js'
import { addRoleNames } from './role-names.js'
import { DEPARTMENT, WordFlags } from './word-flags.js'
import { kbDictionaryEntries } from './kb-dictionary.js'
import { BIT_OF_TYPE } from './knowledge.js'
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
  readonly #wordFlags: WordFlags

  constructor(context: EngineContext) {
    this.#context = context
    this.#lexemes = context.lexemes
    this.#startsPhrase = new LexemeInts(context.lexemes, -1)
    this.#wordFlags = new WordFlags(context.lexemes)
  }

  run(analysis: Analysis): void {
    const { view, tokens, lexemes, sentenceStarts, mentionSections, agencySpans } = analysis
    const recognized = recognizeMentions(view, this.tagger(), tokens, lexemes, sentenceStarts, mentionSections, this.#scratch)
    const wordAt = wordReader(view, tokens, lexemes, this.#lexemes)
    const matched = matchDictionary(this.#dictionaryOfEngine(), tokens, mentionSections, wordAt, lexemes, this.#lexemes, this.#startsPhrase)
    const names = nerResources().knowledge.names
    const isPlace = (word: string) => ((names.get(word) ?? 0) & BIT_OF_TYPE.place) !== 0
    const forLexeme = this.#lexemes.find('für')
    const isFor = (token: number) => forLexeme >= 0 && lexemes[token] === forLexeme
    const isKnown = (word: string) => names.has(word)
    const flagsAt = this.#wordFlags.reader(lexemes, wordAt)
    const isDepartmentAt = (token: number) => (flagsAt(token) & DEPARTMENT) !== 0
    const withDepartments = addDepartments(tokens, mentionSections, wordAt, isDepartmentAt, mergeMentions(recognized, matched))
    const withFields = addFieldInstitutions(tokens, mentionSections, wordAt, isFor, isPlace, isKnown, withDepartments)
    const merged = addRoleNames(view, tokens, mentionSections, flagsAt, withFields)
    analysis.mentions = outside(view, agencySpans, extendNameTails(view, joinInstitutions(view, merged)))
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

/**
 * The mentions outside `spans` (both in text order): one that runs into a span from before it keeps its part before
 * the span (`Dresden/Pirna/dpa` → `Dresden/Pirna`); one that starts inside a span is dropped.
 */
function outside(view: string, spans: ReadonlyArray<{ start: number; end: number }>, mentions: MentionInput[]): MentionInput[] {
  if (spans.length === 0) return mentions
  const kept: MentionInput[] = []
  let s = 0
  for (const mention of mentions) {
    while (s < spans.length && spans[s]!.end <= mention.start) s++
    const span = spans[s]
    if (!span || mention.end <= span.start) {
      kept.push(mention)
      continue
    }
    let end = span.start
    while (end > mention.start && (view[end - 1] === '/' || view[end - 1] === ' ')) end--
    if (mention.start < span.start && end > mention.start) kept.push({ start: mention.start, end, label: mention.label, kind: mention.kind })
  }
  return kept
}
