import { Doc } from './doc/doc.js'
import { analyze } from './doc/pipeline.js'
import { describe } from './tokenize/index.js'
import type { TagOptions } from './types.js'

export function checkTagArguments(text: unknown, options: unknown): void {
  if (typeof text !== 'string') throw new TypeError(`tag: text must be a string, got ${describe(text)}`)
  if (options === null || typeof options !== 'object') throw new TypeError(`tag: options must be an object, got ${describe(options)}`)
  const title = (options as TagOptions).title
  if (title !== undefined && typeof title !== 'string') throw new TypeError(`tag: options.title must be a string, got ${describe(title)}`)
}

/** Tag a German news text: sections, sentences, tokens, entities and topics. Synchronous. */
export function tag(text: string, options: TagOptions = {}): Doc {
  checkTagArguments(text, options)
  return new Doc(analyze(text, options))
}
