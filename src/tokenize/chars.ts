// Character classes for the scanners. One byte per code point: the class in the low 4 bits, case in two flag bits.
// ASCII is a fixed table; everything else is filled from Unicode property regexes one 256-code-point block at a
// time, on first sight, so a text only pays for the blocks it uses (random input touches many: still fast, because
// a block costs a handful of regex passes over a 256-character string, not one regex call per character).
import { IGNORABLE_CODE } from '../shared/chars.js'

export const OTHER = 0 // unassigned, private use, lone surrogate: a one-character symbol token
export const SPACE = 1
export const LETTER = 2 // letters, and digits or numerals other than ASCII 0-9 (they only occur inside words here)
export const MARK = 3 // combining marks: continue a word
export const DIGIT = 4 // ASCII 0-9
export const PUNCT = 5
export const SYMBOL = 6
export const EMOJI = 7 // a pictograph that starts an emoji token
export const FORMAT = 8 // invisible: soft hyphen, joiners, variation selectors, bidi marks, emoji tags
export const REGIONAL = 9 // regional indicator: two make a flag
export const MODIFIER = 10 // emoji skin tone

export const UPPER = 0x10
export const LOWER = 0x20
const CLASS_MASK = 0x0f

const BLOCK = 256
const blocks: (Uint8Array | undefined)[] = new Array(0x110000 / BLOCK)
// Po characters that read as symbols in news text (§ 5, 5 %, 5 ‰, &).
const SYMBOL_PUNCT = '§%‰‱&*#@†‡№'
const ascii = buildAscii()

function buildAscii(): Uint8Array {
  const table = new Uint8Array(128)
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c)
    if (c <= 0x20 || c === 0x7f) table[c] = SPACE
    else if (c >= 0x30 && c <= 0x39) table[c] = DIGIT
    else if (c >= 0x41 && c <= 0x5a) table[c] = LETTER | UPPER
    else if (c >= 0x61 && c <= 0x7a) table[c] = LETTER | LOWER
    else if (SYMBOL_PUNCT.includes(ch) || '+<=>|~^$'.includes(ch)) table[c] = SYMBOL
    else table[c] = PUNCT
  }
  return table
}

const CATEGORY_PASSES: ReadonlyArray<readonly [RegExp, number]> = [
  [/\p{S}/gu, SYMBOL],
  [/\p{P}/gu, PUNCT],
  [/\p{M}/gu, MARK],
  [/[\p{L}\p{N}]/gu, LETTER],
  [/\p{Extended_Pictographic}/gu, EMOJI],
  [/\p{Cf}/gu, FORMAT],
  [/[\p{White_Space}\p{Cc}]/gu, SPACE],
]
const UPPER_PASS = /[\p{Lu}\p{Lt}]/gu
const LOWER_PASS = /\p{Ll}/gu

function fillBlock(index: number): Uint8Array {
  const table = new Uint8Array(BLOCK)
  const first = index * BLOCK
  // Lone surrogates, the unassigned planes 4-13 and the private-use planes 15-16 stay OTHER without a regex pass.
  if ((first >= 0xd800 && first < 0xe000) || (first >= 0x40000 && first < 0xe0000) || first >= 0xf0000) return (blocks[index] = table)
  let text = ''
  for (let k = 0; k < BLOCK; k++) text += String.fromCodePoint(first + k)
  const width = first >= 0x10000 ? 2 : 1
  for (const [pattern, value] of CATEGORY_PASSES) {
    for (const match of text.matchAll(pattern)) {
      const k = match.index / width
      // Pictographs below U+2300 (©, ®, ™, ‼, ↔) are text symbols unless a variation selector asks for emoji.
      if (value === EMOJI && first + k < 0x2300) continue
      table[k] = value
    }
  }
  for (const match of text.matchAll(UPPER_PASS)) table[match.index / width]! |= UPPER
  for (const match of text.matchAll(LOWER_PASS)) table[match.index / width]! |= LOWER
  for (let k = 0; k < BLOCK; k++) {
    const cp = first + k
    if (cp === IGNORABLE_CODE || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) table[k] = FORMAT
    else if (cp === 0xb4) table[k] = PUNCT // acute accent typed as an apostrophe
    else if (cp >= 0x1f1e6 && cp <= 0x1f1ff) table[k] = REGIONAL
    else if (cp >= 0x1f3fb && cp <= 0x1f3ff) table[k] = MODIFIER
    else if (cp < 0x10000 && SYMBOL_PUNCT.includes(String.fromCharCode(cp))) table[k] = SYMBOL
  }
  blocks[index] = table
  return table
}

/** Class byte (class | case flags) of a code point. */
export function classOf(cp: number): number {
  if (cp < 128) return ascii[cp]!
  const index = cp >>> 8
  const table = blocks[index] ?? fillBlock(index)
  return table[cp & 0xff]!
}

/** The class of a class byte, without its case flags. */
export function withoutCase(flags: number): number {
  return flags & CLASS_MASK
}

/** Code point at i (a lone surrogate reads as itself). */
export function codePointAt(view: string, i: number): number {
  const c = view.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < view.length) {
    const d = view.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000
  }
  return c
}

export function widthOf(cp: number): number {
  return cp >= 0x10000 ? 2 : 1
}

/** Class (without case flags) of the code point at i; SPACE past the end. */
export function classAt(view: string, i: number): number {
  if (i >= view.length) return SPACE
  const c = view.charCodeAt(i)
  return (c < 128 ? ascii[c]! : classOf(codePointAt(view, i))) & CLASS_MASK
}

/** Full class byte (with case flags) at i; SPACE past the end. */
export function flagsAt(view: string, i: number): number {
  if (i >= view.length) return SPACE
  const c = view.charCodeAt(i)
  return c < 128 ? ascii[c]! : classOf(codePointAt(view, i))
}

/** Letter, mark or digit: the stuff words and numbers are made of. */
export function isWordClass(cls: number): boolean {
  return cls === LETTER || cls === MARK || cls === DIGIT
}

/** First index at or after i that is not an invisible FORMAT code point. */
export function skipFormat(view: string, i: number): number {
  while (i < view.length && classAt(view, i) === FORMAT) i += widthOf(codePointAt(view, i))
  return i
}

/** Hyphen-minus, hyphen, non-breaking hyphen. */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011
}

/** ' ’ ‘ ` ´: all are typed as apostrophes. */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4
}

/** ‚ ‹ ›: single quotes that are never apostrophes. */
export function isSingleQuote(c: number): boolean {
  return c === 0x201a || c === 0x2039 || c === 0x203a
}

/** End of a run of the same code unit starting at i (..., ——, §§). */
export function sameRunEnd(view: string, i: number): number {
  const c = view.charCodeAt(i)
  let j = i + 1
  while (view.charCodeAt(j) === c) j++
  return j
}
