// Picture credits that close a line of text: "… nutzt die Außenluft. © AdobeStock.com/Hermann". A credit on a line
// of its own is classified with its line (classify.ts); one glued to the end of a paragraph or a caption is cut off
// here, so that its names and words make no tags.
import { MENTION_SECTIONS, type SectionRange } from '../analysis.js'
import { trimRange } from './lines.js'

const COPYRIGHT = '©'

/** The longest credit cut off a line's end; a copyright sign further from the end stands in running text. */
const MAX_CREDIT = 80

/**
 * `sections` with every picture credit that closes a line of a text or caption section (MENTION_SECTIONS) cut out
 * as page debris ('other'): from the copyright sign to the line's end, when that is at most MAX_CREDIT characters and
 * the sign does not open the line. One pass over each section's text.
 */
export function withoutTrailingCredits(view: string, sections: readonly SectionRange[]): SectionRange[] {
  const result: SectionRange[] = []
  for (const section of sections) {
    if (!MENTION_SECTIONS.has(section.type)) {
      result.push(section)
      continue
    }
    let from = section.start
    let lineEnd = -1
    for (let sign = view.indexOf(COPYRIGHT, from); sign >= 0 && sign < section.end; sign = view.indexOf(COPYRIGHT, sign + 1)) {
      // The line's end is looked up once per line, however many signs it holds.
      if (sign > lineEnd) {
        const newline = view.indexOf('\n', sign)
        lineEnd = newline < 0 || newline > section.end ? section.end : newline
      }
      if (lineEnd - sign > MAX_CREDIT || opensLine(view, sign)) continue
      push(result, section.type, view, from, sign)
      result.push({ type: 'other', start: sign, end: trimRange(view, sign, lineEnd)[1] })
      from = lineEnd
      sign = lineEnd
    }
    push(result, section.type, view, from, section.end)
  }
  return result
}

/** Only blanks stand between the line's start and `at`. */
function opensLine(view: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = view[i]!
    if (c === '\n') return true
    if (c !== ' ' && c !== '\t') return false
  }
  return true
}

/** Adds view[from, to), trimmed, as a section of `type` unless it is blank. */
function push(result: SectionRange[], type: SectionRange['type'], view: string, from: number, to: number): void {
  const [start, end] = trimRange(view, from, to)
  if (end > start) result.push({ type, start, end })
}
