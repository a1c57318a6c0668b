// What counts as a word piece: a run of letters and digits that starts with a letter and has at least 2 of them.
// Real tokens keep compounds whole (`Corona-Krise`, `CDU/CSU`) and a simple tokenizer may leave punctuation
// attached, so tokens are cut at every other character. Soft hyphens (the view's IGNORABLE) inside a word are
// dropped from it.

import { IGNORABLE, IGNORABLE_CODE } from '../shared/chars.js'

export const MIN_PIECE = 2

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false
  // General punctuation, symbols, arrows, CJK punctuation, surrogates (emoji) and specials are not letters.
  if (c >= 0x2000 && c <= 0x2bff) return false
  if (c >= 0x3000 && c <= 0x303f) return false
  return c < 0xd800 || (c > 0xdfff && c < 0xfe00)
}

/** Bits per UTF-16 code unit, built on first use: WORD (letter or digit), LETTER. */
export const WORD = 1
export const LETTER = 2
let classes: Uint8Array | undefined

export function charClasses(): Uint8Array {
  if (classes === undefined) {
    classes = new Uint8Array(0x10000)
    for (let c = 0; c < 0x10000; c++) classes[c] = isLetter(c) ? WORD | LETTER : isDigit(c) ? WORD : 0
  }
  return classes
}

export function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c)
}

/** A capital of ASCII or Latin-1 (what makes a piece count as capitalised in the term vector). */
export function isLatin1Upper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
}

/** Calls `visit(piece)` for every word piece of text[start, end), soft hyphens removed. */
export function forEachWordPiece(text: string, start: number, end: number, visit: (piece: string) => void): void {
  let i = start
  while (i < end) {
    while (i < end && !isWordChar(text.charCodeAt(i))) i++
    const from = i
    let ignorables = 0
    for (; i < end; i++) {
      const c = text.charCodeAt(i)
      if (c === IGNORABLE_CODE) ignorables++
      else if (!isWordChar(c)) break
    }
    let to = i
    while (to > from && text.charCodeAt(to - 1) === IGNORABLE_CODE) {
      to--
      ignorables--
    }
    if (to - from - ignorables < MIN_PIECE || !isLetter(text.charCodeAt(from))) continue
    visit(ignorables === 0 ? text.slice(from, to) : text.slice(from, to).split(IGNORABLE).join(''))
  }
}
