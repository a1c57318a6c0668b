// Where an article was filed is not what it is about: the places of its datelines ("Wien – Die Regierung …",
// "Berlin (dpa) - …") count little for salience. A dateline opens a line of the tagged text, or, where a scraper ran
// headline, teaser and body into one line, the first sentence near the top that opens like one with a dash.
import { TAGGED_SECTIONS, type SectionRange, type TextSpan, type TokenTable } from '../analysis.js'
import { viewText } from '../shared/chars.js'
import { DATELINE_HEAD } from './classify.js'
import { datelinePlacesEnd } from './dateline.js'

/** How far into the tagged text a dateline may open a sentence inside a line (after a headline and a teaser). */
const DATELINE_REACH = 600

/** The dateline's places in the line or sentence opening at `start`, if it opens with a dateline. */
function placesAt(view: string, start: number, limit: number, dashed: boolean): TextSpan | undefined {
  const head = view.slice(start, Math.min(limit, start + DATELINE_HEAD))
  // Offsets in head are offsets in the view only when nothing was dropped from it.
  if (head !== viewText(view, start, start + head.length)) return undefined
  const end = datelinePlacesEnd(head, dashed)
  return end > 0 ? { start, end: start + end } : undefined
}

/**
 * The spans of dateline places in the tagged sections, in text order: at the start of any of their lines, and the
 * first one opening a sentence inside a line within DATELINE_REACH characters of the tagged text's start.
 */
export function datelinePlaces(view: string, sections: readonly SectionRange[], tokens: TokenTable, sentenceStarts: Int32Array): TextSpan[] {
  const places: TextSpan[] = []
  const tagged = sections.filter((section) => TAGGED_SECTIONS.has(section.type))
  for (const section of tagged) {
    for (let start = section.start; start >= 0 && start < section.end; ) {
      const found = placesAt(view, start, section.end, false)
      if (found) places.push(found)
      const newline = view.indexOf('\n', start)
      start = newline < 0 ? -1 : newline + 1
    }
  }
  const from = tagged[0]?.start ?? 0
  for (const token of sentenceStarts) {
    const start = tokens.starts[token]!
    if (start < from || start === 0 || view[start - 1] === '\n') continue
    if (start - from > DATELINE_REACH) break
    const section = tagged.find((range) => range.start <= start && start < range.end)
    const found = section && placesAt(view, start, section.end, true)
    if (found) {
      places.push(found)
      places.sort((a, b) => a.start - b.start)
      break
    }
  }
  return places
}
