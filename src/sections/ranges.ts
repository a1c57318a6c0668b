import { TAGGED_SECTIONS, type SectionRange } from '../analysis.js'
import { viewText } from '../shared/chars.js'
import { classifyLines, DATELINE_HEAD, type LineClasses } from './classify.js'
import { withoutTrailingCredits } from './credits.js'
import { trailingSignature } from './byline.js'
import { datelineSource } from './dateline.js'
import { lineFeatures } from './features.js'
import { layoutLines } from './layout.js'
import { bundledLineModel, lineProbabilities, type LineModel } from './line-model.js'
import { splitLines, trimRange, type LineTable } from './lines.js'

const SIGNATURE_TAIL = 100

export interface SectionOptions {
  /** Length of the title given apart from the text (0 when none); view[0, titleEnd) is that title. */
  titleEnd: number
}

/** What the layout reads of a page's lines: the lines, their pattern kinds and their features. */
export interface PreparedLines {
  view: string
  titleEnd: number
  lines: LineTable
  classes: LineClasses
  features: Float64Array
}

export function prepareLines(view: string, titleEnd: number): PreparedLines {
  const end = Math.max(0, Math.min(titleEnd, view.length))
  const lines = splitLines(view, end)
  const classes = classifyLines(view, lines)
  return { view, titleEnd: end, lines, classes, features: lineFeatures(lines, classes) }
}

/** Sections of the view in order, trimmed, covering all non-blank text. */
export function findSections(view: string, options: SectionOptions): SectionRange[] {
  return withoutTrailingCredits(view, sectionsOfLines(prepareLines(view, options.titleEnd), bundledLineModel()))
}

/** The sections of prepared lines under a line model (training scores its candidates through here). */
export function sectionsOfLines(prepared: PreparedLines, model: LineModel): SectionRange[] {
  const { view, titleEnd, lines, classes } = prepared
  const sections: SectionRange[] = []
  const [titleStart, titleStop] = trimRange(view, 0, titleEnd)
  if (titleStop > titleStart) sections.push({ type: 'title', start: titleStart, end: titleStop })
  const probabilities = lineProbabilities(model, prepared.features, lines.count)
  const types = layoutLines(lines, classes, probabilities, model, titleEnd > 0)
  for (let i = 0; i < lines.count; i++) {
    const type = types[i]!
    const last = sections[sections.length - 1]
    // Text keeps its paragraphs; furniture of one kind is one range even across blank lines.
    const joins = last !== undefined && last.type === type && (lines.gapBefore[i] === 0 || !TAGGED_SECTIONS.has(type))
    if (joins) last.end = lines.ends[i]!
    else sections.push({ type, start: lines.starts[i]!, end: lines.ends[i]! })
  }
  return sections
}

/**
 * Bylines inside the text of `sections`: the sources of datelines that open a paragraph ("Berlin (dpa) - …",
 * "Dresden/Pirna/dpa - …") and the signatures that close one ("… (Anna Beispiel, DER BOTE, 3.4.2024)"). Their names
 * are not the article's tags.
 */
export function datelineSources(view: string, sections: readonly SectionRange[]): Array<{ start: number; end: number }> {
  const sources: Array<{ start: number; end: number }> = []
  for (const section of sections) {
    if (!TAGGED_SECTIONS.has(section.type)) continue
    for (let start = section.start; start >= 0 && start < section.end; ) {
      const head = view.slice(start, Math.min(section.end, start + DATELINE_HEAD))
      // Offsets in head are offsets in the view only when nothing was dropped from it.
      const source = head === viewText(view, start, start + head.length) ? datelineSource(head) : undefined
      if (source) sources.push({ start: start + source[0], end: start + source[1] })
      const newline = view.indexOf('\n', start)
      const end = newline < 0 || newline > section.end ? section.end : newline
      const signature = signatureAt(view, start, end)
      if (signature) sources.push(signature)
      start = newline < 0 ? -1 : newline + 1
    }
  }
  return sources
}

/** The signature closing the line start .. end, if any. */
function signatureAt(view: string, start: number, end: number): { start: number; end: number } | undefined {
  let stop = end
  while (stop > start && view[stop - 1] === ' ') stop--
  if (stop - start < 2 || view[stop - 1] !== ')' && view[stop - 2] !== ')') return undefined
  const tail = view.slice(Math.max(start, stop - SIGNATURE_TAIL), stop)
  if (tail !== viewText(view, stop - tail.length, stop)) return undefined
  const open = trailingSignature(tail)
  return open > 0 ? { start: stop - tail.length + open, end: stop } : undefined
}