// STUB: replaced by the article section finder (issue 2). Everything is body, except a title given apart.
import type { SectionRange } from './types.js'

export type { SectionRange } from './types.js'
export { TAGGED_SECTIONS } from './types.js'

export interface SectionOptions {
  /** Length of the title given apart from the text (0 when none); view[0, titleEnd) is that title. */
  titleEnd: number
}

export function findSections(view: string, options: SectionOptions): SectionRange[] {
  const sections: SectionRange[] = []
  if (options.titleEnd > 0) sections.push({ type: 'title', start: 0, end: options.titleEnd })
  let start = options.titleEnd
  let end = view.length
  while (start < end && (view[start] === ' ' || view[start] === '\n')) start++
  while (end > start && (view[end - 1] === ' ' || view[end - 1] === '\n')) end--
  if (end > start) sections.push({ type: 'body', start, end })
  return sections
}
