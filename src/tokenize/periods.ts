// Does a full stop belong to the word or number before it (an abbreviation, an ordinal, a date) or is it
// punctuation? Decided from the word itself and a look at the words around it.
import { viewText } from '../shared/chars.js'
import { ABBREVIATION_NONE, abbreviationKind, capitalisedAbbreviationKind, isRomanNumeral } from './abbreviations.js'
import { classAt, DIGIT, FORMAT, flagsAt, LETTER, MARK, SPACE, UPPER } from './chars.js'
import { isMonth, isOrdinalHead, isSentenceStarter } from './function-words.js'

const MAX_PEEK = 32

/** What follows a position: the next word (lower-cased), or the next character when it is not a letter. */
export interface Peek {
  /** Line breaks crossed on the way. */
  newlines: number
  /** LETTER, DIGIT, SPACE (end of text) or another class for punctuation and symbols. */
  cls: number
  upper: boolean
  lower: string
  char: number
}

export function peekAfter(view: string, i: number): Peek {
  let newlines = 0
  while (i < view.length && (classAt(view, i) === SPACE || classAt(view, i) === FORMAT)) {
    if (view.charCodeAt(i) === 0x0a) newlines++
    i++
  }
  const cls = classAt(view, i)
  const peek: Peek = { newlines, cls, upper: (flagsAt(view, i) & UPPER) !== 0, lower: '', char: view.charCodeAt(i) }
  if (cls !== LETTER) return peek
  let j = i
  while (j < view.length && j - i < MAX_PEEK && (classAt(view, j) === LETTER || classAt(view, j) === MARK || classAt(view, j) === FORMAT)) j++
  peek.lower = viewText(view, i, j).toLowerCase()
  return peek
}

/** Start of the word that ends right before `start` (spaces between), or -1 when something else comes first. */
function previousWordStart(view: string, start: number): number {
  let j = start - 1
  while (j >= 0 && classAt(view, j) === SPACE) j--
  const end = j + 1
  while (j >= 0 && (classAt(view, j) === LETTER || classAt(view, j) === MARK || classAt(view, j) === FORMAT) && end - j <= MAX_PEEK) j--
  return j + 1 < end ? j + 1 : -1
}

/** The word before `start` in lower case, or ''. */
export function previousWord(view: string, start: number): string {
  const from = previousWordStart(view, start)
  if (from < 0) return ''
  let to = from
  while (to < start && classAt(view, to) !== SPACE) to++
  return viewText(view, from, to).toLowerCase()
}

/** Is `start` the first token of a line or after sentence punctuation (".", "!", "?", ":")? */
function startsClause(view: string, start: number): boolean {
  let j = start - 1
  while (j >= 0 && classAt(view, j) === SPACE && view.charCodeAt(j) !== 0x0a) j--
  if (j < 0) return true
  const c = view.charCodeAt(j)
  return c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a
}

/** Digits only ("24"), or a day and a month ("24.12"): numbers whose full stop may make them ordinals. */
export function isOrdinalCandidate(view: string, start: number, dot: number): boolean {
  let inner = -1
  for (let k = start; k < dot; k++) {
    const c = view.charCodeAt(k)
    if (c === 0x2e && inner < 0) inner = k
    else if (c < 0x30 || c > 0x39) return false
  }
  return inner < 0 || (inner - start <= 2 && dot - inner - 1 >= 1 && dot - inner - 1 <= 2)
}

/**
 * "24." "3." "24.12.": an ordinal or a date keeps its full stop when a month, a number, a lower-case word or (after
 * an article, a possessive or an inflected adjective) a capitalised noun follows: am 24. Juli, im 2. Stock, der
 * 3. und 4., des frühen 20. Jahrhunderts, 24. 12. 2018. A capitalised sentence opener after it (… auf 24. Die …)
 * and a blank line leave the full stop as punctuation. At the start of a line or sentence a capitalised word keeps
 * it too (1. FC Köln, 2. Bundesliga), and so does a closing bracket or slash right after it: the minute of a goal
 * in "(62.)", "(18./41.)", "1./2. Weltkrieg".
 */
export function isOrdinalStop(view: string, start: number, dot: number): boolean {
  const after = view.charCodeAt(dot + 1)
  if (after === 0x2f && classAt(view, dot + 2) === DIGIT) return true
  if (view.charCodeAt(start - 1) === 0x2f && view.charCodeAt(start - 2) === 0x2e) return true // the 2. of 1./2.
  if (after === 0x29 && (view.charCodeAt(start - 1) === 0x28 || view.charCodeAt(start - 1) === 0x2f)) return true
  const next = peekAfter(view, dot + 1)
  if (next.newlines >= 2) return false
  if (next.cls === DIGIT) return dot - start <= 2 || view.lastIndexOf('.', dot - 1) >= start // 24. 12. 2018, 8.8. 2015
  if (next.cls !== LETTER) {
    return (next.char === 0x2c || next.char === 0x2d || next.char === 0x2013 || next.char === 0x2f) && isOrdinalHead(previousWord(view, start))
  }
  if (isMonth(next.lower)) return true
  if (!next.upper) return true
  if (isSentenceStarter(next.lower)) return false
  const before = previousWord(view, start)
  return isOrdinalHead(before) || isInflectedAdjective(view, start, before) || startsClause(view, start)
}

/** frühen, vergangenen, diesem: a lower-case word of five letters or more ending in -en or -em. */
function isInflectedAdjective(view: string, start: number, word: string): boolean {
  if (word.length < 5 || !(word.endsWith('en') || word.endsWith('em'))) return false
  const from = previousWordStart(view, start)
  return from >= 0 && (flagsAt(view, from) & UPPER) === 0
}

/**
 * The full stop after a word: kept by known abbreviations (also as the last part of a compound: Dipl.-Ing.),
 * street names (Goethestr.),
 * single letters (initials, z. B.) and Roman numerals before a lower-case word (Wilhelm II. sagte).
 */
export function isAbbreviationStop(view: string, start: number, dot: number, lastPart: number): boolean {
  const word = viewText(view, start, dot)
  if (word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff)) return true
  if (abbreviationKind(word) !== ABBREVIATION_NONE || isStreetAbbreviation(word)) return true
  if (capitalisedAbbreviationKind(word) !== ABBREVIATION_NONE && startsClause(view, start)) return true
  if (lastPart > start && abbreviationKind(viewText(view, lastPart, dot)) !== ABBREVIATION_NONE) return true
  if (!isRomanNumeral(word)) return false
  const next = peekAfter(view, dot + 1)
  if (next.newlines >= 2) return false
  if (next.cls === LETTER) return !next.upper || (!isSentenceStarter(next.lower) && capitalisedBefore(view, start))
  return next.char === 0x2c && capitalisedBefore(view, start)
}

/** Goethestr., Hauptstr.: no German word ends in "str" except these abbreviations of "-straße". */
function isStreetAbbreviation(word: string): boolean {
  return word.length > 4 && word.endsWith('str')
}

function capitalisedBefore(view: string, start: number): boolean {
  const from = previousWordStart(view, start)
  return from >= 0 && (flagsAt(view, from) & UPPER) !== 0
}
