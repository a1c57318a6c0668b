// Words a scraper glued together when it joined two paragraphs without a space or full stop: "von der LeyenDer
// Vorschlag", "in der SchweizDie", "hat er gesagtDas". A word part splits where a lower-case letter meets an
// upper-case one only when the right side is the whole rest of the part, a capitalised sentence opener (Der, Im,
// Auch: function-words.ts) spelt Xxx, and the left side is a word of at least two letters (three when it is
// capitalised, so name particles stay: WiWo, DeVon). Words with inner capitals (iPhone, BahnCard, McKinsey,
// LehrerInnen) keep them, because their right side is no sentence opener.
import { KIND, type TokenTable } from '../analysis.js'
import { classAt, DIGIT, flagsAt, LETTER, LOWER, UPPER } from './chars.js'
import { isSentenceStarter } from './function-words.js'

// Sentence openers that also end words written with an inner capital: the binnen-I (SchülerIn, LinkedIn, CheckIn),
// PacMan, RedHat, CyberWar, GoodWill, EntwederOder, JaNein.
const NOT_AFTER_GLUE: ReadonlySet<string> = new Set(['in', 'man', 'hat', 'war', 'will', 'oder', 'nein'])

// Longer than any sentence opener (gleichzeitig, anschließend: 12 letters); a longer right side is no opener.
const MAX_RIGHT = 16

function isCased(view: string, i: number, flag: number): boolean {
  return (flagsAt(view, i) & flag) !== 0
}

/**
 * Where the word part [from, end) splits into two glued words, or -1. Reads at most MAX_RIGHT + 1 code units back
 * from `end` (and the left side's first letter), so scanning stays linear.
 */
export function gluedSplit(view: string, from: number, end: number): number {
  let k = end
  while (k > from && end - k < MAX_RIGHT && isCased(view, k - 1, LOWER)) k--
  const split = k - 1
  if (split <= from || end - split < 2 || !isCased(view, split, UPPER) || !isCased(view, split - 1, LOWER)) return -1
  const left = split - from
  if (left < 2 || (left < 3 && isCased(view, from, UPPER))) return -1
  const right = view.slice(split, end).toLowerCase()
  return isSentenceStarter(right) && !NOT_AFTER_GLUE.has(right) ? split : -1
}

/**
 * Was word token u split off the word before it by gluedSplit? Only that split leaves a word ending in a lower-case
 * letter touching a capitalised one (the scanner reads letters greedily), so the sentence splitter starts a
 * sentence there.
 */
export function startsAfterGlue(view: string, table: TokenTable, u: number): boolean {
  if (u === 0 || table.kinds[u] !== KIND.word || table.kinds[u - 1] !== KIND.word) return false
  const start = table.starts[u]!
  return table.ends[u - 1] === start && isCased(view, start - 1, LOWER) && isCased(view, start, UPPER)
}

/** Is an ISO date (2022-12-07) at i? */
function isIsoDateAt(view: string, i: number): boolean {
  for (let k = 0; k < 10; k++) {
    const dash = k === 4 || k === 7
    if (dash ? view.charCodeAt(i + k) !== 0x2d : classAt(view, i + k) !== DIGIT) return false
  }
  return true
}

/**
 * Where an ISO date starts right after the letters of the word part [from, end), or -1: a byline glued to its
 * timestamp ("Isabell Angele2022-12-07T10:10"). One pass over the part.
 */
export function gluedDateSplit(view: string, from: number, end: number): number {
  for (let p = from + 1; p + 10 <= end; p++) if (classAt(view, p - 1) === LETTER && isIsoDateAt(view, p)) return p
  return -1
}
