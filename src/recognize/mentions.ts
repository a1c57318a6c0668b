// Mentions of one analysed text: tag every sentence of the tagged sections and turn BIO runs into spans.
import { KIND, MENTION_SECTIONS, type CoarseLabel, type MentionInput, type SectionRange, type TokenTable } from '../analysis.js'
import type { MentionKind } from '../types.js'
import { classOf, isInside } from './labels.js'
import { MAX_SENTENCE, type Tagger } from './tagger.js'

export interface RecognizedMention extends MentionInput {
  firstToken: number
  /** Exclusive. */
  endToken: number
}

const COARSE: readonly CoarseLabel[] = ['PER', 'LOC', 'ORG', 'OTH']
const KINDS: readonly MentionKind[] = ['name', 'derived', 'part']

/** Label buffer for one sentence piece, grown as needed. */
export interface LabelScratch {
  labels: Uint8Array
}

/** Spans of labels[0 .. n) as mentions over tokens first .. first + n. */
function collect(view: string, labels: Uint8Array, tokens: TokenTable, first: number, n: number, out: RecognizedMention[]): void {
  let i = 0
  while (i < n) {
    const label = labels[i]!
    if (label === 0 || isInside(label)) {
      i++
      continue
    }
    let j = i + 1
    while (j < n && labels[j] === label + 1) j++
    const end = j
    // `für Eintracht Frankfurt!`: a mark that ends the sentence or the clause is no part of the name before it.
    while (j - 1 > i && isClauseMark(view, tokens, first + j - 1)) j--
    const c = classOf(label)
    out.push({
      start: tokens.starts[first + i]!,
      end: tokens.ends[first + j - 1]!,
      firstToken: first + i,
      endToken: first + j,
      label: COARSE[Math.floor(c / 3)]!,
      kind: KINDS[c % 3]!,
    })
    i = end
  }
}

/** Token t is one of ! ? , ; : alone. */
function isClauseMark(view: string, tokens: TokenTable, t: number): boolean {
  if (tokens.kinds[t] !== KIND.punct || tokens.ends[t]! - tokens.starts[t]! !== 1) return false
  const c = view.charCodeAt(tokens.starts[t]!)
  return c === 0x21 || c === 0x3f || c === 0x2c || c === 0x3b || c === 0x3a
}

/** Mentions in the sentences of `sections`; `lexemes` (internTokens) holds the lexeme of every token in them. */
export function recognizeMentions(view: string, tagger: Tagger, tokens: TokenTable, lexemes: Int32Array, sentenceStarts: Int32Array, sections: readonly SectionRange[], scratch: LabelScratch): RecognizedMention[] {
  const mentions: RecognizedMention[] = []
  let section = 0
  for (let s = 0; s < sentenceStarts.length; s++) {
    const from = sentenceStarts[s]!
    const to = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1]! : tokens.count
    if (from >= to) continue
    // Sentences and sections are both in text order: one pointer finds the section a sentence starts in.
    const offset = tokens.starts[from]!
    while (section < sections.length && sections[section]!.end <= offset) section++
    const current = sections[section]
    if (!current || offset < current.start || !MENTION_SECTIONS.has(current.type)) continue
    for (let first = from; first < to; first += MAX_SENTENCE) {
      const n = Math.min(MAX_SENTENCE, to - first)
      if (scratch.labels.length < n) scratch.labels = new Uint8Array(n * 2)
      tagger.tagLexemes(lexemes, first, n, scratch.labels)
      collect(view, scratch.labels, tokens, first, n, mentions)
    }
  }
  return mentions
}
