// Scanners for tokens with their own syntax. Each takes the view and a start index and returns the end index of
// the token found there, or -1. All are single forward passes over char codes (no regular expressions).
import { classAt, codePointAt, DIGIT, EMOJI, FORMAT, LETTER, MARK, MODIFIER, REGIONAL, SPACE, widthOf } from './chars.js'
import { isTopLevelDomain } from './function-words.js'
import { isQuoteCode } from '../shared/chars.js'

const ZWJ = 0x200d
const KEYCAP = 0x20e3
const VARIATION_EMOJI = 0xfe0f

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}

/** Characters that end a URL: quotes and angle brackets around it in running text. */
function endsUrl(view: string, i: number): boolean {
  const c = view.charCodeAt(i)
  if (c === 0x3c || c === 0x3e || isQuoteCode(c)) return true
  return classAt(view, i) === SPACE
}

/** Drop sentence punctuation a URL cannot end with; keep a closing bracket that closes one inside the URL. */
function trimUrl(view: string, start: number, end: number): number {
  let round = 0
  let square = 0
  for (let k = start; k < end; k++) {
    const d = view.charCodeAt(k)
    if (d === 0x28) round++
    else if (d === 0x29) round--
    else if (d === 0x5b) square++
    else if (d === 0x5d) square--
  }
  while (end > start) {
    const c = view.charCodeAt(end - 1)
    if (c === 0x29 || c === 0x5d) {
      if ((c === 0x29 ? round : square) >= 0) return end
      if (c === 0x29) round++
      else square++
      end--
      continue
    }
    if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2019 || classAt(view, end - 1) === FORMAT) end--
    else return end
  }
  return end
}

function lowerAsciiAt(view: string, i: number): number {
  const c = view.charCodeAt(i)
  return c >= 0x41 && c <= 0x5a ? c + 32 : c
}

function startsWithLower(view: string, i: number, prefix: string): boolean {
  if (i + prefix.length > view.length) return false
  for (let k = 0; k < prefix.length; k++) if (lowerAsciiAt(view, i + k) !== prefix.charCodeAt(k)) return false
  return true
}

/** http://…, https://…, ftp://…, www.… up to the next space or quote. */
export function urlEnd(view: string, start: number): number {
  let j = -1
  for (const prefix of ['https://', 'http://', 'ftp://', 'www.']) {
    if (startsWithLower(view, start, prefix)) {
      j = start + prefix.length
      break
    }
  }
  if (j < 0 || j >= view.length || endsUrl(view, j) || !isAsciiAlnum(view.charCodeAt(j))) return -1
  while (j < view.length && !endsUrl(view, j)) j++
  return trimUrl(view, start, j)
}

/** Labels of letters, digits and inner hyphens separated by dots; returns the end and the start of the last label. */
function domainLabels(view: string, start: number): [end: number, lastLabel: number, labels: number] {
  let j = start
  let labels = 0
  let lastLabel = start
  for (;;) {
    const labelStart = j
    while (j < view.length && (isAsciiAlnum(view.charCodeAt(j)) || view.charCodeAt(j) === 0x2d || classAt(view, j) === LETTER)) j++
    if (j === labelStart) return [labelStart - 1, lastLabel, labels]
    labels++
    lastLabel = labelStart
    if (view.charCodeAt(j) !== 0x2e || !isAsciiAlnum(view.charCodeAt(j + 1))) return [j, lastLabel, labels]
    j++
  }
}

/** End of the run of characters an e-mail address can start with (name, dots, +, %, _, -). */
export function emailLocalEnd(view: string, start: number): number {
  let j = start
  while (j < view.length) {
    const c = view.charCodeAt(j)
    if (isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d || classAt(view, j) === LETTER) j++
    else break
  }
  return j
}

/** name@example.org */
export function emailEnd(view: string, start: number): number {
  const j = emailLocalEnd(view, start)
  if (j === start || view.charCodeAt(j) !== 0x40) return -1
  const [end, lastLabel, labels] = domainLabels(view, j + 1)
  if (labels < 2 || end - lastLabel < 2) return -1
  for (let k = lastLabel; k < end; k++) if (!isAsciiLower(lowerAsciiAt(view, k))) return -1
  return end
}

/** End of the dotted labels starting at `start` (how far domainEnd reads before its verdict). */
export function domainLabelsEnd(view: string, start: number): number {
  return Math.max(start, domainLabels(view, start)[0])
}

/** A bare web address with a known top-level domain: spiegel.de, tagesschau.de/inland. */
export function domainEnd(view: string, start: number): number {
  const [end, lastLabel, labels] = domainLabels(view, start)
  if (labels < 2) return -1
  const tld = view.slice(lastLabel, end)
  if (!isTopLevelDomain(tld)) return -1
  if (classAt(view, end) === LETTER || classAt(view, end) === DIGIT) return -1
  if (view.charCodeAt(end) !== 0x2f || endsUrl(view, end + 1)) return end
  let j = end
  while (j < view.length && !endsUrl(view, j)) j++
  return trimUrl(view, start, j)
}

const MAX_DOTTED_GROUPS = 6 // u.v.m., U.S.A., v.l.n.r.; longer chains are not abbreviations

/**
 * z.B., u.a., e.V., U.S.A., i.d.R.: two or more groups of one to three letters, each followed by a full stop, and
 * no letter after the last one. Returns the end after the last full stop.
 */
export function dottedAbbreviationEnd(view: string, start: number): number {
  let j = start
  let groups = 0
  while (groups < MAX_DOTTED_GROUPS) {
    const groupStart = j
    while (j < view.length && (classAt(view, j) === LETTER || classAt(view, j) === MARK)) j++
    const length = j - groupStart
    if (length === 0) break
    if (length > 3 || view.charCodeAt(j) !== 0x2e) return -1
    j++
    groups++
  }
  return groups >= 2 && view.charCodeAt(j) !== 0x2e ? j : -1
}

function isEmojiBase(cls: number): boolean {
  return cls === EMOJI || cls === MODIFIER || cls === REGIONAL
}

/** After a base: variation selectors, skin tones, tag characters (subdivision flags) and keycap marks. */
function emojiTail(view: string, j: number): number {
  while (j < view.length) {
    const cp = codePointAt(view, j)
    if (cp === VARIATION_EMOJI || cp === 0xfe0e || cp === KEYCAP || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) j += widthOf(cp)
    else break
  }
  return j
}

const MAX_ZWJ_PARTS = 10 // the longest standard sequences (families, couples with skin tones) have 7

/**
 * One emoji: a pictograph, a flag (two regional indicators), a keycap, or a ZWJ sequence of those, with skin tones
 * and variation selectors. `start` is at a pictograph, or at a character followed by U+FE0F or U+20E3.
 */
export function emojiEnd(view: string, start: number): number {
  let j = start
  for (let parts = 1; ; parts++) {
    const cp = codePointAt(view, j)
    const cls = classAt(view, j)
    j += widthOf(cp)
    if (cls === REGIONAL && classAt(view, j) === REGIONAL) j += 2
    j = emojiTail(view, j)
    if (parts >= MAX_ZWJ_PARTS || view.charCodeAt(j) !== ZWJ || j + 1 >= view.length || !isEmojiBase(classAt(view, j + 1))) return j
    j++
  }
}

/** Is the character at i followed by an emoji presentation selector or a keycap mark (©️, 1️⃣)? */
export function asksForEmoji(view: string, i: number): boolean {
  const next = view.charCodeAt(i + 1)
  return next === VARIATION_EMOJI || next === KEYCAP
}

const EMOTICON_EYES = ':;='
const EMOTICON_NOSES = "-'^"
const EMOTICON_MOUTHS = ')(DPpOo3/\\|*]['

/** :-) ;) :D :-( =) <3 — only where the caller saw a space (or nothing) before. Ends before a letter or digit fail. */
export function emoticonEnd(view: string, start: number): number {
  let j = start
  const first = view.charAt(j)
  if (first === '<') {
    j = view.charAt(j + 1) === '3' ? j + 2 : -1
  } else if (EMOTICON_EYES.includes(first)) {
    j++
    if (j < view.length && EMOTICON_NOSES.includes(view.charAt(j))) j++
    const mouth = view.charAt(j)
    if (mouth === '' || !EMOTICON_MOUTHS.includes(mouth)) return -1
    j++
    while (view.charAt(j) === mouth && (mouth === ')' || mouth === '(')) j++
  } else return -1
  if (j < 0) return -1
  const after = classAt(view, j)
  return after === LETTER || after === DIGIT || after === MARK ? -1 : j
}

/** "10,-" "10,--" "14.--": a price with a dash for the cents; `j` is at the comma or full stop. */
export function priceDashEnd(view: string, j: number): number {
  let k = j + 1
  const dash = view.charCodeAt(k)
  if (!(dash === 0x2d || dash === 0x2013)) return -1
  k++
  if (view.charCodeAt(k) === dash) k++
  const after = classAt(view, k)
  return after === LETTER || after === DIGIT ? -1 : k
}

/** "in" or "innen" ending a word, as in Lehrer*innen or Bürger:in; `i` is after the star or colon. */
export function genderEndingEnd(view: string, i: number): number {
  if (view.charCodeAt(i) !== 0x69 || view.charCodeAt(i + 1) !== 0x6e) return -1
  const end = view.startsWith('nen', i + 2) ? i + 5 : i + 2
  return classAt(view, end) === LETTER ? -1 : end
}
