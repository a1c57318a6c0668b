// What a line of a scraped page looks like in plain text, as numbers in [0, 1]: the input of the learnt line model
// (line-model.ts). Article text is long, made of sentences and function words, and stands among lines like it;
// page furniture is short, capitalised or symbol-laden, repeated, and comes in runs of short lines.
import { stopwords } from '../lexicon/index.js'
import { isDigit, isLetter, isLower, isUpperCode } from '../shared/chars.js'
import { FNV_OFFSET, hashStep, hashString } from '../shared/hash.js'
import { HashSet } from '../shared/hash-set.js'
import { LINE, SHAPE, type LineClasses } from './classify.js'
import type { LineTable } from './lines.js'
import { meansAround } from './windows.js'
import { CALL_TO_ACTION, FIRST_PERSON, FORMAL_ADDRESS, PAGE_WORDS, READER_ADDRESS } from './page-words.js'

/** Feature names, in the order of a line's row (the model file lists them too and is checked against them). */
export const LINE_FEATURES: readonly string[] = Object.freeze([
  'length', 'words', 'stopwords', 'capitalised', 'upper', 'digits', 'symbols', 'sentenceEnd', 'colonEnd', 'sentences',
  'comma', 'byline', 'debris', 'related', 'teaserHeading', 'commentsMarker', 'caption', 'titleLike', 'dateline', 'web',
  'repeated', 'gapBefore', 'gapAfter', 'shortRun', 'contextLength', 'contextStopwords', 'contextSentenceEnd',
  'callToAction', 'pageWords', 'wideLength', 'proseNear', 'fromStart', 'toEnd', 'headingBeforeProse', 'addressesReader',
  'firstPerson',
])
export const FEATURE_COUNT = LINE_FEATURES.length

const F = Object.freeze(Object.fromEntries(LINE_FEATURES.map((name, i) => [name, i])) as Record<string, number>)
const SYMBOL_CODES: ReadonlySet<number> = new Set(Array.from('|•·›»«>/#©@*+=→▶►■□●◆', (ch) => ch.charCodeAt(0)))
const SHORT_LINE = 40
const SAMPLE = 400
const CONTEXT = 2
const WIDE_CONTEXT = 6
/** A prose line: this long, ending like a sentence, with function words. */
const PROSE_LENGTH = 120
const PROSE_STOPWORDS = 0.2
/** Words at which the word-count feature saturates. */
const MOST_WORDS = 200
/** Characters from either end of the page within which nearness to the end is a feature. */
const EDGE = 3000

// The word lists a line's words are counted in, as bits of one lookup (six set lookups per word cost more).
const STOP = 1
const PAGE = 2
const ACTION = 4
const FIRST = 8
const READER = 16
const FORMAL = 32
let classMap: Map<string, number> | undefined
let classHashes: HashSet | undefined

/** Lowercase word → its list bits (absent: none); built once, from fixed lists. */
function wordClasses(): ReadonlyMap<string, number> {
  if (!classMap) {
    const map = new Map<string, number>()
    const add = (words: Iterable<string>, bit: number) => {
      for (const word of words) map.set(word, (map.get(word) ?? 0) | bit)
    }
    add(stopwords(), STOP)
    add(PAGE_WORDS, PAGE)
    add(CALL_TO_ACTION, ACTION)
    add(FIRST_PERSON, FIRST)
    add(READER_ADDRESS, READER)
    add(FORMAL_ADDRESS, FORMAL)
    classMap = map
  }
  return classMap
}

/**
 * The same bits by the hash of the word, for words of Latin-1 letters (read without building a string per word). The
 * lists' words have distinct hashes (checked here); another word with one of their hashes would count as that word.
 */
function wordClassHashes(): HashSet {
  if (!classHashes) {
    const entries: Array<[number, number]> = []
    for (const [word, bits] of wordClasses()) entries.push([hashString(FNV_OFFSET, word), bits])
    const set = HashSet.from(entries)
    if (set.hashes.length !== entries.length) throw new Error('sections: two words of the page-word lists share a hash')
    classHashes = set
  }
  return classHashes
}

/** A Latin-1 letter or a digit (what trimming keeps at a word's ends); others: -1 (not Latin-1) or 0. */
function latinWordCode(c: number): number {
  if (c >= 0x100) return -1
  if (c >= 0x30 && c <= 0x39) return 1
  if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return 1
  return c === 0xb5 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 1 : 0
}

/** The list bits of line[start, end) read as in wordClasses (lower case, punctuation trimmed); -1 if not Latin-1. */
function classesAt(line: string, start: number, end: number): number {
  let from = start
  let to = end
  let kind = 0
  while (from < to && (kind = latinWordCode(line.charCodeAt(from))) === 0) from++
  if (kind < 0) return -1
  while (to > from && (kind = latinWordCode(line.charCodeAt(to - 1))) === 0) to--
  if (kind < 0) return -1
  if (from === to) return 0
  let hash = FNV_OFFSET
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i)
    if (c >= 0x100) return -1
    // Latin-1 lower case is one code unit for one: its capitals (A-Z, À-Þ but ×) move by 0x20.
    hash = hashStep(hash, isUpperCode(c) ? c + 0x20 : c)
  }
  return wordClassHashes().value(hash)
}

/** log(1 + x) / log(1 + most), at most 1. */
function logScale(x: number, most: number): number {
  return Math.min(1, Math.log1p(x) / Math.log1p(most))
}

/** The features of one line's own text into row[at …]. */
function ownFeatures(line: string, row: Float64Array, at: number): void {
  // Shares are read off the line's first SAMPLE characters: a long paragraph is prose either way, and its length
  // is what costs.
  const cut = line.length > SAMPLE ? line.lastIndexOf(' ', SAMPLE) : -1
  const sample = line.length <= SAMPLE ? line : line.slice(0, cut > 0 ? cut : SAMPLE)
  const classesOf = wordClasses()
  let wordCount = 0
  let stopCount = 0
  let capitalised = 0
  let upper = 0
  let pageWords = 0
  let callToAction = 0
  let reader = 0
  let firstPerson = 0
  /** The previous word ends in a sentence mark (. ! ? :). */
  let afterMark = false
  for (let i = 0; i < sample.length; ) {
    if (sample.charCodeAt(i) === 0x20) {
      i++
      continue
    }
    const start = i
    while (i < sample.length && sample.charCodeAt(i) !== 0x20) i++
    const latin = classesAt(sample, start, i)
    const word = latin >= 0 ? '' : sample.slice(start, i)
    const classes = latin >= 0 ? latin : (classesOf.get(trimPunctuation(word.toLowerCase())) ?? 0)
    const capital = isUpperCode(sample.charCodeAt(start))
    if (classes & STOP) stopCount++
    if (classes & PAGE) pageWords++
    if (classes & ACTION) callToAction++
    if (classes & FIRST) firstPerson++
    if (classes & READER) reader++
    // "Sie", "Ihnen", "Ihr" address the reader only when capitalised inside a sentence.
    else if (classes & FORMAL && wordCount > 0 && capital && !afterMark) reader++
    if (capital) {
      capitalised++
      if (i - start > 1 && isAllUpper(sample, start, i)) upper++
    }
    const last = sample.charCodeAt(i - 1)
    afterMark = last === 0x2e || last === 0x21 || last === 0x3f || last === 0x3a
    wordCount++
  }
  let digits = 0
  let symbols = 0
  let visible = 0
  let sentences = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0x20) continue
    visible++
    // Letters are neither digits, symbols nor sentence marks.
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) continue
    if (c >= 0x30 && c <= 0x39) digits++
    else if (SYMBOL_CODES.has(c)) symbols++
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && sample.charCodeAt(i + 1) === 0x20 && i + 2 < sample.length && isUpperCode(sample.charCodeAt(i + 2))) sentences++
  }
  const n = Math.max(1, wordCount)
  const last = lastMark(line)
  row[at + F.length!] = logScale(line.length, 1000)
  row[at + F.words!] = logScale(countWords(line, MOST_WORDS), MOST_WORDS)
  row[at + F.stopwords!] = stopCount / n
  row[at + F.capitalised!] = capitalised / n
  row[at + F.upper!] = upper / n
  row[at + F.digits!] = digits / Math.max(1, visible)
  row[at + F.symbols!] = Math.min(1, (4 * symbols) / Math.max(1, visible))
  row[at + F.sentenceEnd!] = last === '.' || last === '!' || last === '?' || last === '…' ? 1 : 0
  row[at + F.colonEnd!] = last === ':' ? 1 : 0
  row[at + F.sentences!] = logScale(sentences, 20)
  row[at + F.comma!] = line.includes(', ') ? 1 : 0
  row[at + F.web!] = isWebish(line) ? 1 : 0
  row[at + F.callToAction!] = Math.min(1, callToAction / 2)
  row[at + F.pageWords!] = pageWords / n
  row[at + F.addressesReader!] = Math.min(1, (5 * reader) / n)
  row[at + F.firstPerson!] = Math.min(1, (5 * firstPerson) / n)
}

/** Words of the whole line (runs between spaces), counted up to `most` and one more: the feature saturates there. */
function countWords(line: string, most: number): number {
  // A word's end is found by indexOf, which scans faster than reading each code unit.
  let count = 0
  let i = 0
  while (i < line.length && count <= most) {
    if (line.charCodeAt(i) === 0x20) {
      i++
      continue
    }
    count++
    const space = line.indexOf(' ', i)
    if (space < 0) break
    i = space + 1
  }
  return count
}

function trimPunctuation(word: string): string {
  let start = 0
  let end = word.length
  while (start < end && !isLetter(word[start]!) && !isDigit(word[start]!)) start++
  while (end > start && !isLetter(word[end - 1]!) && !isDigit(word[end - 1]!)) end--
  return start === 0 && end === word.length ? word : word.slice(start, end)
}

/** line[start, end) has no lower-case letter and more than one letter. */
function isAllUpper(line: string, start: number, end: number): boolean {
  let letters = 0
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i)
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) return false
      if (c >= 0x41 && c <= 0x5a) letters++
      continue
    }
    const next = i + 1 < end ? line.charCodeAt(i + 1) : 0
    const pair = c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000
    const ch = pair ? line.slice(i, i + 2) : line[i]!
    if (pair) i++
    if (isLower(ch)) return false
    if (isLetter(ch)) letters++
  }
  return letters > 1
}

/** The last character that is not a closing quote or bracket. */
function lastMark(line: string): string {
  let i = line.length - 1
  while (i >= 0 && '"“”»«’‘\')]'.includes(line[i]!)) i--
  return i >= 0 ? line[i]! : ''
}

function isWebish(line: string): boolean {
  return line.includes('www.') || line.includes('http') || line.includes('©') || line.includes('@') || line.includes('.de/') || line.includes('.com')
}

/**
 * One row of FEATURE_COUNT numbers per line, from the lines' texts and what the line patterns say of them
 * (classify.ts).
 */
export function lineFeatures(lines: LineTable, classes: LineClasses): Float64Array {
  const texts = classes.texts
  const n = lines.count
  const rows = new Float64Array(n * FEATURE_COUNT)
  const seen = new Map<string, number>()
  for (const text of texts) seen.set(text, (seen.get(text) ?? 0) + 1)
  for (let i = 0; i < n; i++) {
    const at = i * FEATURE_COUNT
    const text = texts[i]!
    ownFeatures(text, rows, at)
    const kind = classes.kinds[i]
    rows[at + F.byline!] = kind === LINE.byline ? 1 : 0
    rows[at + F.debris!] = kind === LINE.other || kind === LINE.credit || kind === LINE.adMarker ? 1 : 0
    rows[at + F.related!] = kind === LINE.related ? 1 : 0
    rows[at + F.teaserHeading!] = kind === LINE.teaserHeading ? 1 : 0
    rows[at + F.commentsMarker!] = kind === LINE.commentsMarker ? 1 : 0
    rows[at + F.caption!] = kind === LINE.caption ? 1 : 0
    rows[at + F.titleLike!] = (classes.shapes[i]! & SHAPE.titleLike) !== 0 ? 1 : 0
    rows[at + F.dateline!] = (classes.shapes[i]! & SHAPE.dateline) !== 0 ? 1 : 0
    rows[at + F.repeated!] = seen.get(text)! > 1 ? 1 : 0
    rows[at + F.gapBefore!] = lines.gapBefore[i]!
    rows[at + F.gapAfter!] = i + 1 < n ? lines.gapBefore[i + 1]! : 1
  }
  shortRuns(texts, rows)
  context(rows, n)
  wide(rows, n, lines)
  return rows
}

function isProse(rows: Float64Array, i: number, length: number): boolean {
  const at = i * FEATURE_COUNT
  return length >= PROSE_LENGTH && rows[at + F.sentenceEnd!] === 1 && rows[at + F.stopwords!]! >= PROSE_STOPWORDS
}

/**
 * Context beyond the next lines: the mean length over WIDE_CONTEXT lines on either side, how near the nearest prose
 * line is, how near the line stands to the start and to the end of the page (menus come first, footers last;
 * counted in characters and capped at EDGE, so that a long article is not cut short), and whether a short line heads
 * a prose paragraph (a subheading).
 */
function wide(rows: Float64Array, n: number, lines: LineTable): void {
  const wideLength = meansAround((i) => rows[i * FEATURE_COUNT + F.length!]!, n, WIDE_CONTEXT)
  const prose = new Uint8Array(n)
  for (let i = 0; i < n; i++) prose[i] = isProse(rows, i, lines.ends[i]! - lines.starts[i]!) ? 1 : 0
  const distance = new Int32Array(n).fill(n)
  for (let i = 0, last = -n; i < n; i++) {
    if (prose[i]) last = i
    distance[i] = i - last
  }
  for (let i = n - 1, next = 2 * n; i >= 0; i--) {
    if (prose[i]) next = i
    distance[i] = Math.min(distance[i]!, next - i)
  }
  const textStart = n > 0 ? lines.starts[0]! : 0
  const textEnd = n > 0 ? lines.ends[n - 1]! : 0
  for (let i = 0; i < n; i++) {
    const at = i * FEATURE_COUNT
    rows[at + F.fromStart!] = Math.min(1, (lines.starts[i]! - textStart) / EDGE)
    rows[at + F.toEnd!] = Math.min(1, (textEnd - lines.ends[i]!) / EDGE)
    rows[at + F.wideLength!] = wideLength[i]!
    rows[at + F.proseNear!] = 1 / (1 + distance[i]!)
    rows[at + F.headingBeforeProse!] = !prose[i] && i + 1 < n && prose[i + 1] && lines.ends[i]! - lines.starts[i]! < PROSE_LENGTH && rows[at + F.sentenceEnd!] === 0 ? 1 : 0
  }
}

/** How long the run of consecutive short lines is that a line stands in (0 for a long line): menus come in runs. */
function shortRuns(texts: readonly string[], rows: Float64Array): void {
  let i = 0
  while (i < texts.length) {
    if (texts[i]!.length >= SHORT_LINE) {
      i++
      continue
    }
    let j = i
    while (j < texts.length && texts[j]!.length < SHORT_LINE) j++
    const value = logScale(j - i, 50)
    for (let k = i; k < j; k++) rows[k * FEATURE_COUNT + F.shortRun!] = value
    i = j
  }
}

/** Means of a few own features over the CONTEXT lines on either side (not the line itself). */
function context(rows: Float64Array, n: number): void {
  const pairs: ReadonlyArray<readonly [number, number]> = [[F.length!, F.contextLength!], [F.stopwords!, F.contextStopwords!], [F.sentenceEnd!, F.contextSentenceEnd!]]
  for (const [own, ctx] of pairs) {
    const means = meansAround((i) => rows[i * FEATURE_COUNT + own]!, n, CONTEXT)
    for (let i = 0; i < n; i++) rows[i * FEATURE_COUNT + ctx] = means[i]!
  }
}
