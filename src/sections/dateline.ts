import { isLetter, isLower, isUpper } from '../shared/chars.js'
import { ABBREVIATIONS, AGENCIES, NOT_PLACES, PLACE_JOINERS } from './page-words.js'

const MAX_PLACE_WORDS = 4
const MAX_SOURCE = 40
const DASHES = '-–—'

/**
 * The line opens with a dateline: a place, an optional source in brackets, then a dash or a full stop
 * ("BERLIN (dpa) - …", "Berlin. Der …", "Moskau/Washington - …", "Frankfurt am Main (Reuters) – …").
 * `head` is the start of the line; one pass, no backtracking.
 */
export function startsWithDateline(head: string): boolean {
  return readDateline(head) !== NO_DATELINE
}

/**
 * Where the places of the line's dateline end in `head` (after `Moskau/Washington` in "Moskau/Washington - …"), or
 * -1 when the line opens with none. `dashed`: only a dateline closed by a source or a dash ("Wien – Die …"), as a
 * sentence opens it inside a line, not one closed by a full stop ("Berlin. Der …").
 */
export function datelinePlacesEnd(head: string, dashed = false): number {
  const read = readDateline(head)
  if (read === NO_DATELINE) return -1
  if (read >= 0) {
    let end = read
    while (end > 0 && (head[end - 1] === ' ' || head[end - 1] === '/')) end--
    return end
  }
  // No source: the places end before " –" or before the full stop, whichever comes first.
  const dash = head.search(DASH_AFTER_PLACES)
  const stop = head.indexOf('.')
  if (dash >= 0 && (stop < 0 || dash < stop)) return dash
  return dashed ? -1 : stop
}

/** A space and a dash closing a dateline's places; the places before it hold no dash with spaces around it. */
const DASH_AFTER_PLACES = / [-–—] /

/**
 * Where the source of the line's dateline stands in `head`: the bracketed one ("(dpa)", "(dpa/AFP)") or an agency
 * after the places' slash ("Dresden/Pirna/dpa -"), as [start, end].
 */
export function datelineSource(head: string): [number, number] | undefined {
  const open = readDateline(head)
  if (open < 0) return undefined
  return head[open] === '(' ? [open, head.indexOf(')', open) + 1] : [open, open + agencyLength(head, open)]
}

const NO_DATELINE = -2
const NO_SOURCE = -1

/** The length of the agency code at `at` ("dpa", "dpa-afx", "APA"), 0 when none stands there. */
function agencyLength(head: string, at: number): number {
  let i = at
  while (i < head.length && (isLetter(head[i]!) || head[i] === '-')) i++
  return AGENCIES.has(head.slice(at, i).toLowerCase()) ? i - at : 0
}

/** NO_DATELINE, NO_SOURCE (a dateline without a source), or where its source starts (a bracket or an agency code). */
function readDateline(head: string): number {
  let i = 0
  let words = 0
  for (;;) {
    const wordStart = i
    if (words > 0 && head[wordStart - 1] === '/') {
      // "Dresden/Pirna/dpa -", "Graz/APA." : an agency after the last slash ends the places.
      const agency = agencyLength(head, wordStart)
      const after = wordStart + agency
      if (agency > 0 && (head[after] === '.' || (head[after] === ' ' && isDash(head[after + 1] ?? '') && head[after + 2] === ' '))) return wordStart
    }
    if (!isUpper(head[i] ?? '')) {
      if (words === 0 || !isLower(head[i] ?? '')) return NO_DATELINE
    }
    while (i < head.length && (isLetter(head[i]!) || head[i] === '-')) i++
    const word = head.slice(wordStart, i)
    if (isLower(word[0]!) && !PLACE_JOINERS.has(word)) return NO_DATELINE
    if (words === 0 && NOT_PLACES.has(word)) return NO_DATELINE
    if (++words > MAX_PLACE_WORDS) return NO_DATELINE
    const next = head[i]
    if (next === '/') {
      i++
      continue
    }
    if (next === '.') return words <= 3 && word.length > 2 && !ABBREVIATIONS.has(word) && head[i + 1] === ' ' && isUpper(head[i + 2] ?? '') ? NO_SOURCE : NO_DATELINE
    if (next !== ' ') return NO_DATELINE
    const after = head[i + 1] ?? ''
    if (after === '(') return afterSource(head, i + 1) ? i + 1 : NO_DATELINE
    if (isDash(after)) return head[i + 2] === ' ' ? NO_SOURCE : NO_DATELINE
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
