// Multi-token gazetteer: longest match of knowledge-base names over a sentence's tokens, as per-token flags.
import { FNV_OFFSET, hashStep, hashString } from '../shared/hash.js'
import { isGenitiveOf } from './word-features.js'
import type { Knowledge, PhraseList } from './knowledge.js'

/**
 * Flag bits per token: bit 2t = begins a knowledge-base name of type t, bit 2t+1 = inside one (t indexes TYPE_NAMES);
 * bits 8 and 9: begins / inside a GeoNames place name of two to four tokens; bit 10: a capitalised word right after
 * a first name; bit 11: a capitalised word right after a title or role word (Kanzlerin, Kremlchef, CDU-Chef); neither
 * for a word that is itself a title; bit 12: inside a short quotation („Bubenkloster“, "Erinnerungen und Gedanken")
 * that opens with a capitalised word.
 */
export const PHRASE_FLAG_COUNT = 13
const AFTER_FIRST_NAME = 1 << 10
const AFTER_TITLE = 1 << 11
const GEO_BEGIN = 1 << 8
const GEO_INSIDE = 1 << 9
const MAX_GEO_TOKENS = 4
const QUOTED = 1 << 12
/** Quotations of at most this many tokens get the QUOTED flag. */
const MAX_QUOTED = 7

function isQuote(token: string): boolean {
  if (token.length > 2) return false
  const c = token.charCodeAt(0)
  if (token.length === 2) return (c === 0x27 || c === 0x60) && token.charCodeAt(1) === c
  return c === 0x22 || c === 0x201e || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201a || c === 0x2018 || c === 0x2019
}

function quotedFlags(tokens: readonly string[], bits: Uint8Array, out: Uint16Array): void {
  const n = tokens.length
  let open = -1
  for (let i = 0; i < n; i++) {
    if (!(bits[i]! & QUOTE)) continue
    if (open >= 0 && i - open - 1 >= 1 && i - open - 1 <= MAX_QUOTED && bits[open + 1]! & CAPITALIZED) {
      for (let j = open + 1; j < i; j++) out[j]! |= QUOTED
      open = -1
    } else open = i
  }
}

function matches(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false
  const last = phrase.length - 1
  for (let j = 1; j < last; j++) if (tokens[at + j] !== phrase[j]) return false
  const token = tokens[at + last]!
  return token === phrase[last] || isGenitiveOf(token, phrase[last]!)
}

/** Bits of a token's `starts` entry: its word begins some knowledge-base name / some GeoNames place name. */
export const PHRASE_START = 1
export const GEO_START = 2
export const FIRST_NAME = 4
export const TITLE = 8
export const CAPITALIZED = 16
/** A quotation mark (read per word type, so that the quotation flags need no string per token). */
export const QUOTE = 32

/** The `starts` bits of one word (computed once per word type by the tagger). */
export function wordStartBits(word: string, k: Knowledge): number {
  const c = word.charCodeAt(0)
  const capitalized = word.length > 1 && c !== word.toLowerCase().charCodeAt(0)
  const hyphen = word.lastIndexOf('-')
  const title = k.titles.has(word) || (hyphen > 0 && k.titleSuffixes.has(word.slice(hyphen + 1)))
  return (
    (k.phrases.has(word) ? PHRASE_START : 0) |
    (capitalized && k.geo.phraseStarts.has(hashString(FNV_OFFSET, word)) ? GEO_START : 0) |
    (k.firstNames.has(word) ? FIRST_NAME : 0) |
    (title ? TITLE : 0) |
    (capitalized ? CAPITALIZED : 0) |
    (isQuote(word) ? QUOTE : 0)
  )
}

/**
 * Writes the flags of tokens[0..n) into out (zeroed first). Left to right, longest match wins. `starts` (optional)
 * says which tokens can begin a phrase at all, so that the others cost nothing; `lists` (optional, with `starts`)
 * holds k.phrases.get(tokens[i]) for every token i whose PHRASE_START bit is set, so that no map is read.
 */
export function phraseFlags(tokens: readonly string[], k: Knowledge, out: Uint16Array, starts?: Uint8Array, lists?: ReadonlyArray<PhraseList | undefined>): void {
  const n = tokens.length
  out.fill(0, 0, n)
  let bits = starts
  if (!bits) {
    bits = new Uint8Array(n)
    for (let i = 0; i < n; i++) bits[i] = wordStartBits(tokens[i]!, k)
  }
  for (let i = 1; i < n; i++) {
    // A title after a title ("Herr Präsident") is a title, not a name.
    if ((bits[i]! & (CAPITALIZED | TITLE)) !== CAPITALIZED) continue
    if (bits[i - 1]! & FIRST_NAME) out[i]! |= AFTER_FIRST_NAME
    if (bits[i - 1]! & TITLE) out[i]! |= AFTER_TITLE
  }
  starts = bits
  quotedFlags(tokens, bits, out)
  if (k.geo.phrases.size > 0) geoFlags(tokens, k, out, starts)
  if (k.phrases.size === 0) return
  let i = 0
  while (i < n) {
    const candidates = starts && !(starts[i]! & PHRASE_START) ? undefined : lists ? lists[i] : k.phrases.get(tokens[i]!)
    let length = 0
    let mask = 0
    if (candidates) {
      for (const candidate of candidates) {
        if (matches(tokens, i, candidate.tokens)) {
          length = candidate.tokens.length
          mask = candidate.mask
          break
        }
      }
    }
    if (length === 0) {
      i++
      continue
    }
    for (let t = 0; t < 4; t++) {
      if (!(mask & (1 << t))) continue
      out[i]! |= 1 << (2 * t)
      for (let j = 1; j < length; j++) out[i + j]! |= 1 << (2 * t + 1)
    }
    i += length
  }
}

/** Longest GeoNames phrase at each capitalised token, by hashing the tokens joined with spaces. */
function geoFlags(tokens: readonly string[], k: Knowledge, out: Uint16Array, starts: Uint8Array): void {
  const n = tokens.length
  let i = 0
  while (i < n) {
    const first = tokens[i]!
    let length = 0
    if (i + 1 < n && starts[i]! & GEO_START) {
      let hash = hashString(FNV_OFFSET, first)
      for (let j = i + 1; j < n && j < i + MAX_GEO_TOKENS; j++) {
        hash = hashString(hashStep(hash, 0x20), tokens[j]!)
        if (k.geo.phrases.has(hash)) length = j - i + 1
      }
    }
    if (length === 0) {
      i++
      continue
    }
    out[i]! |= GEO_BEGIN
    for (let j = i + 1; j < i + length; j++) out[j]! |= GEO_INSIDE
    i += length
  }
}
