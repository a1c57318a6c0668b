import { isLetter, isLower, isUpper } from './chars.js'
import { ABBREVIATIONS, NOT_PLACES, PLACE_JOINERS } from './words.js'

const MAX_PLACE_WORDS = 4
const MAX_SOURCE = 40
const DASHES = '-–—'

/**
 * The line opens with a dateline: a place, an optional source in brackets, then a dash or a full stop
 * ("BERLIN (dpa) - …", "Berlin. Der …", "Moskau/Washington - …", "Frankfurt am Main (Reuters) – …").
 * `head` is the start of the line; one pass, no backtracking.
 */
export function startsWithDateline(head: string): boolean {
  let i = 0
  let words = 0
  for (;;) {
    const wordStart = i
    if (!isUpper(head[i] ?? '')) {
      if (words === 0 || !isLower(head[i] ?? '')) return false
    }
    while (i < head.length && (isLetter(head[i]!) || head[i] === '-')) i++
    const word = head.slice(wordStart, i)
    if (isLower(word[0]!) && !PLACE_JOINERS.has(word)) return false
    if (words === 0 && NOT_PLACES.has(word)) return false
    if (++words > MAX_PLACE_WORDS) return false
    const next = head[i]
    if (next === '/') {
      i++
      continue
    }
    if (next === '.') return words <= 3 && word.length > 2 && !ABBREVIATIONS.has(word) && head[i + 1] === ' ' && isUpper(head[i + 2] ?? '')
    if (next !== ' ') return false
    const after = head[i + 1] ?? ''
    if (after === '(') return afterSource(head, i + 1)
    if (isDash(after)) return head[i + 2] === ' '
    i++
  }
}

function isDash(ch: string): boolean {
  return ch !== '' && DASHES.includes(ch)
}

/** After "(dpa)", "(dpa/AFP)", "(Reuters)": a dash, a full stop or colon, or the first word of the text. */
function afterSource(head: string, open: number): boolean {
  const close = head.indexOf(')', open)
  if (close < 0 || close - open > MAX_SOURCE) return false
  for (let k = open + 1; k < close; k++) {
    const ch = head[k]!
    if (!(isLetter(ch) || ch === '/' || ch === ' ' || ch === '-' || ch === ',')) return false
  }
  let i = close + 1
  if (head[i] === '.' || head[i] === ':') i++
  if (head[i] !== ' ') return false
  const after = head[i + 1] ?? ''
  if (isDash(after)) return head[i + 2] === ' '
  return isUpper(after) || after === '„' || after === '"'
}
