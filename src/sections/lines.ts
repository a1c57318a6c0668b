import { IGNORABLE } from '../shared/chars.js'

/** The non-blank lines of a view, trimmed, as parallel arrays. */
export interface LineTable {
  count: number
  starts: Int32Array
  ends: Int32Array
  /** 1 when a blank line (or the start of the text) comes before the line: it opens a paragraph. */
  gapBefore: Uint8Array
}

const SPACE = 0x20
const NEWLINE = 0x0a
const SOFT = IGNORABLE.charCodeAt(0)

function isBlank(code: number): boolean {
  return code === SPACE || code === NEWLINE || code === SOFT
}

/** First and last+1 offsets of view[from, to) without surrounding blanks, or [to, to] when all blank. */
export function trimRange(view: string, from: number, to: number): [number, number] {
  let start = from
  while (start < to && isBlank(view.charCodeAt(start))) start++
  if (start === to) return [to, to]
  let end = to
  while (end > start && isBlank(view.charCodeAt(end - 1))) end--
  // Ignorable code units right after the last character belong to its token: keep them.
  while (end < to && view.charCodeAt(end) === SOFT) end++
  return [start, end]
}

/** Lines of view[from, …), split at '\n'. Linear time. */
export function splitLines(view: string, from: number): LineTable {
  const starts: number[] = []
  const ends: number[] = []
  const gaps: number[] = []
  let gap = 1
  let pos = from
  while (pos < view.length) {
    let lineEnd = view.indexOf('\n', pos)
    if (lineEnd < 0) lineEnd = view.length
    const [start, end] = trimRange(view, pos, lineEnd)
    if (end > start) {
      starts.push(start)
      ends.push(end)
      gaps.push(gap)
      gap = 0
    } else if (starts.length > 0) {
      gap = 1
    }
    pos = lineEnd + 1
  }
  return { count: starts.length, starts: Int32Array.from(starts), ends: Int32Array.from(ends), gapBefore: Uint8Array.from(gaps) }
}
