import { hasLetter, isDigit } from '../shared/chars.js'
import { everyWord, startsWithWord } from './line-words.js'
import { isCopyrightLine } from './byline.js'
import { CREDIT_LABELS, PAGE_WORDS, STAMP_WORDS } from './page-words.js'

const MAX_MENU_LINE = 120
const MAX_MENU_ITEM_WORDS = 3
const MAX_STAMP_LINE = 80
const MAX_CREDIT_LINE = 100
const MAX_COOKIE_LINE = 600

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
function isStampLine(lower: string): boolean {
  if (lower.length > MAX_STAMP_LINE) return false
  let digits = false
  const words = everyWord(lower, ',|/()', (word) => {
    if (!isDigit(word[0]!)) return STAMP_WORDS.has(word)
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

/** "Foto: dpa", "Bild: Max Muster/dpa": an image credit on a line of its own. */
export function isCreditLine(lower: string): boolean {
  if (lower.length > MAX_CREDIT_LINE) return false
  for (const label of CREDIT_LABELS) {
    if (startsWithWord(lower, label) && lower[label.length] === ':') return true
  }
  return false
}

/** The site speaking about its own cookies ("Wir verwenden Cookies …", "Diese Website nutzt Cookies"). */
function isCookieNote(lower: string): boolean {
  if (lower.length > MAX_COOKIE_LINE || !lower.includes('cookie')) return false
  return lower.includes('wir ') || lower.includes('diese website') || lower.includes('diese webseite') ||
    lower.includes('diese seite') || lower.includes('unsere website') || lower.includes('unsere webseite') ||
    lower.includes('unsere seite') || (lower.startsWith('cookie') && lower.length <= 40)
}

/** Page furniture that is neither text nor credit: symbols, menus, stamps, image credits, ads, cookie notes. */
export function isDebris(line: string, lower: string): boolean {
  if (!hasLetter(line)) return true
  if (isCopyrightLine(lower)) return true
  return isMenuLine(lower) || isStampLine(lower) || isBreadcrumb(line) || isCreditLine(lower) || isCookieNote(lower)
}
