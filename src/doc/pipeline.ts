import { normalizeText } from '../normalize/index.js'
import { findSections, type SectionRange } from '../sections/index.js'
import { splitSentences, tokenizeView, type TokenTable } from '../tokenize/index.js'
import { computeTerms } from '../relate/terms.js'
import type { TagOptions } from '../types.js'
import type { Analysis } from './analysis.js'

const TITLE_SEPARATOR = '\n\n'

/** normalize → tokenize → sections → (recognize → link → topics, later). */
export function analyze(text: string, options: TagOptions = {}): Analysis {
  const title = options.title
  const source = title === undefined || title === '' ? text : title + TITLE_SEPARATOR + text
  const textOffset = source.length - text.length
  const view = normalizeText(source)
  const tokens = tokenizeView(view)
  const sections = findSections(view, { titleEnd: textOffset > 0 ? title!.length : 0 })
  const sentenceStarts = cutAtSections(splitSentences(view, tokens), tokens, sections)
  return { source, text, title: textOffset > 0 ? title : undefined, textOffset, view, tokens, sentenceStarts, sections, entities: [], topics: [], terms: computeTerms(view, tokens, sections) }
}

/** A sentence never spans two sections: start a new sentence at the first token of every section. */
function cutAtSections(starts: Int32Array, tokens: TokenTable, sections: SectionRange[]): Int32Array {
  if (sections.length < 2 || tokens.count === 0) return starts
  const result: number[] = []
  let s = 0
  let t = 0
  for (const section of sections) {
    while (t < tokens.count && tokens.starts[t]! < section.start) t++
    while (s < starts.length && starts[s]! < t) result.push(starts[s++]!)
    if (t < tokens.count && (result.length === 0 || result[result.length - 1] !== t)) result.push(t)
  }
  while (s < starts.length) result.push(starts[s++]!)
  const unique = result.filter((value, i) => i === 0 || value !== result[i - 1])
  return Int32Array.from(unique)
}
