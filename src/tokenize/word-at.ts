import { viewText } from '../normalize/index.js'
import { vocab } from '../shared/vocab.js'
import type { TokenTable } from './table.js'

/** A token's text as later stages read it (viewText). */
export type WordAt = (token: number) => string

/**
 * Reads token texts, preferring the interned lexeme strings: a string whose hash is computed makes the many Map
 * lookups of later stages cheap.
 */
export function wordReader(view: string, tokens: TokenTable, lexemes: Int32Array): WordAt {
  const strings = vocab.strings
  return (token) => {
    const lexeme = lexemes[token]!
    return lexeme >= 0 ? strings[lexeme]! : viewText(view, tokens.starts[token]!, tokens.ends[token]!)
  }
}
