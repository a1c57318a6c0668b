// Why a short title-like line is no headline. The layout takes the title-like line nearest the article as its
// headline; on scraped pages that line is often the page's furniture: the metadata between the headline and the text
// (a date stamp, "Datum: 26. Januar 2022", "Autorin Anna Beispiel", "Keine Kommentare") or a link of the site's
// navigation ("Impressum", "Kontakt/Impressum", "Warenkorb"). Metadata stands between headline and text, so the
// headline is looked for past it; navigation has more navigation around it, so no headline is looked for past it.
import { hasDigit, isDigit, isUpper } from '../shared/chars.js'
import { isCalendarWord } from '../shared/calendar.js'
import { lineWords } from './line-words.js'
import { COUNTED_THINGS, LEGAL_LINK_WORDS, METADATA_LABELS, PAGE_WORDS, SITE_LINK_WORDS, STAMP_WORDS } from './page-words.js'

export const NOT_HEADLINE = Object.freeze({ no: 0, metadata: 1, navigation: 2 } as const)
export type NotHeadline = (typeof NOT_HEADLINE)[keyof typeof NOT_HEADLINE]

/** Longer lines are headlines or text, never one stamp or link. */
const MAX_FURNITURE_LINE = 120
/** A stamp names at most this many other things (an author, a desk): "30. Oktober 2019 | Anna Beispiel". */
const MAX_STAMP_OTHER_WORDS = 4
/** A label's value is this short ("Ort Saarbrücken", "Herausgeber: Beispiel AG"). */
const MAX_LABEL_VALUE_WORDS = 4
/** A line of links has at most this many words. */
const MAX_MENU_WORDS = 6
const SEPARATORS = '|•·/,;()[]'

/** What keeps a title-like line from being the headline, if anything. */
export function notHeadline(line: string): NotHeadline {
  if (line.length > MAX_FURNITURE_LINE) return NOT_HEADLINE.no
  const lower = line.toLowerCase()
  if (isSiteLinks(line)) return NOT_HEADLINE.navigation
  if (isLabelledValue(line, lower) || isCounter(lower) || isDateStamp(line, lower)) return NOT_HEADLINE.metadata
  return NOT_HEADLINE.no
}

/** Words of a line split at spaces and SEPARATORS, with the trailing colon or full stop kept. */
const wordsOf = (s: string): string[] => lineWords(s, SEPARATORS)

/** Only links of the site: legal pages, contact, cart, account, languages, menus ("Kontakt/Impressum", "DE FR IT EN"). */
function isSiteLinks(line: string): boolean {
  const words = wordsOf(line)
  if (words.length > MAX_MENU_WORDS) return false
  let links = 0
  let legal = 0
  let items = 0
  for (const word of words) {
    const bare = trimMarks(word.toLowerCase())
    if (SITE_LINK_WORDS.has(bare)) {
      links++
      if (LEGAL_LINK_WORDS.has(bare)) legal++
    } else if (PAGE_WORDS.has(bare) || LINK_FILLERS.has(bare)) continue
    else if (isUpper(word[0]!)) items++
    else return false
  }
  // Other menu items stand beside a legal link ("Hinweise Kontakt Impressum", "Impressum und Daten").
  return links > 0 && (items === 0 || legal > 0)
}

/** Words between the link words ("Zu den Favoriten", "Schreib einen Kommentar"). */
const LINK_FILLERS: ReadonlySet<string> = new Set(['&', 'und', 'zu', 'den', 'der', 'die', 'das', 'einen', 'eine', 'kommentar', 'online', 'your', 'get', 'help', 'ihr'])

function trimMarks(word: string): string {
  let end = word.length
  while (end > 0 && (word[end - 1] === ':' || word[end - 1] === '!' || word[end - 1] === '?' || word[end - 1] === '»')) end--
  let start = 0
  while (start < end && word[start] === '»') start++
  return word.slice(start, end)
}

/**
 * A label and its value: a known label ("Datum 28.01.2022", "Ort Saarbrücken", "Herausgeber: Beispiel AG", "Artikel
 * von: Anna") or any one-word label before a colon and a number or date ("Gäste: 13", "Ausgabejahr:2022").
 */
function isLabelledValue(line: string, lower: string): boolean {
  const colon = lower.indexOf(':')
  if (colon > 0 && spacesIn(lower, colon) <= 1 && isNumberOrDate(lower.slice(colon + 1))) return true
  if (lower.length !== line.length) return false
  for (const label of METADATA_LABELS) {
    if (!lower.startsWith(label)) continue
    const rest = line.slice(label.length)
    // A label on a line of its own: its value is on the next line.
    if (rest === '' || rest === ':') return true
    if (rest.startsWith(':')) return wordsOf(rest.slice(1)).length <= MAX_LABEL_VALUE_WORDS
    // Without a colon the value follows, capitalised or a number ("Ort Saarbrücken", glued "Veröffentlicht inPolitik");
    // "Ort des Geschehens" is a headline.
    if (!(rest[0] === ' ' || isUpper(rest[0]!))) continue
    const value = rest.trimStart()
    const words = wordsOf(value)
    if (words.length > 0 && words.length <= MAX_LABEL_VALUE_WORDS && (isUpper(value[0]!) || isDigit(value[0]!))) return true
  }
  return false
}

function spacesIn(s: string, end: number): number {
  let n = 0
  for (let i = 0; i < end; i++) if (s[i] === ' ') n++
  return n
}

/** Numbers, dates and stamp words only, at least one number ("13", "26. Januar 2022", "4,9 von 5,0"). */
function isNumberOrDate(value: string): boolean {
  let numbers = 0
  for (const word of wordsOf(value)) {
    if (isDigit(word[0]!)) {
      numbers++
      continue
    }
    const bare = word.endsWith('.') ? word.slice(0, -1) : word
    if (!isCalendarWord(bare) && !STAMP_WORDS.has(word) && word !== 'von' && word !== 'of') return false
  }
  return numbers > 0
}

const QUOTES = '"„“»«‚\''

/** A count of comments, answers or ratings ("Keine Kommentare", "1 Comment on …", "3 von 5 (1 Bewertung)"). */
function isCounter(lower: string): boolean {
  const words = wordsOf(lower)
  if (words.length < 2) return false
  const first = words[0]!
  if (!(isDigit(first[0]!) || first === 'keine' || first === 'kein' || first === 'no')) return false
  if (COUNTED_THINGS.has(trimMarks(words[1]!))) {
    // Alone, or naming the post it counts for ("1 Comment on …", "2 Antworten zu „…“"); "5 Antworten auf die
    // wichtigsten Fragen" is a headline.
    if (words.length === 2 || words[2] === 'on') return true
    return (words[2] === 'zu' || words[2] === 'auf' || words[2] === 'für') && words.length > 3 && QUOTES.includes(words[3]![0]!)
  }
  // A rating: "3 von 5", "4,5 of 5 stars".
  return isDigit(first[0]!) && (words[1] === 'von' || words[1] === 'of') && words.length > 2 && isDigit(words[2]![0]!)
}

/** A day with its month or a clock time in a word or two: "26. Januar", "Apr 9", "28.01.2022", "2022-01-28", "14:35". */
function isDateAt(words: readonly string[], i: number): boolean {
  const word = words[i]!
  if (hasNumericDate(word)) return true
  const bare = word.endsWith('.') ? word.slice(0, -1) : word
  if (!isCalendarWord(bare.toLowerCase())) return false
  const before = i > 0 ? words[i - 1]! : ''
  const after = i + 1 < words.length ? words[i + 1]! : ''
  return (before !== '' && isDigit(before[0]!)) || (after !== '' && isDigit(after[0]!))
}

/** d.m. or d.m.yyyy, yyyy-mm-dd or a clock time hh:mm somewhere in the word (stamps glue them to names). */
function hasNumericDate(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    // Each run of digits is read once, from its start.
    if (!isDigit(word[i]!) || (i > 0 && isDigit(word[i - 1]!))) continue
    let a = i
    while (a < word.length && isDigit(word[a]!)) a++
    const run = a - i
    if (run <= 2 && word[a] === '.') {
      let b = a + 1
      while (b < word.length && isDigit(word[b]!)) b++
      if (b - a - 1 >= 1 && b - a - 1 <= 2 && word[b] === '.') return true
    }
    if (run <= 2 && word[a] === ':' && isClock(word, i, a)) return true
    if (run === 4 && word[a] === '-' && isDigit(word[a + 1] ?? '') && isDigit(word[a + 2] ?? '') && word[a + 3] === '-') return true
    i = a - 1
  }
  return false
}

/** Hours word[start, colon) and two digits of minutes after the colon, a time of day (not a score like 28:25). */
function isClock(word: string, start: number, colon: number): boolean {
  if (!isDigit(word[colon + 1] ?? '') || !isDigit(word[colon + 2] ?? '') || isDigit(word[colon + 3] ?? '')) return false
  return Number(word.slice(start, colon)) <= 23 && Number(word.slice(colon + 1, colon + 3)) <= 59
}

/** Words that may stand in a stamp besides dates and names ("Veröffentlicht am …", "Posted on … by …"). */
const STAMP_JOINERS: ReadonlySet<string> = new Set([
  'von', 'by', 'on', 'at', 'am', 'um', 'und', '&', 'posted', 'post', 'date', 'published', 'updated', 'in', 'kommentar',
  'kommentare', 'comment', 'comments', 'keine', 'kein', 'no', '-', '–', '—',
])

/**
 * A date or time with at most a few names beside it: "Do 9 Apr 2020", "30. Oktober 2019 | Anna Beispiel", "Von Max
 * Muster am Samstag, 19. Oktober 2019 um 11:14 Uhr". "Tag der offenen Tür am 22. Januar" is an event, a headline.
 */
function isDateStamp(line: string, lower: string): boolean {
  const words = wordsOf(line)
  const lowers = wordsOf(lower)
  if (words.length !== lowers.length) return false
  let date = -1
  let others = 0
  for (let i = 0; i < words.length; i++) {
    const word = lowers[i]!
    // The date starts at the day before its month ("am 31. Januar").
    if (date < 0 && isDateAt(words, i)) date = i > 0 && isDigit(words[i - 1]![0]!) ? i - 1 : i
    if (hasDigit(word)) continue
    const bare = word.endsWith('.') ? word.slice(0, -1) : word
    if (isCalendarWord(bare) || STAMP_WORDS.has(word) || STAMP_JOINERS.has(word)) continue
    // A name or a desk is capitalised; a lower-case word makes it a sentence or a headline.
    if (!isUpper(words[i]![0]!)) return false
    if (++others > MAX_STAMP_OTHER_WORDS) return false
  }
  if (date < 0) return false
  const event = date >= 2 && lowers[date - 1] === 'am' && !STAMP_OPENERS.has(lowers[0]!)
  return !event
}

/** Words that open a stamp line rather than a headline. */
const STAMP_OPENERS: ReadonlySet<string> = new Set(['von', 'by', 'posted', 'post', 'veröffentlicht', 'published', 'erstellt', 'aktualisiert', 'stand', 'stand:', 'datum', 'datum:'])
