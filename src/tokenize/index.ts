// The tokenize stage: the tokens of the view (tokenizer.ts) and their lexemes in the engine's vocabulary. Sentences
// (sentences.ts) are split by the sections stage, which knows where sections break them.
import { TOKEN_KIND_NAMES } from '../analysis.js'
import { normalizeText } from '../normalize/index.js'
import { describe } from '../shared/describe.js'
import { defineStage } from '../stage.js'
import type { Token } from '../types.js'
import { tokenizeView } from './tokenizer.js'

export { tokenizeView } from './tokenizer.js'
export { splitSentences } from './sentences.js'
export { spacedTokens, wordReader, type WordAt } from './word-at.js'

export const tokenizeStage = defineStage({
  name: 'tokenize',
  reads: ['view'],
  fills: ['tokens', 'lexemes'],
  create: ({ lexemes }) => ({
    run(analysis) {
      const tokens = tokenizeView(analysis.view)
      analysis.tokens = tokens
      analysis.lexemes = lexemes.internTokens(analysis.view, tokens.starts, tokens.ends, tokens.count)
    },
  }),
})

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
