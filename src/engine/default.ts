// The package's plain functions run on one engine, made on first use.
import type { Doc } from '../doc/index.js'
import type { TagOptions } from '../types.js'
import { Engine, type EngineOptions } from './engine.js'

let defaultEngine: Engine | undefined

function engine(): Engine {
  defaultEngine ??= new Engine()
  return defaultEngine
}

/** Tag a German news text: sections, sentences, tokens, entities and topics. Synchronous. */
export function tag(text: string, options: TagOptions = {}): Doc {
  return engine().tag(text, options)
}

/** Loads all bundled data into the engine behind tag(); resolves when the next tag() will load nothing. */
export function preload(): Promise<void> {
  return engine().preload()
}

/** One GermEval BIO label (`B-PER`, `I-LOCderiv`, `O`, …) per token of one sentence. */
export function tagTokens(tokens: string[]): string[] {
  return engine().tagTokens(tokens)
}

export type Tagger = (text: string, options?: TagOptions) => Doc
export type TaggerOptions = Pick<EngineOptions, 'entities'>

/**
 * A tag function with its own engine, which also knows `options.entities` (createEngine(options).tag, kept for the
 * API users know). Bad entries throw a TypeError naming the field.
 */
export function createTagger(options: TaggerOptions = {}): Tagger {
  const own = new Engine(options, 'createTagger')
  return (text, tagOptions = {}) => own.tag(text, tagOptions)
}
