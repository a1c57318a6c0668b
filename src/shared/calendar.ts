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

/**
 * A weekday joined to a time of day, in any case (Montagfrüh, Freitagabend): a time, never part of a name (a weekday
 * alone may be: Welt am Sonntag, Jennifer Montag).
 */
export function isWeekdayTime(word: string): boolean {
  const lower = word.toLowerCase()
  for (const day of GERMAN_WEEKDAYS) {
    if (!lower.startsWith(day)) continue
    return DAY_TIMES.includes(lower.slice(day.length))
  }
  return false
}
