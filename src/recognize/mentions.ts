// Mentions of one analysed text: tag every sentence of the tagged sections and turn BIO runs into spans.
import { MENTION_SECTIONS, type SectionRange } from '../sections/types.js'
import type { TokenTable } from '../tokenize/table.js'
import type { MentionKind } from '../types.js'
import { classOf, isInside } from './labels.js'
import { MAX_SENTENCE, tagView } from './tagger.js'

export type CoarseLabel = 'PER' | 'LOC' | 'ORG' | 'OTH'

export interface RecognizedMention {
  start: number
  end: number
  firstToken: number
  /** Exclusive. */
  endToken: number
  label: CoarseLabel
  kind: MentionKind
}

const COARSE: readonly CoarseLabel[] = ['PER', 'LOC', 'ORG', 'OTH']
const KINDS: readonly MentionKind[] = ['name', 'derived', 'part']

let labels = new Uint8Array(256)

/** Spans of labels[0 .. n) as mentions over tokens first .. first + n. */
function collect(tokens: TokenTable, first: number, n: number, out: RecognizedMention[]): void {
  let i = 0
  while (i < n) {
    const label = labels[i]!
    if (label === 0 || isInside(label)) {
      i++
      continue
    }
    let j = i + 1
    while (j < n && labels[j] === label + 1) j++
    const c = classOf(label)
    out.push({
      start: tokens.starts[first + i]!,
      end: tokens.ends[first + j - 1]!,
      firstToken: first + i,
      endToken: first + j,
      label: COARSE[Math.floor(c / 3)]!,
      kind: KINDS[c % 3]!,
    })
    i = j
  }
}

/** Sentences are tagged in the sections whose mentions count (title, lead, body, captions; see MENTION_SECTIONS). */
function inTaggedSection(sections: readonly SectionRange[], offset: number): boolean {
  for (const section of sections) if (offset >= section.start && offset < section.end) return MENTION_SECTIONS.has(section.type)
  return false
}

export function recognizeMentions(view: string, tokens: TokenTable, sentenceStarts: Int32Array, sections: SectionRange[]): RecognizedMention[] {
  const mentions: RecognizedMention[] = []
  for (let s = 0; s < sentenceStarts.length; s++) {
    const from = sentenceStarts[s]!
    const to = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1]! : tokens.count
    if (from >= to || !inTaggedSection(sections, tokens.starts[from]!)) continue
    for (let first = from; first < to; first += MAX_SENTENCE) {
      const n = Math.min(MAX_SENTENCE, to - first)
      if (labels.length < n) labels = new Uint8Array(n * 2)
      // Token strings are viewText(view, start, end); tagView reads them from the view without copying.
      tagView(view, tokens.starts, tokens.ends, first, n, labels)
      collect(tokens, first, n, mentions)
    }
  }
  return mentions
}
