import { isLetter } from '../shared/chars.js'
import { CAPTION_MARKS, CREDIT_LABELS } from './page-words.js'

const MAX_CAPTION = 500
const MAX_CREDIT = 80
const MAX_MARKED_CAPTION = 250
/** What may stand right before an image credit inside a caption ("… Putin. Foto: dpa", "… (Bild: dpa)", "… | Foto: AFP"). */
const CREDIT_OPENERS = '([|/.!?©–-·•"“”»«'

/** A photo caption that names its image credit at the end ("Kanzlerin in Berlin. (Foto: Max Muster/dpa)"). */
function hasCreditAtEnd(lower: string): boolean {
  const from = Math.max(0, lower.length - MAX_CREDIT - 20)
  for (let colon = lower.indexOf(':', from); colon >= 0; colon = lower.indexOf(':', colon + 1)) {
    if (lower.length - colon > MAX_CREDIT) continue
    const label = wordBefore(lower, colon)
    if (label === undefined || !CREDIT_LABELS.includes(label.word)) continue
    const opener = lastNonSpace(lower, label.start)
    if (opener !== undefined && CREDIT_OPENERS.includes(opener)) return true
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

/** A photo caption recognisable from the line alone. */
export function isCaptionLine(lower: string): boolean {
  if (lower.length > MAX_CAPTION) return false
  return hasCreditAtEnd(lower) || (lower.length <= MAX_MARKED_CAPTION && hasCaptionMark(lower))
}
