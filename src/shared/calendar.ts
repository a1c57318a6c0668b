// Names of months and weekdays, lower case: German (with Austria's Jänner and Feber) and English, full and short.
// The one home of the date words that tokenizing, sections, terms and linking read.

export const GERMAN_MONTHS: readonly string[] = [
  'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember',
]
/** Short German month names, written with a full stop after them. */
export const GERMAN_MONTHS_SHORT: readonly string[] = ['jan', 'feb', 'febr', 'mrz', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez']
export const GERMAN_WEEKDAYS: readonly string[] = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag']
export const GERMAN_WEEKDAYS_SHORT: readonly string[] = ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so']

const ENGLISH: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'sat', 'sun',
]

const ALL: ReadonlySet<string> = new Set([...GERMAN_MONTHS, ...GERMAN_MONTHS_SHORT, ...GERMAN_WEEKDAYS, ...GERMAN_WEEKDAYS_SHORT, ...ENGLISH])

/** A month or weekday name, German or English, full or short (lower case, without a full stop). */
export function isCalendarWord(lower: string): boolean {
  return ALL.has(lower)
}

/** Times of day that German joins to a weekday (Montagfrüh, Dienstagabend, Sonntagnachmittag). */
const DAY_TIMES: readonly string[] = ['früh', 'morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht']
/** The shortest weekday joined to the shortest time of day (Montagfrüh), and the weekdays' first letters. */
const MIN_WEEKDAY_TIME = Math.min(...GERMAN_WEEKDAYS.map((day) => day.length)) + Math.min(...DAY_TIMES.map((time) => time.length))
const WEEKDAY_INITIALS = [...new Set(GERMAN_WEEKDAYS.map((day) => day[0]!))].join('')

/**
 * A weekday joined to a time of day, in any case (Montagfrüh, Freitagabend): a time, never part of a name (a weekday
 * alone may be: Welt am Sonntag, Jennifer Montag).
 */
export function isWeekdayTime(word: string): boolean {
  // Most words asked are names: their length or first letter rules them out before a lower-case copy is made.
  if (word.length < MIN_WEEKDAY_TIME || !WEEKDAY_INITIALS.includes(word[0]!.toLowerCase())) return false
  const lower = word.toLowerCase()
  for (const day of GERMAN_WEEKDAYS) {
    if (!lower.startsWith(day)) continue
    return DAY_TIMES.includes(lower.slice(day.length))
  }
  return false
}
