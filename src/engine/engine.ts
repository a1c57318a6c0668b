// An engine owns everything that is state: the vocabulary of lexemes, every stage's caches and scratch buffers (in
// the stage runners it makes), its own knowledge-base entries and the settings of the related-article indexes it
// makes. Two engines never see each other's entries or caches; the bundled data they read is loaded once per
// process and never changes.
import { newAnalysis } from '../analysis.js'
import { Doc } from '../doc/index.js'
import { checkOptions, relatedness, RelatedIndex, type RelatednessOptions, type RelatedIndexOptions, type Relatedness, type Taggable } from '../related/index.js'
import { recognizeStage, type Recognizer } from '../recognize/index.js'
import { describe } from '../shared/describe.js'
import { LexemeTable } from '../shared/lexemes.js'
import type { EngineContext, StageRunner } from '../stage.js'
import type { TagOptions } from '../types.js'
import { fail, ownEntries, type EntityDefinition } from './entries.js'
import { checkPipeline, PIPELINE } from './pipeline.js'
import { loadBundledData } from './preload.js'

export interface EngineOptions {
  /** Own knowledge-base entries: found wherever their name or an alias stands, replacing bundled entries of their id. */
  entities?: EntityDefinition[]
  /** Defaults for the related-article indexes and the relatedness the engine makes (weights, idf, …). */
  related?: RelatedIndexOptions
}

export class Engine {
  readonly #runners: readonly StageRunner[]
  readonly #recognizer: Recognizer
  readonly #related: RelatedIndexOptions

  constructor(options: EngineOptions = {}, caller = 'createEngine') {
    if (options === null || typeof options !== 'object') fail(caller, 'options', 'must be an object', options)
    const context: EngineContext = Object.freeze({ lexemes: new LexemeTable(), ownEntries: ownEntries(caller, options.entities) })
    this.#related = Object.freeze(options.related === undefined ? {} : checkOptions(options.related))
    checkPipeline(PIPELINE)
    this.#recognizer = recognizeStage.create(context)
    this.#runners = PIPELINE.map((stage) => (stage === recognizeStage ? this.#recognizer : stage.create(context)))
  }

  /** Tag a German news text: sections, sentences, tokens, entities and topics. Synchronous. */
  tag(text: string, options: TagOptions = {}): Doc {
    checkTagArguments(text, options)
    const analysis = newAnalysis(text, options.title)
    for (const runner of this.#runners) runner.run(analysis)
    return new Doc(analysis)
  }

  /**
   * Loads all bundled data and the engine's own indexes; resolves when the next tag() will load nothing. Yields to the
   * event loop between the loads.
   */
  async preload(): Promise<void> {
    await loadBundledData()
    // Tagging the empty text makes what every tag() reads and the engine keeps: the recogniser with its model, the
    // dictionary and the linker's index over the bundled and the engine's own entries.
    this.tag('')
  }

  /** One GermEval BIO label (`B-PER`, `I-LOCderiv`, `O`, …) per token of one sentence: the recogniser alone. */
  tagTokens(tokens: string[]): string[] {
    if (!Array.isArray(tokens)) throw new TypeError('tagTokens: tokens must be an array of strings')
    for (const token of tokens) if (typeof token !== 'string') throw new TypeError('tagTokens: tokens must be an array of strings')
    return this.#recognizer.labels(tokens)
  }

  /** A related-article index with the engine's settings (`options` override them). */
  relatedIndex(options: RelatedIndexOptions = {}): RelatedIndex {
    return new RelatedIndex({ ...this.#related, ...options })
  }

  /** relatedness(a, b) with the engine's channel weights unless `options` give others. */
  relatedness(a: Taggable, b: Taggable, options: RelatednessOptions = {}): Relatedness {
    return relatedness(a, b, { weights: this.#related.weights, ...options })
  }

  /** Which kernel the recogniser runs on: WebAssembly, or JavaScript where that is unavailable. */
  get kernel(): 'wasm' | 'js' {
    return this.#recognizer.tagger().kernel.kind
  }
}

/** An engine with its own state; `tag` and `tagTokens` use a default engine made on first use. */
export function createEngine(options: EngineOptions = {}): Engine {
  return new Engine(options)
}

/** TagOptions.maxLength when not given: 2^25 UTF-16 code units, room for a 20 MB JSONL line and 32 MB of text. */
const DEFAULT_MAX_LENGTH = 33_554_432

function checkTagArguments(text: unknown, options: unknown): void {
  if (typeof text !== 'string') throw new TypeError(`tag: text must be a string, got ${describe(text)}`)
  if (options === null || typeof options !== 'object') throw new TypeError(`tag: options must be an object, got ${describe(options)}`)
  const { title, maxLength = DEFAULT_MAX_LENGTH } = options as TagOptions
  if (title !== undefined && typeof title !== 'string') throw new TypeError(`tag: options.title must be a string, got ${describe(title)}`)
  if (typeof maxLength !== 'number' || Number.isNaN(maxLength) || maxLength < 0) throw new TypeError(`tag: options.maxLength must be a number >= 0, got ${describe(maxLength)}`)
  const length = text.length + (title?.length ?? 0)
  if (length > maxLength) throw new RangeError(`tag: text${title === undefined ? '' : ' and title'} of ${length} UTF-16 code units exceed maxLength ${maxLength}`)
}
