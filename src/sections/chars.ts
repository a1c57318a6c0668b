import { IGNORABLE } from '../normalize/index.js'

// ASCII answers come from the code; other characters ask the case mapping, which covers German and most scripts.

export function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0)
  if (c < 0x80) return c >= 0x41 && c <= 0x5a
  return ch !== ch.toLowerCase()
}

export function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0)
  if (c < 0x80) return c >= 0x61 && c <= 0x7a
  return ch !== ch.toUpperCase()
}

export function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0)
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a
  return ch !== ch.toLowerCase() || ch !== ch.toUpperCase()
}

export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9'
}

export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLetter(s[i]!)) return true
  return false
}

/** A line as the patterns read it: ignorable code units removed. */
export function plainText(view: string, start: number, end: number): string {
  const slice = view.slice(start, end)
  return slice.indexOf(IGNORABLE) < 0 ? slice : slice.split(IGNORABLE).join('')
}

/**
 * Calls `test` on each word of s (split at spaces and the separator characters, empty pieces dropped) until one
 * fails. Returns the number of words tested, or -1 when one failed. Stops early: most lines fail on a word or two.
 */
export function everyWord(s: string, separators: string, test: (word: string) => boolean): number {
  let words = 0
  let from = 0
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s.charCodeAt(i) === 0x20 || separators.includes(s[i]!)) {
      if (i > from) {
        words++
        if (!test(s.slice(from, i))) return -1
      }
      from = i + 1
    }
  }
  return words
}

/** s starts with prefix followed by a non-letter (or nothing). Both already lower case. */
export function startsWithWord(s: string, prefix: string): boolean {
  if (!s.startsWith(prefix)) return false
  const next = s[prefix.length]
  return next === undefined || !isLetter(next)
}
