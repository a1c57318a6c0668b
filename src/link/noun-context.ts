// Where German puts a common noun, not a name: right after an inflected adjective in small letters (intensives Aroma,
// einen guten Rabatt) or in a list beside ordinary nouns (Wolle oder Kaschmir, Wind und Sonne, Erdbeeren, Avocado,
// Kiwi). Names take neither in news prose: the adjective goes before a title (der frühere Kanzler Schröder), and lists
// join names with names (Siemens, Bosch und Miele).
import { adjectiveStem } from '../lexicon/index.js'
import { isLetter, isLower, isUpper } from '../shared/chars.js'

/** Words that join the members of a list. */
const JOINERS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie', 'bzw'])

/** The most spaces read between two words. */
const MAX_SPACES = 2

/** The view's one space: normalize maps every other spacing character but the line break to it. */
const isSpace = (ch: string | undefined): boolean => ch === ' '

/** [start, end) of the word ending at `end` (letters and inner hyphens), or [end, end). */
function wordEndingAt(view: string, end: number): [number, number] {
  let start = end
  while (start > 0 && (isLetter(view[start - 1]!) || (view[start - 1] === '-' && start < end))) start--
  return [start, end]
}

/** [start, end) of the word starting at `start`, or [start, start). */
function wordStartingAt(view: string, start: number): [number, number] {
  let end = start
  while (end < view.length && (isLetter(view[end]!) || (view[end] === '-' && end > start))) end++
  return [start, end]
}

/** Where the spaces before `offset` begin, or -1 when there are none or too many. */
function skipSpacesBack(view: string, offset: number): number {
  let at = offset
  while (at > 0 && offset - at < MAX_SPACES && isSpace(view[at - 1])) at--
  return at < offset && !isSpace(view[at - 1]) ? at : -1
}

/** Where the spaces after `offset` end, or -1 when there are none or too many. */
function skipSpaces(view: string, offset: number): number {
  let at = offset
  while (at < view.length && at - offset < MAX_SPACES && isSpace(view[at])) at++
  return at > offset && !isSpace(view[at]) ? at : -1
}

/** Prepositions, adverbs and pointers with an adjective's ending (nahe Maimana, lange Zeit, folgendes Schema). */
const NOT_ATTRIBUTES: ReadonlySet<string> = new Set(['nahe', 'gerne', 'lange', 'heute', 'gestern', 'morgen', 'folgende', 'folgendes'])

/** Prepositions before an adjective and a place's name (im steirischen Mürzzuschlag, aus dem nahen Gostivar). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['im', 'in', 'ins', 'nach', 'aus', 'vom', 'von', 'bei', 'beim', 'am', 'an', 'zum', 'zur', 'dem', 'den', 'das', 'der', 'die', 'des'])

/**
 * An inflected adjective in small letters stands right before `start`, one space apart (intensives Aroma, einen guten
 * Rabatt). Not one of origin (im englischen Yorkshire, die russische Gazprom), nor one that may be a verb's past
 * (…, kritisierte Niessl; die erschütterten …); for a place, not one after a preposition or an article either (im
 * beschaulichen Neudau), where German puts adjectives before towns too.
 */
export function afterSmallAdjective(view: string, start: number, place: boolean): boolean {
  const end = skipSpacesBack(view, start)
  if (end < 0) return false
  const [from] = wordEndingAt(view, end)
  if (from === end || !isLower(view[from]!) || (from > 0 && !isSpace(view[from - 1]) && view[from - 1] !== '\n')) return false
  const word = view.slice(from, end)
  const stem = NOT_ATTRIBUTES.has(word) ? '' : adjectiveStem(word)
  if (stem === '' || stem.endsWith('isch') || isPastLike(word, stem)) return false
  if (!place) return true
  const before = skipSpacesBack(view, from)
  if (before < 0) return true
  const [previous] = wordEndingAt(view, before)
  return !PLACE_PREPOSITIONS.has(view.slice(previous, before).toLowerCase())
}

/** A participle's form that is also a weak verb's past (kritisierte, beschäftigte, eröffneten). */
function isPastLike(word: string, stem: string): boolean {
  return stem.endsWith('t') && (word.length === stem.length + 1 || (word.length === stem.length + 2 && word.endsWith('en')))
}

/** A list member next to a span: the capitalised word, and whether a joiner (und, oder) rather than a comma links it. */
interface Member {
  word: string
  joined: boolean
  /** Where the word starts and ends in the view. */
  from: number
  to: number
}

const NO_MEMBER: Member = Object.freeze({ word: '', joined: false, from: 0, to: 0 })

/** The capitalised word before the list joiner or comma before `start` (Wolle of `Wolle oder Kaschmir`). */
function listMemberBefore(view: string, start: number): Member {
  let at = skipSpacesBack(view, start)
  if (at < 0) return NO_MEMBER
  const comma = view[at - 1] === ','
  if (comma) at--
  else {
    const [from] = wordEndingAt(view, at)
    if (!JOINERS.has(view.slice(from, at))) return NO_MEMBER
    at = skipSpacesBack(view, from)
    if (at < 0) return NO_MEMBER
  }
  const [from, to] = wordEndingAt(view, at)
  if (to === from || !isUpper(view[from]!)) return NO_MEMBER
  // A word of a name of several words (Deutsche Bank) is no member of its own.
  const previous = skipSpacesBack(view, from)
  return previous >= 0 && isUpper(view[wordEndingAt(view, previous)[0]] ?? '') ? NO_MEMBER : { word: view.slice(from, to), joined: !comma, from, to }
}

/** The capitalised word after the list joiner or comma after `end` (Kiwi of `Avocado, Kiwi`). */
function listMemberAfter(view: string, end: number): Member {
  let at = end
  const comma = view[at] === ','
  if (comma) at++
  else {
    at = skipSpaces(view, at)
    if (at < 0) return NO_MEMBER
    const [, to] = wordStartingAt(view, at)
    if (!JOINERS.has(view.slice(at, to))) return NO_MEMBER
    at = to
  }
  at = skipSpaces(view, at)
  if (at < 0) return NO_MEMBER
  const [from, to] = wordStartingAt(view, at)
  if (to === from || !isUpper(view[from]!)) return NO_MEMBER
  // A word of a name of several words (Bad Aussee, Sohn Martin) is no member of its own.
  const next = skipSpaces(view, to)
  return next >= 0 && isUpper(view[next] ?? '') ? NO_MEMBER : { word: view.slice(from, to), joined: !comma, from, to }
}

/**
 * The span [start, end) stands in a list beside a word `isNoun` accepts (Wind und Sonne, Wolle oder Kaschmir). A comma
 * alone may set off an apposition (der Hersteller, Gigaset, …) or end a clause (albanischer Bevölkerung, Gostivar und
 * Tetovo): it counts only between two such words (Erdbeeren, Avocado, Kiwi) or where the list goes on beyond the
 * noun with a joiner (Garten mit Grillplatz, Terrasse und Spielplatz).
 */
export function besideNoun(view: string, start: number, end: number, isNoun: (word: string) => boolean): boolean {
  const before = listMemberBefore(view, start)
  const after = listMemberAfter(view, end)
  const joinedNoun = (member: Member) => member.joined && isNoun(member.word)
  const listed = (member: Member, other: Member, beyond: () => Member) => member.word !== '' && isNoun(member.word) && (member.joined || (other.word !== '' && isNoun(other.word)) || joinedNoun(beyond()))
  return listed(before, after, () => listMemberBefore(view, before.from)) || listed(after, before, () => listMemberAfter(view, after.to))
}
