// What stands around a name in the text: the words before and after it, and whether it opens a sentence or a line.
import { isDigit, isLetter, isUpper } from '../shared/chars.js'

const MAX_GAP = 3

/** The word right before `offset` (letters, digits and inner dots: `1,5`, `Mio.`), lowercased, or ''. */
export function wordBefore(view: string, offset: number): string {
  let end = offset
  while (end > 0 && offset - end < MAX_GAP && (view[end - 1] === ' ' || view[end - 1] === '\u00a0')) end--
  if (end === offset && offset > 0) return ''
  let start = end
  while (start > 0 && (isLetter(view[start - 1]!) || isDigit(view[start - 1]!) || view[start - 1] === '.' || view[start - 1] === ',')) start--
  return view.slice(start, end).toLowerCase()
}

/**
 * The word of letters only that ends at `end` after any spaces, lower case, and where it starts: read again from there
 * for the word before it; '' at a mark. (wordBefore also reads numbers and abbreviations, and stops after a few spaces.)
 */
export function wordEndingAt(view: string, end: number): [string, number] {
  let at = end
  while (at > 0 && view[at - 1] === ' ') at--
  const stop = at
  while (at > 0 && isLetter(view[at - 1]!)) at--
  return [view.slice(at, stop).toLowerCase(), at]
}

/** The word that starts at `start` after spaces (letters only), lower case. */
export function wordAt(view: string, start: number): string {
  let at = start
  while (at < view.length && view[at] === ' ') at++
  let end = at
  while (end < view.length && isLetter(view[end]!)) end++
  return view.slice(at, end).toLowerCase()
}

/** A capitalised word follows `end` after a space (Radweg after `Neuer` in `Neuer Radweg am Kanal`). */
export function capitalisedAfter(view: string, end: number): boolean {
  let i = end
  while (i < view.length && i - end < MAX_GAP && (view[i] === ' ' || view[i] === '\u00a0')) i++
  return i > end && i < view.length && isUpper(view[i]!)
}

/** The name at `offset` opens a sentence or a line: nothing but opening quotes and spaces after an end mark. */
export function opensSentence(view: string, offset: number): boolean {
  let i = offset - 1
  while (i >= 0 && (view[i] === ' ' || view[i] === '„' || view[i] === '"' || view[i] === '»' || view[i] === '(' || view[i] === '\u00a0')) i--
  if (i < 0) return true
  const ch = view[i]!
  return ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === '–' || ch === '-' || ch === '“' || ch === '«'
}
