import { hasDigit, isDigit, isLower, isUpper } from '../shared/chars.js'
import { everyWord } from './line-words.js'
import { AGENCIES, AUTHOR_GENRES, AUTHOR_LABELS, AUTHOR_ROLES, CREDIT_JOINERS, NAME_JOINERS } from './page-words.js'

const MAX_BYLINE = 120
const MAX_NAME_WORDS = 12
const IMAGE_CREDIT_WORDS: readonly string[] = ['foto', 'bild', 'picture', 'imago', 'getty', 'istock', 'shutterstock']
const AUTHOR_SEPARATORS: readonly string[] = [' | ', ' · ', ' • ', ' – ', ' — ']

/** "dpa", "(dpa)", "dpa/AFP", "jok/dpa", "mit Material von dpa und AFP": agency codes, initials and joiners only. */
function isAgencyLine(line: string): boolean {
  let agencies = 0
  const words = everyWord(line, '/,;+&()[]-–:|', (word) => {
    const lower = word.toLowerCase()
    if (AGENCIES.has(lower)) agencies++
    return AGENCIES.has(lower) || CREDIT_JOINERS.has(lower) || isInitials(word)
  })
  return words > 0 && agencies > 0
}

/** Editor's initials as they follow agency codes: two to four lower-case letters ("jok", "cs"). */
function isInitials(word: string): boolean {
  if (word.length < 2 || word.length > 4) return false
  for (const ch of word) if (!isLower(ch)) return false
  return true
}

/** "Anna Beispiel", "Anna Beispiel und Max von Muster, Berlin", "unserem Korrespondenten Max Muster". */
function isNameList(names: string): boolean {
  let capitalised = 0
  const words = everyWord(names, ',', (word) => {
    if (isUpper(word[0]!) && !endsLikeSentence(word)) return ++capitalised <= MAX_NAME_WORDS
    const lower = word.toLowerCase()
    return NAME_JOINERS.has(lower) || AGENCIES.has(lower)
  })
  return words > 0 && words <= MAX_NAME_WORDS && capitalised >= 2
}

/** A word ending a sentence; initials such as "A." do not. */
function endsLikeSentence(word: string): boolean {
  const last = word[word.length - 1]!
  if (last === '!' || last === '?' || last === ':' || last === ';') return true
  return last === '.' && word.length > 2
}

/** "Von Anna Beispiel", "Ein Kommentar von Anna Beispiel", "Autorin: Anna Beispiel", "Quelle: Reuters". */
function isAuthorLine(line: string, lower: string): boolean {
  for (const label of AUTHOR_LABELS) {
    if (lower.startsWith(label)) return line.length - label.length <= 80 && line.length > label.length + 1
  }
  if (lower.startsWith('von ')) return isNameList(line.slice(4)) || lower === 'von redaktion' || lower.startsWith('von der redaktion')
  // "by Anna Beispiel", "- Max Muster", "– Anna Beispiel"
  if (lower.startsWith('by ')) return isNameList(line.slice(3))
  if (lower.startsWith('- ') || lower.startsWith('– ')) return isNameList(line.slice(2))
  if (isSignature(line)) return true
  if (isNameWithRole(line, lower)) return true
  if (!lower.startsWith('ein')) return false
  const von = lower.indexOf(' von ')
  const words = lower.slice(0, von).split(' ')
  if (von < 0 || words.length !== 2 || (words[0] !== 'ein' && words[0] !== 'eine') || !AUTHOR_GENRES.has(words[1]!)) return false
  return isNameList(line.slice(von + 5))
}

/** "(Anna Beispiel, DER ZEITUNG, 3.4.2024)": a signature in brackets, names first. */
function isSignature(line: string): boolean {
  if (!line.startsWith('(') || !line.endsWith(')')) return false
  const comma = line.indexOf(', ')
  return comma > 0 && isNameList(line.slice(1, comma))
}

/** "Anna Beispiel Redakteurin", "Max Muster, Korrespondent in Wien". */
function isNameWithRole(line: string, lower: string): boolean {
  for (const role of AUTHOR_ROLES) {
    const at = lower.indexOf(' ' + role)
    if (at <= 0 || at > 40) continue
    const end = at + 1 + role.length
    if (end < lower.length && lower[end] !== ' ' && lower[end] !== ',') continue
    const before = line.slice(0, at)
    const names = before.endsWith(',') ? before.slice(0, -1) : before
    if (isNameList(names) && names.split(' ').length <= 4) return true
  }
  return false
}

/** "© dpa-infocom, dpa:180320-99-…" credits an agency; other copyright lines are debris. */
export function isCopyrightLine(lower: string): boolean {
  return lower.startsWith('©') || lower.startsWith('(c)') || lower.startsWith('copyright')
}

export function creditsAgency(lower: string): boolean {
  let from = 0
  for (let i = 0; i <= lower.length; i++) {
    const ch = lower[i]
    if (ch === undefined || !(isLower(ch) || ch === '-')) {
      if (i > from && AGENCIES.has(lower.slice(from, i))) return true
      from = i + 1
    }
  }
  return false
}

/** An image credit names the photo service: "© picture alliance / dpa" credits a photo, not the article. */
function creditsImage(lower: string): boolean {
  for (const word of IMAGE_CREDIT_WORDS) if (lower.includes(word)) return true
  return false
}

/** Where an author line may go on with a date or desk ("Von Anna Beispiel | 20.03.2018"). */
function authorPart(line: string): string {
  let end = line.length
  for (const separator of AUTHOR_SEPARATORS) {
    const at = line.indexOf(separator)
    if (at > 0 && at < end) end = at
  }
  return line.slice(0, end).trimEnd()
}

/** After a date and a separator: "23.05.2024, 17:58 Uhr | Von Anna Beispiel". */
function authorAfterDate(line: string): string | undefined {
  if (!isDigit(line[0] ?? '')) return undefined
  for (const separator of AUTHOR_SEPARATORS) {
    const at = line.lastIndexOf(separator)
    if (at > 0) return line.slice(at + separator.length)
  }
  return undefined
}

/** A line of its own naming the article's author or source. `line` is trimmed; `lower` its lower case. */
export function isByline(line: string, lower: string): boolean {
  if (line.length > MAX_BYLINE) return false
  if (isCopyrightLine(lower)) return creditsAgency(lower) && !creditsImage(lower)
  if (isAgencyLine(line)) return true
  const author = authorPart(line)
  if (isAuthorLine(author, author.toLowerCase())) return true
  const after = authorAfterDate(line)
  return after !== undefined && isAuthorLine(after, after.toLowerCase())
}

const MAX_SIGNATURE = 90

/**
 * Where a signature closing a paragraph starts: "… galt als offen. (Anna Beispiel, DER ZEITUNG, 3.4.2024)",
 * "… (ab/dpa)". `line` is the paragraph's last line, trimmed; -1 when it has none.
 */
export function trailingSignature(line: string): number {
  const end = line.endsWith(').') ? line.length - 1 : line.length
  if (line[end - 1] !== ')') return -1
  const open = line.lastIndexOf('(', end - 1)
  if (open <= 0 || end - open > MAX_SIGNATURE || line[open - 1] !== ' ') return -1
  const inside = line.slice(open, end)
  // A name with a date or two more parts: "(Max Muster, SPD)" after a quote names a politician, not the author.
  const signed = isSignature(inside) && (hasDigit(inside) || inside.split(', ').length >= 3)
  return signed || isAgencyLine(inside) ? open : -1
}
