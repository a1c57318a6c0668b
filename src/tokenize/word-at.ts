import type { TokenTable } from '../analysis.js'
import { viewText } from '../shared/chars.js'
import type { LexemeTable } from '../shared/lexemes.js'

/** A token's text as later stages read it (viewText). */
export type WordAt = (token: number) => string

/**
 * Reads token texts, preferring the interned lexeme strings: a string whose hash is computed makes the many Map
 * lookups of later stages cheap.
 */
export function wordReader(view: string, tokens: TokenTable, lexemes: Int32Array, table: LexemeTable): WordAt {
  const strings = table.strings
  return (token) => {
    const lexeme = lexemes[token]!
    return lexeme >= 0 ? strings[lexeme]! : viewText(view, tokens.starts[token]!, tokens.ends[token]!)
  }
}

/** Tokens a and b (a before b) stand one space apart on one line. */
export function spacedTokens(view: string, tokens: TokenTable, a: number, b: number): boolean {
  return b < tokens.count && tokens.starts[b]! === tokens.ends[a]! + 1 && view.charCodeAt(tokens.ends[a]!) === 0x20
}
