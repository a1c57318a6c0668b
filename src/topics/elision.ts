// Elided compounds: in "Bus- und Bahnverkehr" the first part stands for Busverkehr. The fragment (Bus-) takes the
// head of the compound after the conjunction, so the article's keyphrases count both words and never the fragment.
import { KIND, type TokenTable } from '../analysis.js'
import { compoundTail } from '../lexicon/index.js'
import { IGNORABLE_CODE } from '../shared/chars.js'
import type { LexemeMemo, LexemeTable } from '../shared/lexemes.js'
import { spacedTokens } from '../tokenize/index.js'

const CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie', 'bzw'])
const MIN_FRAGMENT = 3

/**
 * For a token such as `Bus-` followed by `und Bahnverkehr` (one space apart), the lexeme of the word it stands for
 * (Busverkehr, interned in `table`), or -1. `tails` memoises compoundTail per lexeme.
 */
export function elidedLexeme(view: string, tokens: TokenTable, t: number, lexemes: Int32Array, table: LexemeTable, tails: LexemeMemo<string>): number {
  // The token's last letter is read in the view, which is at hand, before the lexeme's string, which is not.
  let last = tokens.ends[t]! - 1
  while (last > tokens.starts[t]! && view.charCodeAt(last) === IGNORABLE_CODE) last--
  if (view.charCodeAt(last) !== 0x2d) return -1
  const fragment = table.strings[lexemes[t]!]!
  const conjunction = t + 1
  const compound = t + 2
  if (!fragment.endsWith('-') || fragment.length < MIN_FRAGMENT || compound >= tokens.count) return -1
  if (tokens.kinds[conjunction] !== KIND.word || tokens.kinds[compound] !== KIND.word) return -1
  if (!CONJUNCTIONS.has(table.strings[lexemes[conjunction]!]!)) return -1
  if (!spacedTokens(view, tokens, t, conjunction) || !spacedTokens(view, tokens, conjunction, compound)) return -1
  const tail = tails.get(lexemes[compound]!, compoundTail)
  return tail === '' ? -1 : table.internString(fragment.slice(0, -1) + tail)
}
