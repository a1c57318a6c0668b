import { hasLetter, isApostrophe, isDigit } from '../shared/chars.js'
import { everyWord, startsWithWord } from './line-words.js'
import { isCopyrightLine } from './byline.js'
import { AD_MARKERS, AGENCIES, BOX_PHRASES, BROADCASTS, CREDIT_LABELS, FOLLOW_CALLS, PAGE_WORDS, TAG_LABELS, PHOTO_SERVICES, STAMP_WORDS, STAT_LABELS } from './page-words.js'

const MAX_MENU_LINE = 120
const MAX_MENU_ITEM_WORDS = 3
const MAX_STAMP_LINE = 80
const MAX_CREDIT_LINE = 100
const MAX_COOKIE_LINE = 600
const MAX_BOX_LINE = 220
const MAX_STAT_LINE = 200
const MAX_SERVICE_CREDIT = 60
const MAX_CREDIT_NAME_WORDS = 4
const MIN_TAPE_CHANGES = 3

/** Every word is a share button, menu item or consent word ("Teilen Twitter Facebook", "Artikel merken"). */
function isMenuLine(lower: string): boolean {
  if (lower.length > MAX_MENU_LINE) return false
  return everyWord(lower, '|•·/,', (word) => PAGE_WORDS.has(word) || isNumber(word)) > 0
}

function isNumber(word: string): boolean {
  for (const ch of word) if (!isDigit(ch)) return false
  return true
}

/** "Dienstag, 20. März 2018, 14:35 Uhr", "Stand: 20.03.2018", "Lesezeit: 3 Min.". */
export function isStampLine(lower: string): boolean {
  if (lower.length > MAX_STAMP_LINE) return false
  if (lower.includes('lesezeit') || lower.includes('lesedauer') || lower.includes('min. lesen')) return true
  let digits = false
  const words = everyWord(lower, ',|/()·•', (word) => {
    if (!isDigit(word[0]!)) return STAMP_WORDS.has(word) || AGENCIES.has(word)
    digits = true
    for (const ch of word) if (!(isDigit(ch) || ch === '.' || ch === ':' || ch === '-' || ch === 'h')) return false
    return true
  })
  return words > 0 && digits
}

/** "Startseite > Politik > Ausland", "Home › Wirtschaft", "Home | Politik | Wirtschaft". */
function isBreadcrumb(line: string): boolean {
  if (line.length > MAX_MENU_LINE) return false
  if (count(line, ' > ') + count(line, ' › ') >= 1 || count(line, ' » ') >= 2) return true
  return count(line, ' | ') >= 2 && line.split(' | ').every((item) => item.split(' ').length <= MAX_MENU_ITEM_WORDS)
}

function count(s: string, part: string): number {
  let n = 0
  for (let i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length)) n++
  return n
}

/** "Foto: dpa", "Bild: Max Muster/dpa", "Keystone / Max Muster": an image credit on a line of its own. */
export function isCreditLine(lower: string): boolean {
  if (lower.length > MAX_CREDIT_LINE) return false
  for (const label of CREDIT_LABELS) {
    if (startsWithWord(lower, label) && lower[label.length] === ':') return true
  }
  const slash = lower.indexOf('/')
  if (slash <= 0 || lower.length > MAX_SERVICE_CREDIT) return false
  const service = lower.slice(0, slash).trimEnd()
  return PHOTO_SERVICES.includes(service) && lower.slice(slash + 1).trim().split(' ').length <= MAX_CREDIT_NAME_WORDS
}

/** "ZIB 1: Reporterin … berichtet", "Tagesschau 20 Uhr: …": a video's caption under a broadcast's name. */
function isBroadcastCaption(lower: string): boolean {
  if (lower.length > MAX_BOX_LINE) return false
  const colon = lower.indexOf(': ')
  if (colon <= 0) return false
  let name = lower.slice(0, colon)
  // A time after the name: "tagesschau 20 uhr", "zib 1, 19.30".
  const uhr = name.indexOf(' uhr')
  if (uhr > 0) name = name.slice(0, name.lastIndexOf(' ', uhr - 1))
  const comma = name.indexOf(',')
  if (comma > 0) name = name.slice(0, comma)
  return BROADCASTS.includes(name.trim())
}

/** The site speaking about its own cookies ("Wir verwenden Cookies …", "Diese Website nutzt Cookies"). */
function isCookieNote(lower: string): boolean {
  if (lower.length > MAX_COOKIE_LINE || !lower.includes('cookie')) return false
  return lower.includes('wir ') || lower.includes('diese website') || lower.includes('diese webseite') ||
    lower.includes('diese seite') || lower.includes('unsere website') || lower.includes('unsere webseite') ||
    lower.includes('unsere seite') || (lower.startsWith('cookie') && lower.length <= 40)
}

/**
 * A box of the site's own: newsletter, subscription, donation, consent, ad-blocker, affiliate, follow-me and author
 * notes, and the buttons that unlock an embedded post or fetch a PDF (Twitter freischalten, Pressemitteilung als PDF).
 */
function isSiteBox(lower: string): boolean {
  if (lower.length > MAX_BOX_LINE) return false
  for (const phrase of BOX_PHRASES) if (lower.includes(phrase)) return true
  if (FOLLOW_CALLS.some((call) => startsWithWord(lower, call)) && lower.includes(' auf')) return true
  return lower.length <= MAX_UNLOCK_BUTTON && (lower.endsWith(' freischalten') || lower.endsWith(' als pdf'))
}

/** A post's line of tags or categories (Tags: Apfel, Leber; Kategorie: Blog). */
function isTagLine(lower: string): boolean {
  return lower.length <= MAX_BOX_LINE && TAG_LABELS.some((label) => startsWithWord(lower, label) && lower[label.length] === ':')
}

/** The longest line read as a button that unlocks an embedded post or fetches a PDF. */
const MAX_UNLOCK_BUTTON = 40

/** "… 2:0." : a goal of a match report's telegram ends in the score. */
function endsWithScore(lower: string): boolean {
  let end = lower.length
  if (lower[end - 1] === '.') end--
  let k = end
  while (k > 0 && isDigit(lower[k - 1]!)) k--
  if (k === end || lower[k - 1] !== ':') return false
  const colon = k - 1
  k = colon
  while (k > 0 && isDigit(lower[k - 1]!)) k--
  return k < colon && lower[k - 1] === ' '
}

/** A live ticker's minute mark ("43' Tor für …", "90.+4' Abpfiff"), a match-stats or weather line. */
function isTickerLine(lower: string): boolean {
  let i = 0
  while (i < lower.length && (isDigit(lower[i]!) || lower[i] === '.' || lower[i] === '+')) i++
  if (i > 0 && isApostrophe(lower[i] ?? '') && lower[i + 1] === ' ') return true
  for (const label of STAT_LABELS) if (lower.startsWith(label)) return lower.length <= MAX_STAT_LINE
  if (i > 0 && lower[i - 1] === '.' && lower[i] === ' ' && endsWithScore(lower)) return lower.length <= MAX_STAMP_LINE
  return lower.length <= MAX_STAMP_LINE && lower.includes('°c') && lower.includes('wetter')
}

/** A quote of a market table or ticker: ends in a signed change (`Novartis N 98.42 CHF +1.18%`, `DAX 18.210 −0,4 %`). */
function isQuoteLine(lower: string): boolean {
  if (lower.length > MAX_STAMP_LINE) return false
  let i = lower.length - 1
  while (i >= 0 && lower[i] === ' ') i--
  if (lower[i] !== '%') return false
  return isSignedNumberBefore(lower, lower[i - 1] === ' ' || lower[i - 1] === '\u00a0' ? i - 1 : i)
}

/** A sign and a number end right before `end` (`+1.29`, `-0,6`, `±0`: the change of a quote). */
function isSignedNumberBefore(lower: string, end: number): boolean {
  let i = end - 1
  while (i >= 0 && (isDigit(lower[i]!) || lower[i] === '.' || lower[i] === ',')) i--
  return i < end - 1 && (lower[i] === '+' || lower[i] === '-' || lower[i] === '−' || lower[i] === '±')
}

/**
 * A glued ticker tape of a market widget (`ATX3078.02-0.24%ANDRITZ43.14-0.6%…`): at least three signed changes, and
 * at least one for every two spaces, which no sentence about the market has.
 */
function isTickerTape(lower: string): boolean {
  let changes = 0
  let spaces = 0
  for (let i = 0; i < lower.length; i++) {
    if (lower[i] === ' ') spaces++
    else if (lower[i] === '%' && isSignedNumberBefore(lower, i)) changes++
  }
  return changes >= MIN_TAPE_CHANGES && changes * 2 >= spaces
}

/** Labels of the messages a PHP server prints into a page (`Warning: … in /www/…/file.php on line 12`). */
const SERVER_MESSAGE_LABELS: readonly string[] = ['warning:', 'deprecated:', 'notice:', 'strict standards:', 'fatal error:', 'parse error:', 'catchable fatal error:']

/** A server's error message printed into the page: its label, and the source line it names. */
function isServerMessage(lower: string): boolean {
  return lower.includes(' on line ') && SERVER_MESSAGE_LABELS.some((label) => lower.startsWith(label))
}

/**
 * Page furniture that is neither text nor a credit: symbols, menus, stamps, breadcrumbs, boxes, tag lines, tickers,
 * cookie notes.
 */
export function isDebris(line: string, lower: string): boolean {
  if (!hasLetter(line)) return true
  return isMenuLine(lower) || isStampLine(lower) || isBreadcrumb(line) || isCookieNote(lower) || isSiteBox(lower) || isTagLine(lower) || isTickerLine(lower) || isQuoteLine(lower) || isTickerTape(lower) || isServerMessage(lower) || isBroadcastCaption(lower)
}

/** "Anzeige", "Werbung" on a line of their own: the block after them is an ad. */
export function isAdMarker(lower: string): boolean {
  return AD_MARKERS.has(lower.endsWith(':') ? lower.slice(0, -1) : lower)
}

/** An image credit or copyright line that credits no agency ("Foto: Max Muster", "© 2024 Verlag"). */
export function isCredit(lower: string): boolean {
  return isCopyrightLine(lower) || isCreditLine(lower)
}
