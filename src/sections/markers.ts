import { hasLetter, isLetter } from '../shared/chars.js'
import { startsWithWord } from './line-words.js'
import { COMMENT_LINES, COMMENT_STARTS, RELATED_PREFIXES, TEASER_HEADINGS, TEASER_HEADINGS_WITH_TAIL } from './page-words.js'

const MAX_RELATED_LINE = 300
const MAX_HEADING_TAIL = 40
const MAX_COMMENT_LINE = 150
const MAX_COMMENT_WORDS_LINE = 60
const BULLETS = '»>→•*-–—·▶►'

/** The line without leading bullets and arrows ("» Lesen Sie auch: …"). */
export function withoutBullet(lower: string): string {
  let i = 0
  while (i < lower.length && (BULLETS.includes(lower[i]!) || lower[i] === ' ')) i++
  return lower.slice(i)
}

/** "Lesen Sie auch: …", "Mehr dazu: …", "Siehe auch: …", "Mehr zum Thema: …" on a line of its own. */
export function isRelatedLine(lower: string): boolean {
  if (lower.length > MAX_RELATED_LINE) return false
  const s = withoutBullet(lower)
  for (const prefix of RELATED_PREFIXES) {
    if (prefix.endsWith(':') ? s.startsWith(prefix) && s.length > prefix.length + 1 : startsWithWord(s, prefix)) return true
  }
  return false
}

/** "Auch interessant", "Meistgelesene Artikel", "Mehr zum Thema Russland": the heading of a teaser block. */
export function isTeaserHeading(lower: string): boolean {
  const s = withoutBullet(lower)
  for (const heading of TEASER_HEADINGS) {
    if (!startsWithWord(s, heading)) continue
    const tail = s.slice(heading.length).trim()
    if (tail === '' || tail === ':') return true
    return TEASER_HEADINGS_WITH_TAIL.has(heading) && tail.length <= MAX_HEADING_TAIL && tail[0] !== ':' && !endsSentence(tail)
  }
  return false
}

function endsSentence(s: string): boolean {
  const last = s[s.length - 1]
  return last === '.' || last === '!' || last === '?' || last === '…'
}

/** "Kommentare", "36 Kommentare", "Kommentare (12)", "Kommentar schreiben", "Diskutieren Sie mit!". */
export function isCommentsMarker(lower: string): boolean {
  if (lower.length > MAX_COMMENT_LINE || !hasLetter(lower)) return false
  if (lower.length <= MAX_COMMENT_WORDS_LINE && COMMENT_LINES.has(lettersOnly(lower))) return true
  const s = withoutBullet(lower)
  for (const start of COMMENT_STARTS) {
    if (startsWithWord(s, start)) return start !== 'diskutieren sie mit' || isCallToDiscuss(s.slice(start.length).trim())
  }
  return false
}

/** "Diskutieren Sie mit!", "Diskutieren Sie mit: …", "Diskutieren Sie mit uns" — not "Diskutieren Sie mit Ihren Kindern". */
function isCallToDiscuss(rest: string): boolean {
  return rest === '' || rest[0] === '!' || rest[0] === ':' || rest[0] === '.' || startsWithWord(rest, 'uns')
}

/** Words of the line joined by single spaces, digits and punctuation dropped. */
function lettersOnly(lower: string): string {
  let out = ''
  let space = false
  for (const ch of lower) {
    if (isLetter(ch)) {
      if (space && out !== '') out += ' '
      out += ch
      space = false
    } else {
      space = true
    }
  }
  return out
}
