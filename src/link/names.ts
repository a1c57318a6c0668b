// Surface forms → lookup keys: whitespace and typography folded, genitive endings removed.
import { IGNORABLE, IGNORABLE_CODE } from '../shared/chars.js'

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
    if (c === IGNORABLE_CODE || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4 || (c >= 0x2010 && c <= 0x2014)) return false
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
