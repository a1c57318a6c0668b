import { normalizeText } from '../normalize/index.js'
import type { Token } from '../types.js'
import { TOKEN_KIND_NAMES } from './table.js'
import { tokenizeView } from './tokenizer.js'

export { tokenizeView } from './tokenizer.js'
export { splitSentences } from './sentences.js'
export { KIND, TOKEN_KIND_NAMES, type TokenTable } from './table.js'

/** Tokens of a German text with offsets into it. */
export function tokenize(text: string): Token[] {
  if (typeof text !== 'string') throw new TypeError(`tokenize: text must be a string, got ${describe(text)}`)
  const table = tokenizeView(normalizeText(text))
  const tokens: Token[] = new Array(table.count)
  for (let i = 0; i < table.count; i++) {
    const start = table.starts[i]!
    const end = table.ends[i]!
    tokens[i] = { text: text.slice(start, end), start, end, kind: TOKEN_KIND_NAMES[table.kinds[i]!]! }
  }
  return tokens
}

export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
export { wordReader, type WordAt } from './word-at.js'
export { internTokens } from './intern.js'
