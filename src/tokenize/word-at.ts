import { viewText } from '../normalize/index.js'
import type { TokenTable } from './table.js'

/** A token's text as later stages read it (viewText). */
export type WordAt = (token: number) => string

/**
 * Reads token texts, preferring strings an earlier stage already built (the recogniser interns every word it tags):
 * a string whose hash is computed makes the many Map lookups of later stages cheap.
 */
export function wordReader(view: string, tokens: TokenTable, known: ReadonlyArray<string | undefined>): WordAt {
  return (token) => known[token] ?? viewText(view, tokens.starts[token]!, tokens.ends[token]!)
}
