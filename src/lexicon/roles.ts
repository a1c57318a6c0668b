// Titles and role words that precede names (Präsident, Kremlchef, US-Präsident, CDU-Chefin, Dr.), from the title
// lists of corpora/lexicon, folded to lower case once.
import { lexiconList } from './data.js'

interface Roles {
  words: ReadonlySet<string>
  suffixes: ReadonlySet<string>
  shortestSuffix: number
}

let roles: Roles | undefined

function loadRoles(): Roles {
  const words = new Set([...lexiconList('titles')].map((word) => word.toLowerCase()))
  const suffixes = new Set([...lexiconList('titleSuffixes')].map((word) => word.toLowerCase()))
  let shortestSuffix = Infinity
  for (const suffix of suffixes) shortestSuffix = Math.min(shortestSuffix, suffix.length)
  return { words, suffixes, shortestSuffix }
}

/** A title or role word that precedes names. */
export function isRoleWord(word: string): boolean {
  const { words, suffixes, shortestSuffix } = (roles ??= loadRoles())
  const key = word.toLowerCase()
  if (words.has(key)) return true
  const hyphen = key.lastIndexOf('-')
  if (hyphen > 0 && words.has(key.slice(hyphen + 1))) return true
  // A compound ending in a role (Kremlchef, Bundesinnenminister): at least three letters before the suffix.
  for (let at = 3; at <= key.length - shortestSuffix; at++) if (suffixes.has(key.slice(at))) return true
  return false
}
