// Surface forms → lookup keys: whitespace and typography folded, genitive endings and role words removed.
import { IGNORABLE } from '../normalize/index.js'
import { lexiconList } from '../lexicon/index.js'

const APOSTROPHES = /[’‘`´]/g
const DASHES = /[‐‑‒–—]/g

/** Whitespace as the regular expression \s matches it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** Whether cleanSurface would change nothing: no ignorable, typographic apostrophe or dash, only single inner spaces. */
function isClean(raw: string): boolean {
  let space = true
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c === 0xad || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4 || (c >= 0x2010 && c <= 0x2014)) return false
    if (isSpace(c)) {
      if (space || c !== 0x20) return false
      space = true
    } else space = false
  }
  return !space
}

/** Mention text as later stages compare it: single spaces, ASCII apostrophes and hyphens, no ignorables. */
export function cleanSurface(raw: string): string {
  if (isClean(raw)) return raw
  let text = raw.indexOf(IGNORABLE) < 0 ? raw : raw.split(IGNORABLE).join('')
  text = text.replace(APOSTROPHES, "'").replace(DASHES, '-')
  return text.split(/\s+/).filter(Boolean).join(' ')
}

/** Case-folded key for dictionary lookups. */
export function foldKey(text: string): string {
  return text.toLowerCase()
}

/**
 * Candidate base forms of a possibly genitive name, most likely first, without the name itself:
 * Putins → Putin, Russlands → Russland, Paris' → Paris, Bundestages → Bundestag.
 */
export function genitiveBases(name: string): string[] {
  const bases: string[] = []
  if (name.endsWith("'s")) bases.push(name.slice(0, -2))
  else if (name.endsWith("'")) bases.push(name.slice(0, -1))
  else if (name.endsWith('es') && name.length > 4) bases.push(name.slice(0, -1), name.slice(0, -2))
  else if (name.endsWith('s') && name.length > 3) bases.push(name.slice(0, -1))
  return bases
}

let roleWords: Set<string> | undefined
let roleSuffixes: Set<string> | undefined
let shortestSuffix = Infinity

function loadRoles(): void {
  roleWords = new Set([...lexiconList('titles')].map(foldKey))
  roleSuffixes = new Set([...lexiconList('titleSuffixes')].map(foldKey))
  for (const suffix of roleSuffixes) shortestSuffix = Math.min(shortestSuffix, suffix.length)
}

/** A title or role word that precedes names (Präsident, Kremlchef, US-Präsident, CDU-Chefin, Dr.). */
export function isRoleWord(word: string): boolean {
  if (roleWords === undefined) loadRoles()
  const key = foldKey(word)
  if (roleWords!.has(key)) return true
  const hyphen = key.lastIndexOf('-')
  if (hyphen > 0 && roleWords!.has(key.slice(hyphen + 1))) return true
  // A compound ending in a role (Kremlchef, Bundesinnenminister): at least three letters before the suffix.
  for (let at = 3; at <= key.length - shortestSuffix; at++) if (roleSuffixes!.has(key.slice(at))) return true
  return false
}
