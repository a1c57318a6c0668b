import type { SectionType } from '../types.js'
import { LINE, SHAPE, type LineClasses, type LineKind } from './classify.js'
import type { LineTable } from './lines.js'

/** A caption above the headline is believed only this short, and only two of them. */
const MAX_HEAD_CAPTION = 300
const MAX_HEAD_CAPTIONS = 2
/** Kicker, headline and subheadline; a longer run of short lines at the top is mostly navigation. */
const MAX_TITLE_LINES = 3
const KEPT_TITLE_LINES = 2

/** Type of a line by its kind alone; markers of teasers and comments count only once the text has begun. */
const KIND_TYPES: Readonly<Record<LineKind, SectionType>> = {
  [LINE.text]: 'body', [LINE.other]: 'other', [LINE.byline]: 'byline', [LINE.related]: 'related',
  [LINE.caption]: 'caption', [LINE.teaserHeading]: 'other', [LINE.commentsMarker]: 'other',
}

interface Layout {
  lines: LineTable
  kinds: Uint8Array
  shapes: Uint8Array
  types: SectionType[]
}

function nextText(layout: Layout, from: number): number {
  let i = from
  while (i < layout.lines.count && layout.kinds[i] !== LINE.text) i++
  return i
}

function has(layout: Layout, line: number, shape: number): boolean {
  return line < layout.lines.count && (layout.shapes[line]! & shape) !== 0
}

/**
 * Finds captions and the title run at the top. Returns the first text line after them (where lead or body begins).
 * A caption above the headline needs evidence that the page was scraped with its furniture: a debris or caption
 * line before it. Otherwise a text that opens with a sentence has no title.
 */
function markHead(layout: Layout, first: number): number {
  const { lines, kinds, types } = layout
  let scraped = false
  for (let i = 0; i < first; i++) if (kinds[i] === LINE.other || kinds[i] === LINE.caption) scraped = true
  const captions: number[] = []
  let probe = first
  while (
    scraped && captions.length < MAX_HEAD_CAPTIONS && probe < lines.count && !has(layout, probe, SHAPE.titleLike) &&
    has(layout, probe, SHAPE.sentence) && lines.ends[probe]! - lines.starts[probe]! <= MAX_HEAD_CAPTION
  ) {
    captions.push(probe)
    probe = nextText(layout, probe + 1)
  }
  if (!has(layout, probe, SHAPE.titleLike)) return first
  const run: number[] = []
  while (has(layout, probe, SHAPE.titleLike)) {
    run.push(probe)
    probe = nextText(layout, probe + 1)
  }
  if (probe >= lines.count) {
    // Only short lines: the first is the title, the rest is text (a caption needs text after the title).
    if (captions.length > 0) return first
    types[run[0]!] = 'title'
    return run.length > 1 ? run[1]! : probe
  }
  for (const line of captions) types[line] = 'caption'
  const dropped = run.length > MAX_TITLE_LINES ? run.length - KEPT_TITLE_LINES : 0
  run.forEach((line, k) => (types[line] = k < dropped ? 'other' : 'title'))
  return probe
}

/** The first paragraph is a lead when the body visibly starts after it: with a dateline or after a byline. */
function markLead(layout: Layout, line: number): void {
  const { kinds, types } = layout
  if (!has(layout, line, SHAPE.sentence) || has(layout, line, SHAPE.dateline)) return
  const next = nextText(layout, line + 1)
  if (next >= layout.lines.count) return
  let byline = false
  for (let i = line + 1; i < next; i++) if (kinds[i] === LINE.byline) byline = true
  if (byline || has(layout, next, SHAPE.dateline)) types[line] = 'lead'
}

/** Once the text has begun, a teaser heading starts teasers and a comments line starts comments, each to the end. */
function markRegions(layout: Layout): void {
  const { kinds, types } = layout
  let textSeen = false
  let region: 'teasers' | 'comments' | undefined
  for (let i = 0; i < layout.lines.count; i++) {
    const kind = kinds[i]
    if (region === 'comments') {
      types[i] = 'comments'
    } else if (kind === LINE.commentsMarker && textSeen) {
      region = types[i] = 'comments'
    } else if (region === 'teasers') {
      types[i] = kind === LINE.other ? 'other' : 'teasers'
    } else if (kind === LINE.teaserHeading && textSeen) {
      region = types[i] = 'teasers'
    } else if (types[i] === 'lead' || types[i] === 'body') {
      textSeen = true
    }
  }
}

/** Section type of every line. */
export function layoutLines(lines: LineTable, classes: LineClasses, titleGiven: boolean): SectionType[] {
  const types = Array.from(classes.kinds, (kind) => KIND_TYPES[kind as LineKind])
  const layout: Layout = { lines, kinds: classes.kinds, shapes: classes.shapes, types }
  const first = nextText(layout, 0)
  const textStart = titleGiven ? first : markHead(layout, first)
  if (textStart < lines.count) markLead(layout, textStart)
  markRegions(layout)
  return types
}
