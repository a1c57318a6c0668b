import { hasLetter, isDigit, isLower, isUpper } from '../shared/chars.js'
import { trailingSignature } from './byline.js'

const MAX_TITLE = 160
const MAX_TITLE_WORDS = 22
/** Headlines rarely ask or exclaim at length; longer such lines are text. */
const MAX_TITLE_QUESTION = 100
const CLOSERS = '"“”»«’‘\')]'
const OPENERS = '"„“»«‚‘\'(['

/** Last character that is not a closing quote or bracket. */
export function lastMark(s: string): string {
  let i = s.length - 1
  while (i >= 0 && CLOSERS.includes(s[i]!)) i--
  return i >= 0 ? s[i]! : ''
}

/** The line ends like a sentence. */
export function endsSentence(s: string): boolean {
  const last = lastMark(s)
  return last === '.' || last === '!' || last === '?' || last === '…'
}

/** Short, opens with a capital or digit, and has no closing full stop, comma or colon: a headline or kicker. */
export function isTitleLike(s: string): boolean {
  if (s.length > MAX_TITLE || !hasLetter(s)) return false
  let i = 0
  while (i < s.length && OPENERS.includes(s[i]!)) i++
  const first = s[i] ?? ''
  if (!(isUpper(first) || isDigit(first)) || isLower(first)) return false
  const last = lastMark(s)
  if (last === '.' || last === ',' || last === ';' || last === ':' || last === '…' || last === '-') return false
  // A paragraph closed by a signature ("… (Anna Beispiel, DER BOTE, 3.4.2024)") is text.
  if (s.endsWith(')') && trailingSignature(s) >= 0) return false
  if ((last === '?' || last === '!') && s.length > MAX_TITLE_QUESTION) return false
  let words = 1
  for (let k = 0; k < s.length; k++) if (s[k] === ' ') words++
  return words <= MAX_TITLE_WORDS
}
