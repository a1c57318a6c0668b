import { isLetter, isLower, isUpper } from '../shared/chars.js'
import { CAPTION_MARKS, CREDIT_LABELS } from './page-words.js'

const MAX_CAPTION = 500
const MAX_CREDIT = 80
const MAX_MARKED_CAPTION = 250
/** What may stand right before an image credit inside a caption ("… Putin. Foto: dpa", "… (Bild: dpa)", "… | Foto: AFP"). */
const CREDIT_OPENERS = '([|/.!?©–-·•"“”»«'

/**
 * A photo caption that names its image credit at the end ("Kanzlerin in Berlin. (Foto: Max Muster/dpa)"), or glues
 * the credit's label to its last word, as scrapers join a caption and its credit ("… des TurniersBild: AFP/SID"):
 * `line` is the line as written, which tells the glued label by its capital.
 */
function hasCreditAtEnd(lower: string, line: string): boolean {
  const from = Math.max(0, lower.length - MAX_CREDIT - 20)
  for (let colon = lower.indexOf(':', from); colon >= 0; colon = lower.indexOf(':', colon + 1)) {
    if (lower.length - colon > MAX_CREDIT) continue
    const label = wordBefore(lower, colon)
    if (label === undefined) continue
    if (!CREDIT_LABELS.includes(label.word)) {
      if (line.length === lower.length && hasGluedLabel(label.word, line, colon)) return true
      continue
    }
    const opener = lastNonSpace(lower, label.start)
    if (opener !== undefined && CREDIT_OPENERS.includes(opener)) return true
  }
  return false
}

/** `word` (lower case, ending at `end` of `line`) ends in a credit label written with its capital after a small letter. */
function hasGluedLabel(word: string, line: string, end: number): boolean {
  for (const label of CREDIT_LABELS) {
    const at = end - label.length
    if (word.length > label.length && word.endsWith(label) && isUpper(line[at]!) && isLower(line[at - 1]!)) return true
  }
  return false
}

function wordBefore(s: string, end: number): { word: string; start: number } | undefined {
  let start = end
  while (start > 0 && isLetter(s[start - 1]!)) start--
  return start < end ? { word: s.slice(start, end), start } : undefined
}

function lastNonSpace(s: string, end: number): string | undefined {
  for (let i = end - 1; i >= 0; i--) if (s[i] !== ' ') return s[i]
  return undefined
}

/** "(li.)", "(v.l.)", "(Archivbild)": words only captions put in brackets. */
export function hasCaptionMark(lower: string): boolean {
  for (let open = lower.indexOf('('); open >= 0; open = lower.indexOf('(', open + 1)) {
    for (const mark of CAPTION_MARKS) if (lower.startsWith(mark, open + 1)) return true
  }
  return false
}

/** A photo caption recognisable from the line alone (`line` as written, `lower` in lower case). */
export function isCaptionLine(lower: string, line = lower): boolean {
  if (lower.length > MAX_CAPTION) return false
  return hasCreditAtEnd(lower, line) || (lower.length <= MAX_MARKED_CAPTION && hasCaptionMark(lower))
}
