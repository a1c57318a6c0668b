import { keepAnchored, linkEntities, mentionTokens, propagateMentions, rankBySalience } from '../link/index.js'
import { matchDictionary, mergeMentions } from '../recognize/dictionary.js'
import { normalizeText } from '../normalize/index.js'
import { recognizeMentions } from '../recognize/index.js'
import { computeTerms } from '../relate/terms.js'
import { datelineSources, findSections, MENTION_SECTIONS, type SectionRange } from '../sections/index.js'
import { internTokens, splitSentences, tokenizeView, wordReader, type TokenTable } from '../tokenize/index.js'
import { findKeyphrases, rankTopics } from '../topics/index.js'
import type { TagOptions } from '../types.js'
import type { Analysis } from './analysis.js'
import { defaultResources, type Resources } from './resources.js'

const TITLE_SEPARATOR = '\n\n'

/** normalize → tokenize → sections → recognize → link → topics. */
export function analyze(text: string, options: TagOptions = {}, resources: Resources = defaultResources()): Analysis {
  const title = options.title
  const source = title === undefined || title === '' ? text : title + TITLE_SEPARATOR + text
  const textOffset = source.length - text.length
  const view = normalizeText(source)
  const tokens = tokenizeView(view)
  const sections = findSections(view, { titleEnd: textOffset > 0 ? title!.length : 0 })
  const sentenceStarts = cutAtSections(splitSentences(view, tokens), tokens, sections)

  const mentionSections = sections.filter((section) => MENTION_SECTIONS.has(section.type))
  const lexemes = internTokens(view, tokens, mentionSections)
  const recognized = recognizeMentions(tokens, lexemes, sentenceStarts, mentionSections)
  const wordAt = wordReader(view, tokens, lexemes)
  const bylines = datelineSources(view, mentionSections)
  const mentions = outside(bylines, mergeMentions(recognized, matchDictionary(resources.dictionary, tokens, mentionSections, wordAt, lexemes)))
  const linked = linkEntities(mentions, { view, sections }, resources.kb)
  propagateMentions(linked, view, tokens, mentionSections, lexemes)
  const entities = rankBySalience(keepAnchored(linked, sections), sections)

  const keyphrases = findKeyphrases(view, tokens, sections, mentionTokens(entities, tokens), sentenceStartTokens(sentenceStarts, tokens.count), lexemes)
  const topics = rankTopics(entities, keyphrases)
  const terms = computeTerms(tokens, sections, lexemes)
  return {
    source, text, title: textOffset > 0 ? title : undefined, textOffset, view, tokens, sentenceStarts, sections,
    entities, topics, terms,
  }
}

/** The mentions that do not overlap any of `spans` (both in text order). */
function outside<M extends { start: number; end: number }>(spans: ReadonlyArray<{ start: number; end: number }>, mentions: M[]): M[] {
  if (spans.length === 0) return mentions
  return mentions.filter((mention) => !spans.some((span) => mention.start < span.end && span.start < mention.end))
}

function sentenceStartTokens(starts: Int32Array, count: number): Uint8Array {
  const marks = new Uint8Array(count)
  for (const start of starts) marks[start] = 1
  return marks
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
