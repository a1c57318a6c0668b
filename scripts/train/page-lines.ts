// Lines of boilerplate-de pages with their features and, where a snippet says so, a label: 1 for a line of the
// article (`with`), 0 for page debris (`without`). What the line model is fitted to (train/sections.ts).
import { FEATURE_COUNT } from '../../src/sections/features.js'
import type { LineTable } from '../../src/sections/lines.js'
import { prepareLines, type PreparedLines } from '../../src/sections/ranges.js'
import { normalizeText } from '../../src/normalize/index.js'
import { pageOccurrences, type Page, type PageOccurrences } from '../lib/boilerplate.js'

export interface PageLines {
  page: Page
  prepared: PreparedLines
  lines: LineTable
  features: Float64Array
  found: PageOccurrences
  /** 1 article, 0 debris, -1 no snippet on the line */
  labels: Int8Array
}

/** The line holding the middle of [start, end), or -1. */
function lineAt(lines: LineTable, start: number, end: number): number {
  const middle = (start + end) >> 1
  let lo = 0
  let hi = lines.count - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (middle < lines.starts[mid]!) hi = mid - 1
    else if (middle >= lines.ends[mid]!) lo = mid + 1
    else return mid
  }
  return -1
}

export function pageLines(page: Page): PageLines {
  const prepared = prepareLines(normalizeText(page.text), 0)
  const { lines, features } = prepared
  const labels = new Int8Array(lines.count).fill(-1)
  const found = pageOccurrences(page)
  const mark = (snippets: ReadonlyArray<Array<[number, number]>>, label: number) => {
    for (const occurrences of snippets) {
      for (const [start, end] of occurrences) {
        const line = lineAt(lines, start, end)
        if (line < 0) continue
        labels[line] = labels[line] === -1 || labels[line] === label ? label : -2
      }
    }
  }
  mark(found.withs, 1)
  mark(found.withouts, 0)
  for (let i = 0; i < labels.length; i++) if (labels[i] === -2) labels[i] = -1
  return { page, prepared, lines, features, found, labels }
}

export { FEATURE_COUNT }
