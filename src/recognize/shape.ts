// Character classes of a word: what case, digits and punctuation say about it, as small codes.
import { isLowerCode, isUpperCode } from '../shared/chars.js'

export const CASE = Object.freeze({ lower: 0, capitalized: 1, upper: 2, mixed: 3, digit: 4, other: 5 } as const)

/** 'X' upper, 'x' lower, 'd' digit, else the code unit itself. */
export function charClass(c: number): number {
  if (c >= 0x30 && c <= 0x39) return 0x64
  if (isUpperCode(c)) return 0x58
  if (isLowerCode(c)) return 0x78
  return c
}

/** Case class of a whole word. */
export function caseClass(word: string): number {
  let upper = 0
  let lower = 0
  let digit = 0
  for (let i = 0; i < word.length; i++) {
    const k = charClass(word.charCodeAt(i))
    if (k === 0x58) upper++
    else if (k === 0x78) lower++
    else if (k === 0x64) digit++
  }
  if (upper + lower === 0) return digit > 0 ? CASE.digit : CASE.other
  if (upper === 0) return CASE.lower
  if (lower === 0) return upper > 1 || word.length === 1 ? CASE.upper : CASE.capitalized
  const first = charClass(word.charCodeAt(0))
  if (first !== 0x58) return CASE.mixed
  for (let i = 1; i < word.length; i++) if (charClass(word.charCodeAt(i)) === 0x58 && charClass(word.charCodeAt(i - 1)) !== 0x2d) return CASE.mixed
  return CASE.capitalized
}

export function lengthBucket(length: number): number {
  return length <= 5 ? length : length <= 8 ? 6 : length <= 12 ? 7 : 8
}
