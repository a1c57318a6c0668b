import { isLetter } from '../shared/chars.js'

// Word-by-word reading of one line, for the line patterns.

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

/** The words of s, split at spaces, no-break spaces and the separator characters, empty pieces dropped. */
export function lineWords(s: string, separators: string): string[] {
  const words: string[] = []
  let from = 0
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s[i] === ' ' || s[i] === '\u00a0' || separators.includes(s[i]!)) {
      if (i > from) words.push(s.slice(from, i))
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
