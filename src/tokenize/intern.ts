// Lexeme ids for the tokens later stages read (see shared/vocab.ts).
import type { SectionRange } from '../sections/types.js'
import { vocab } from '../shared/vocab.js'
import type { TokenTable } from './table.js'

/** The lexeme of every token in `sections` (in text order); -1 for the other tokens. */
export function internTokens(view: string, tokens: TokenTable, sections: readonly SectionRange[]): Int32Array {
  vocab.startDocument()
  const lexemes = new Int32Array(tokens.count).fill(-1)
  let t = 0
  for (const section of sections) {
    while (t < tokens.count && tokens.starts[t]! < section.start) t++
    for (; t < tokens.count && tokens.starts[t]! < section.end; t++) lexemes[t] = vocab.internView(view, tokens.starts[t]!, tokens.ends[t]!)
  }
  return lexemes
}
