// STUB: replaced by the German tokenizer (issue 2). Splits on spaces only.
import { KIND, type TokenTable } from './table.js'

export function tokenizeView(view: string): TokenTable {
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  while (i < view.length) {
    while (i < view.length && (view[i] === ' ' || view[i] === '\n' || view[i] === '\u00AD')) i++
    if (i >= view.length) break
    const s = i
    while (i < view.length && view[i] !== ' ' && view[i] !== '\n') i++
    starts.push(s)
    ends.push(i)
  }
  return { count: starts.length, starts: Int32Array.from(starts), ends: Int32Array.from(ends), kinds: new Uint8Array(starts.length).fill(KIND.word) }
}
