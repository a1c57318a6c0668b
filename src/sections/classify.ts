import { isByline } from './byline.js'
import { isCaptionLine } from './caption.js'
import { IGNORABLE, isLetter, isLower, isUpper, viewText } from '../shared/chars.js'
import { lexiconList } from '../lexicon/index.js'
import { startsWithDateline } from './dateline.js'
import { isAdMarker, isCredit, isDebris, isStampLine } from './debris.js'
import type { LineTable } from './lines.js'
import { isCommentsMarker, isRelatedLine, isTeaserHeading } from './markers.js'
import { endsSentence, isTitleLike } from './shape.js'
import { NOT_LAST_WORDS } from './page-words.js'

/** What a line is by its own content. */
export const LINE = Object.freeze({ text: 0, other: 1, byline: 2, related: 3, caption: 4, teaserHeading: 5, commentsMarker: 6, credit: 7, adMarker: 8 } as const)
export type LineKind = (typeof LINE)[keyof typeof LINE]

/** Shape of a text line, as bits. */
export const SHAPE = Object.freeze({ titleLike: 1, sentence: 2, dateline: 4, wrapped: 8 } as const)

export interface LineClasses {
  /** Each line's text as the patterns and features read it (soft hyphens dropped). */
  texts: string[]
  kinds: Uint8Array
  shapes: Uint8Array
}

/** Longer lines are running text: no pattern is tried on them. */
const MAX_PATTERN_LINE = 600
export const DATELINE_HEAD = 80
const SENTENCE_TAIL = 8

export function kindOf(line: string): LineKind {
  const lower = line.toLowerCase()
  if (isByline(line, lower)) return LINE.byline
  if (isAdMarker(lower)) return LINE.adMarker
  if (isDebris(line, lower)) return LINE.other
  if (isCredit(lower)) return LINE.credit
  if (isRelatedLine(lower)) return LINE.related
  if (isTeaserHeading(lower)) return LINE.teaserHeading
  if (isCommentsMarker(lower)) return LINE.commentsMarker
  if (isCaptionLine(lower, line)) return LINE.caption
  return LINE.text
}

export function shapeOf(view: string, start: number, end: number, line: string | undefined): number {
  const head = viewText(view, start, Math.min(end, start + DATELINE_HEAD))
  const tail = line ?? viewText(view, Math.max(start, end - SENTENCE_TAIL), end)
  const dateline = startsWithDateline(head)
  let shape = dateline ? SHAPE.dateline : 0
  if (endsSentence(tail)) shape |= SHAPE.sentence
  if (line !== undefined && !dateline && isTitleLike(line)) shape |= SHAPE.titleLike
  return shape
}

/**
 * A hard-wrapped line: it ends in a (soft) hyphen or in an article or preposition, or the next line of its
 * paragraph goes on in lower case.
 */
function isWrapped(view: string, lines: LineTable, i: number, line: string | undefined): boolean {
  const last = view[lines.ends[i]! - 1]
  if (last === IGNORABLE || last === '-') return true
  if (line !== undefined && NOT_LAST_WORDS.has(line.slice(line.lastIndexOf(' ') + 1))) return true
  return i + 1 < lines.count && lines.gapBefore[i + 1] === 0 && isLower(view[lines.starts[i + 1]!]!)
}

/** Kind and shape of every line. Linear in the text length. */
export function classifyLines(view: string, lines: LineTable): LineClasses {
  const kinds = new Uint8Array(lines.count)
  const shapes = new Uint8Array(lines.count)
  const texts = new Array<string>(lines.count)
  for (let i = 0; i < lines.count; i++) {
    const start = lines.starts[i]!
    const end = lines.ends[i]!
    texts[i] = viewText(view, start, end)
    const line = end - start <= MAX_PATTERN_LINE ? texts[i] : undefined
    kinds[i] = line === undefined ? LINE.text : kindOf(line)
    if (kinds[i] !== LINE.text) continue
    shapes[i] = shapeOf(view, start, end, line)
    if (isWrapped(view, lines, i, line)) shapes[i] = (shapes[i]! & ~SHAPE.titleLike) | SHAPE.wrapped
  }
  markCreditedCaptions(lines, kinds, texts)
  for (let i = 0; i + 1 < lines.count; i++) {
    // "Max Muster" over "02.06.2024 | 21:17 Uhr": the author's name on a line of its own, the date below it.
    if (kinds[i] !== LINE.text || lines.gapBefore[i + 1] !== 0 || texts[i]!.length > MAX_NAME_LINE) continue
    if (isPersonName(texts[i]!) && isStampLine(texts[i + 1]!.toLowerCase())) kinds[i] = LINE.byline
  }
  return { texts, kinds, shapes }
}

const MAX_NAME_WORDS = 3
const MAX_CAPTION = 200

/**
 * A paragraph of two lines, a short text and a photo credit ("Foto: …", "© Imago / …", "Bild: APA/…" above or below
 * it), is a photo and its caption.
 */
function markCreditedCaptions(lines: LineTable, kinds: Uint8Array, texts: readonly string[]): void {
  const paragraphStart = (i: number) => i === 0 || lines.gapBefore[i]! > 0
  for (let i = 0; i + 1 < lines.count; i++) {
    if (!paragraphStart(i) || lines.gapBefore[i + 1]! > 0 || (i + 2 < lines.count && !paragraphStart(i + 2))) continue
    const [text, credit] = kinds[i] === LINE.credit ? [i + 1, i] : [i, i + 1]
    if (kinds[credit] === LINE.credit && kinds[text] === LINE.text && texts[text]!.length <= MAX_CAPTION) kinds[text] = LINE.caption
  }
}
const MAX_NAME_LINE = 40

/** Two or three capitalised words, the first a known first name: "Max Muster", "Anna-Lena Beispiel". */
export function isPersonName(line: string): boolean {
  const words = line.split(' ')
  if (words.length < 2 || words.length > MAX_NAME_WORDS || !lexiconList('firstNames').has(words[0]!)) return false
  for (const word of words) {
    if (!isUpper(word[0] ?? '')) return false
    for (let k = 1; k < word.length; k++) if (!isLetter(word[k]!) && word[k] !== '-') return false
  }
  return true
}
