// Exact matching of known names in the text, token by token, longest match first: how entries a caller adds at run
// time are found even where the statistical recogniser sees no name.
import type { CoarseLabel as NerLabel, MentionInput, SectionRange, TokenTable } from '../analysis.js'
import { normalizeText } from '../normalize/index.js'
import { viewText } from '../shared/chars.js'
import { COLUMN_STRIDE, type LexemeInts, type LexemeTable } from '../shared/lexemes.js'
import { tokenizeView, type WordAt } from '../tokenize/index.js'
import type { EntityType } from '../types.js'

export interface Phrase {
  words: readonly string[]
  entryId: string
  label: NerLabel
  /** A caller's own entry wins over the recogniser; a bundled one only fills in where the recogniser found nothing. */
  override: boolean
}

export interface Dictionary {
  /** Per first word, the index of its phrases in `lists`. */
  byFirstWord: Map<string, number>
  /** Phrases of one first word, longest first. */
  lists: Phrase[][]
}

const TYPE_LABEL: Readonly<Record<EntityType, NerLabel>> = { person: 'PER', place: 'LOC', organization: 'ORG', other: 'OTH' }

function wordsOf(name: string): string[] {
  const view = normalizeText(name)
  const table = tokenizeView(view)
  const words: string[] = []
  for (let i = 0; i < table.count; i++) words.push(viewText(view, table.starts[i]!, table.ends[i]!))
  return words
}

export interface DictionaryEntry {
  id: string
  type: EntityType
  names: readonly string[]
  override: boolean
}

export function buildDictionary(entries: readonly DictionaryEntry[]): Dictionary {
  const byFirstWord = new Map<string, number>()
  const lists: Phrase[][] = []
  for (const entry of entries) {
    for (const name of entry.names) {
      const words = wordsOf(name)
      if (words.length === 0) continue
      let list = byFirstWord.get(words[0]!)
      if (list === undefined) byFirstWord.set(words[0]!, (list = lists.push([]) - 1))
      lists[list]!.push({ words, entryId: entry.id, label: TYPE_LABEL[entry.type], override: entry.override })
    }
  }
  // Longest first; of equally long phrases a caller's own entry before a bundled one.
  for (const list of lists) list.sort((a, b) => b.words.length - a.words.length || Number(b.override) - Number(a.override))
  return { byFirstWord, lists }
}

/** A text word matches a name word as written, or with a genitive s on the name's last word (Beispiels). */
function wordMatches(text: string, word: string, last: boolean): boolean {
  return text === word || (last && text.length === word.length + 1 && text.endsWith('s') && text.startsWith(word))
}

export interface DictionaryMatch extends MentionInput {
  override: boolean
}

/** The longest of `phrases` (those of token i's word) starting at token i and ending before `end`, or undefined. */
function phraseAt(phrases: readonly Phrase[], i: number, end: number, wordAt: WordAt): Phrase | undefined {
  for (const candidate of phrases) if (wordsAt(candidate.words, i, end, wordAt)) return candidate
  return undefined
}

/** The tokens from i on (ending before `end`) are `words`, whose first word is token i's (how the list was chosen). */
function wordsAt(words: readonly string[], i: number, end: number, wordAt: WordAt): boolean {
  const last = words.length - 1
  if (i + last >= end) return false
  for (let k = 1; k <= last; k++) if (!wordMatches(wordAt(i + k), words[k]!, k === last)) return false
  return true
}

/**
 * Dictionary matches inside `sections`, left to right, longest first, not overlapping. `startsPhrase` (per lexeme of
 * `table`: 1 + the index in `lists` of the phrases starting with the word, 0 when none does, -1 not looked up yet)
 * lets that question be answered once per word.
 */
export function matchDictionary(dictionary: Dictionary, tokens: TokenTable, sections: readonly SectionRange[], wordAt: WordAt, lexemes: Int32Array, table: LexemeTable, startsPhrase: LexemeInts): DictionaryMatch[] {
  const found: DictionaryMatch[] = []
  if (dictionary.byFirstWord.size === 0) return found
  const flags = startsPhrase.sync()
  const column = startsPhrase.offset
  let t = 0
  for (const section of sections) {
    while (t < tokens.count && tokens.starts[t]! < section.start) t++
    let end = t
    while (end < tokens.count && tokens.starts[end]! < section.end) end++
    for (let i = t; i < end; i++) {
      const lexeme = lexemes[i]!
      const at = lexeme * COLUMN_STRIDE + column
      let flag = flags[at]!
      if (flag < 0) flags[at] = flag = (dictionary.byFirstWord.get(table.strings[lexeme]!) ?? -1) + 1
      if (flag === 0) continue
      const phrase = phraseAt(dictionary.lists[flag - 1]!, i, end, wordAt)
      if (!phrase) continue
      const last = i + phrase.words.length - 1
      found.push({ start: tokens.starts[i]!, end: tokens.ends[last]!, label: phrase.label, kind: 'name', entryId: phrase.entryId, override: phrase.override })
      i = last
    }
    t = end
  }
  return found
}

/**
 * Answers "does [start, end) overlap any of these spans?" in O(log n): the spans sorted by start, and for each prefix
 * the largest end. The spans starting before `end` are a prefix; one of them reaches past `start` when its largest
 * end does.
 */
class SpanIndex {
  readonly #starts: number[] = []
  readonly #maxEnds: number[] = []

  constructor(spans: readonly MentionInput[]) {
    const sorted = spans.slice().sort((a, b) => a.start - b.start)
    let maxEnd = -1
    for (const span of sorted) {
      if (span.end > maxEnd) maxEnd = span.end
      this.#starts.push(span.start)
      this.#maxEnds.push(maxEnd)
    }
  }

  overlaps(span: MentionInput): boolean {
    let lo = 0
    let hi = this.#starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.#starts[mid]! < span.end) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && this.#maxEnds[lo - 1]! > span.start
  }
}

/**
 * Recognised mentions and dictionary matches in text order: overriding matches replace the recognised mentions they
 * overlap; the others are added only where they overlap nothing recognised.
 */
export function mergeMentions(recognized: readonly MentionInput[], matched: readonly DictionaryMatch[]): MentionInput[] {
  if (matched.length === 0) return [...recognized]
  const overriding = matched.filter((match) => match.override)
  const overridden = new SpanIndex(overriding)
  const kept = recognized.filter((mention) => !overridden.overlaps(mention))
  const keptIndex = new SpanIndex(kept)
  const filling = matched.filter((match) => !match.override && !keptIndex.overlaps(match))
  return [...kept, ...overriding, ...filling]
    .map(({ start, end, label, kind, entryId }): MentionInput => (entryId === undefined ? { start, end, label, kind } : { start, end, label, kind, entryId }))
    .sort((a, b) => a.start - b.start || a.end - b.end)
}
