// The normalize stage builds a "view" of the caller's text with exactly the same length, so that every offset
// found in the view is also an offset into the original string and no offset map is ever needed.
// In the view: all spacing characters are ' ' or '\n' (a tab between two cells of a table row is a line break),
// control characters and lone surrogates are neutralised, HTML tags are blanked, a few HTML entities and UTF-8 misread
// as Windows-1252 are decoded, and characters to be ignored inside words are IGNORABLE.
import { IGNORABLE, IGNORABLE_CODE } from '../shared/chars.js'

const BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'br', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'header', 'footer', 'figcaption', 'figure', 'blockquote', 'aside', 'hr', 'title'])
// A Map, not an object literal: the name comes from the text, and `&valueOf;` must not find Object.prototype.
const ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries({
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', shy: IGNORABLE, ndash: '–', mdash: '—',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è',
  bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', laquo: '«', raquo: '»', hellip: '…', euro: '€',
}))
/** Beyond this a '<' with no '>' is a less-than sign in prose, not markup; tags with a data: URI may run longer. */
const MAX_TAG = 2000
/** `data:` + media type and parameters up to the comma ("image/svg+xml;charset=utf-8;base64"). */
const MAX_DATA_HEAD = 100
const MAX_ENTITY = 10

function mapCodeUnit(c: number, next: number): number {
  if (c === 0x20 || c === 0x0a) return c
  if (c === 0x0d) return next === 0x0a ? 0x20 : 0x0a
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return c === 0x85 ? 0x0a : 0x20
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return 0x20
  if (c === 0x2028 || c === 0x2029) return 0x0a
  return c
}

const TAB = 0x09

/**
 * A tab between two printed characters separates the cells of a table row (Saisonname<TAB>Preis/Nacht): a line break
 * in the view, so that no name or sentence runs from one cell into the next. A tab that indents or pads stays a space.
 */
function isCellSeparator(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1)
  const after = text.charCodeAt(i + 1)
  return before > 0x20 && after > 0x20
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
}

/**
 * Length of an HTML tag starting at i (text[i] === '<'), or 0 when it is not one. A tag holding a data: URI (an
 * inline image) may be longer than MAX_TAG. Every scan stops at the next '<', so all scans together read each code
 * unit at most twice.
 */
function tagLength(text: string, i: number): number {
  const first = text.charCodeAt(i + 1)
  if (!(isAsciiLetter(first) || first === 0x2f || first === 0x21)) return 0
  let limit = Math.min(text.length, i + MAX_TAG)
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x3e) return j - i + 1
    if (c === 0x3c) return 0
    if ((c === 0x22 || c === 0x27) && dataUriHead(text, j + 1) > 0) limit = text.length
  }
  return 0
}

/** Length of `data:…,` at i (media type and parameters, then the comma), or 0 when no data: URI starts there. */
function dataUriHead(text: string, i: number): number {
  if (!text.startsWith('data:', i)) return 0
  const limit = Math.min(text.length, i + MAX_DATA_HEAD)
  for (let j = i + 5; j < limit; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x2c) return j - i + 1
    if (!(isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2f || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x3b || c === 0x3d || c === 0x5f)) return 0
  }
  return 0
}

/** A data URI's payload: base64 or percent-encoded characters, no spaces. */
function isDataUnit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x25 || c === 0x2d || c === 0x5f || c === 0x2e
}

/** Length of a data: URI at i outside markup (a scraper's text of an inline image), or 0. */
function dataUriLength(text: string, i: number): number {
  const head = dataUriHead(text, i)
  if (head === 0) return 0
  let j = i + head
  while (j < text.length && isDataUnit(text.charCodeAt(j))) j++
  return j - i
}

function tagName(text: string, i: number, length: number): string {
  let j = i + 1
  if (text.charCodeAt(j) === 0x2f) j++
  const from = j
  while (j < i + length && (isAsciiLetter(text.charCodeAt(j)) || (text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39))) j++
  return text.slice(from, j).toLowerCase()
}

/** Decoded entity and its length at i (text[i] === '&'), or undefined. */
function entityAt(text: string, i: number): [string, number] | undefined {
  const limit = Math.min(text.length, i + MAX_ENTITY)
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x3b) {
      const name = text.slice(i + 1, j)
      if (name.charCodeAt(0) === 0x23) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
        if (code > 0 && code < 0xd800 && j - i + 1 > 1) return [String.fromCharCode(mapCodeUnit(code, 0)), j - i + 1]
        return undefined
      }
      const decoded = ENTITIES.get(name)
      return decoded === undefined ? undefined : [decoded, j - i + 1]
    }
    if (!(isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x23)) return undefined
  }
  return undefined
}

// UTF-8 read as Windows-1252 (or Latin-1), as scrapers of mislabelled pages deliver it: `GemÃ¼se` for Gemüse,
// `â€žZitatâ€œ` for „Zitat“. Each byte became one character: 0xA0–0xBF and, through Latin-1, 0x80–0x9F themselves;
// through Windows-1252, 0x80–0x9F as these.
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ'
const CP1252_BYTES: ReadonlyMap<number, number> = new Map(Array.from(CP1252_HIGH, (char, k) => [char.charCodeAt(0), 0x80 + k]))

/** The UTF-8 continuation byte (0x80–0xBF) that code unit c is the Windows-1252 or Latin-1 reading of, or -1. */
function continuationByte(c: number): number {
  if (c >= 0x80 && c <= 0xbf) return c
  return c < 0x100 ? -1 : (CP1252_BYTES.get(c) ?? -1)
}

/** Â, Ã or â: the only leads misreadAt takes. */
function isMisreadLead(c: number): boolean {
  return c === 0xc2 || c === 0xc3 || c === 0xe2
}

/**
 * The character and length of a misread UTF-8 sequence at i, or undefined. Only the leads that German pages show
 * misread are taken (Â and Ã: the Latin-1 letters and signs; â: punctuation, € and ™ from U+2000 to U+21FF), so
 * that real text stays as it is (Fuß“, São, pâté).
 */
function misreadAt(text: string, i: number): [number, number] | undefined {
  const lead = text.charCodeAt(i)
  const first = continuationByte(text.charCodeAt(i + 1))
  if (first < 0) return undefined
  if (lead === 0xc2 || lead === 0xc3) return [((lead & 0x1f) << 6) | (first & 0x3f), 2]
  const second = continuationByte(text.charCodeAt(i + 2))
  if (lead !== 0xe2 || second < 0) return undefined
  const code = ((lead & 0x0f) << 12) | ((first & 0x3f) << 6) | (second & 0x3f)
  return code >= 0x2000 && code <= 0x21ff ? [code, 3] : undefined
}

/** Whether a code unit may need changing in the view: markup starts, controls, odd spaces, surrogates. */
function needsWork(c: number): boolean {
  if (c < 0x20) return c !== 0x0a
  if (c < 0x7f) return c === 0x3c || c === 0x26
  return c <= 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)
}

const NEEDS_WORK = 1
const MISREAD_LEAD = 2

/** Per Latin-1 code unit, NEEDS_WORK, MISREAD_LEAD or 0: what most of a text is made of, read with one load. */
const LATIN1_KINDS: Uint8Array = Uint8Array.from({ length: 0x100 }, (_, c) => (needsWork(c) ? NEEDS_WORK : isMisreadLead(c) ? MISREAD_LEAD : 0))

/** Same-length view of `text` (see the module comment). Linear time; most texts need no change and are returned as is. */
export function normalizeText(text: string): string {
  let clean = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const kind = c < 0x100 ? LATIN1_KINDS[c]! : needsWork(c) ? NEEDS_WORK : 0
    if (kind !== 0 && (kind === NEEDS_WORK || misreadAt(text, i) !== undefined)) {
      clean = false
      break
    }
  }
  return clean && text.indexOf('data:') < 0 ? text : rewrite(text)
}

function rewrite(text: string): string {
  const n = text.length
  const out = new Uint16Array(n)
  let skipUntil = -1 // inside <script>/<style>: blank until the closing tag
  let skipTag = ''
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3c) {
      const length = tagLength(text, i)
      if (length > 0) {
        const name = tagName(text, i, length)
        const block = BLOCK_TAGS.has(name)
        for (let k = 0; k < length; k++) out[i + k] = 0x20
        if (block) out[i] = 0x0a
        if (skipUntil < 0 && (name === 'script' || name === 'style') && text.charCodeAt(i + 1) !== 0x2f) {
          skipTag = '</' + name
          skipUntil = i + length
        } else if (skipUntil >= 0 && name === skipTag.slice(2) && text.charCodeAt(i + 1) === 0x2f) {
          skipUntil = -1
        }
        i += length - 1
        continue
      }
    }
    if (skipUntil >= 0) {
      out[i] = c === 0x0a ? 0x0a : 0x20
      continue
    }
    if (c === 0x26) {
      const entity = entityAt(text, i)
      if (entity) {
        out[i] = entity[0].charCodeAt(0)
        for (let k = 1; k < entity[1]; k++) out[i + k] = IGNORABLE_CODE
        i += entity[1] - 1
        continue
      }
    }
    if (c === 0x64 && text.charCodeAt(i + 4) === 0x3a && !isAsciiLetter(text.charCodeAt(i - 1))) {
      const length = dataUriLength(text, i)
      if (length > 0) {
        for (let k = 0; k < length; k++) out[i + k] = 0x20
        i += length - 1
        continue
      }
    }
    if (isMisreadLead(c)) {
      const misread = misreadAt(text, i)
      if (misread) {
        out[i] = mapCodeUnit(misread[0], 0)
        for (let k = 1; k < misread[1]; k++) out[i + k] = IGNORABLE_CODE
        i += misread[1] - 1
        continue
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1)
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out[i] = c
        out[i + 1] = next
        i++
      } else {
        out[i] = 0xfffd
      }
      continue
    }
    out[i] = c === TAB && isCellSeparator(text, i) ? 0x0a : mapCodeUnit(c, text.charCodeAt(i + 1))
  }
  return decodeUtf16(out)
}

function decodeUtf16(units: Uint16Array): string {
  let result = ''
  const CHUNK = 8192
  for (let i = 0; i < units.length; i += CHUNK) {
    result += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[])
  }
  return result
}
