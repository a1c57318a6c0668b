// Titles and role words that precede names (Präsident, Kremlchef, US-Präsident, CDU-Chefin, Dr.), from the title
// lists of corpora/lexicon, folded to lower case once.
import { lexiconList } from './data.js'

/** The role suffixes read backwards: a node per last letters, `end` where a whole suffix is read. */
interface SuffixNode {
  next: Map<number, SuffixNode>
  end: boolean
}

interface Roles {
  words: ReadonlySet<string>
  suffixes: SuffixNode
}

let roles: Roles | undefined

/** Letters a compound needs before its role suffix. */
const MIN_HEAD = 3

function loadRoles(): Roles {
  const words = new Set([...lexiconList('titles')].map((word) => word.toLowerCase()))
  const suffixes: SuffixNode = { next: new Map(), end: false }
  for (const suffix of lexiconList('titleSuffixes')) {
    let node = suffixes
    const lower = suffix.toLowerCase()
    for (let i = lower.length - 1; i >= 0; i--) {
      const code = lower.charCodeAt(i)
      let child = node.next.get(code)
      if (!child) node.next.set(code, (child = { next: new Map(), end: false }))
      node = child
    }
    node.end = true
  }
  return { words, suffixes }
}

/** A title or role word that precedes names. */
export function isRoleWord(word: string): boolean {
  const { words, suffixes } = (roles ??= loadRoles())
  const key = word.toLowerCase()
  if (words.has(key)) return true
  const hyphen = key.lastIndexOf('-')
  if (hyphen > 0 && words.has(key.slice(hyphen + 1))) return true
  // A compound ending in a role (Kremlchef, Bundesinnenminister): at least three letters before the suffix.
  // Read backwards through the suffixes, so no substring is made.
  let node: SuffixNode | undefined = suffixes
  for (let at = key.length - 1; at >= MIN_HEAD; at--) {
    node = node.next.get(key.charCodeAt(at))
    if (node === undefined) return false
    if (node.end) return true
  }
  return false
}
