// The sentence splitter works on the tokens: the tokenizer has already decided which full stops belong to
// abbreviations and ordinals (Dr., z. B., am 24. Juli), so most "." tokens here are real sentence ends.
//
// Rules, in order:
// 1. A blank line (two line breaks with only spaces between) always ends a sentence.
// 2. After ".", "!", "?", "…" or "..." (closing quotes or brackets written right after them, and emoji on the
//    same line, stay with the sentence) a new sentence starts unless the next token is a lower-case word, a
//    comma-like mark, or an opening quote or bracket before a lower-case word ("„Kommt ihr?“, fragte er" and
//    "(dpa)" stay put).
//    An ellipsis at the start of a sentence or inside brackets ("[…]") ends nothing; neither does "(!)".
// 3. After an abbreviation that may close a sentence (usw., etc., Mio., Jan.), after a single capital letter
//    (Gruppe B.) and after an ordinal, a sentence ends only before a capitalised sentence opener (Die, Er, Auch, …)
//    or a line break before a capitalised word. Abbreviations that always lead (Dr., Nr., z. B., bzw.) end nothing.
// 4. A single line break, for scraped news where each paragraph, headline or caption is one line: the line break
//    ends a sentence when the next line starts with a capital letter, a digit, a quote, a bullet or an emoji, and the
//    line before does not end with a comma-like mark, an opening quote or bracket, a hyphen, a leading abbreviation
//    or a function word (und, der, mit, …). So "Merkel in Paris\nDie Kanzlerin …" is two sentences and
//    "Die Kanzlerin traf\nden Präsidenten" is one.
// 5. Two paragraphs glued without a space or full stop ("von der LeyenDer Vorschlag"): a sentence starts at the
//    word the tokenizer split off (glued.ts).
import { IGNORABLE_CODE, viewText } from '../shared/chars.js'
import { ABBREVIATION_LEADING, ABBREVIATION_CLOSING, ABBREVIATION_NONE, abbreviationKind, capitalisedAbbreviationKind, dottedAbbreviationKind } from './abbreviations.js'
import { classAt, flagsAt, LETTER, LOWER, UPPER } from './chars.js'
import { KIND, type TokenTable } from '../analysis.js'
import { isLineContinuation, isSentenceStarter } from './function-words.js'
import { startsAfterGlue } from './glued.js'

const NOT_TERMINAL = 0
const FULL_STOP = 1 // . ! ?
const ELLIPSIS = 2
const WEAK_STOP = 3 // closing abbreviation, single capital, ordinal
const NO_STOP = 4 // leading abbreviation

const CLOSERS = ')]}"\'“”’‘«»›‹'
const OPENERS = '([{"\'„“‚‘»«›‹'
const QUOTES = '"\'„“‚‘»«›‹'
// Two-character quotes of typewriter text, read as the typographic mark they stand for.
// A Map: the key is token text, which must not find Object.prototype's members.
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([["''", '”'], ['``', '„'], [',,', '„']])
const COMMA_LIKE = ',;:)]}/%'
const BULLETS = '-–—•*·#@'
const LEADING_MARKS = "'’‘`´-@#"
const LINE_CONTINUING_MARKS = ',;/-–—&+'

interface Tokens {
  view: string
  table: TokenTable
}

function textOf(tokens: Tokens, t: number): string {
  return viewText(tokens.view, tokens.table.starts[t]!, tokens.table.ends[t]!)
}

/** Is token t a punctuation mark or symbol from `set`? */
function isMark(tokens: Tokens, t: number, set: string): boolean {
  const kind = tokens.table.kinds[t]
  if (kind !== KIND.punct && kind !== KIND.symbol) return false
  const start = tokens.table.starts[t]!
  if (tokens.table.ends[t]! - start === 1) return set.includes(tokens.view.charAt(start))
  const text = textOf(tokens, t)
  const mark = text.length === 1 ? text : QUOTE_PAIRS.get(text)
  return mark !== undefined && set.includes(mark)
}

function terminalKind(tokens: Tokens, t: number): number {
  const { view, table } = tokens
  const start = table.starts[t]!
  const end = table.ends[t]!
  const kind = table.kinds[t]!
  const first = view.charCodeAt(start)
  if (kind === KIND.punct) {
    if (first === 0x21 || first === 0x3f || first === 0x203c || first === 0x2049) return FULL_STOP
    if (first === 0x2026) return ELLIPSIS
    if (first === 0x2e) return textOf(tokens, t).length === 1 ? FULL_STOP : ELLIPSIS
    return NOT_TERMINAL
  }
  if (end - start < 2 || !endsWithFullStop(view, start, end)) return NOT_TERMINAL
  if (kind === KIND.number) return WEAK_STOP
  const text = textOf(tokens, t)
  if (kind !== KIND.word) return NOT_TERMINAL
  const word = text.slice(0, -1)
  if (word.includes('.')) return dottedAbbreviationKind(text) === ABBREVIATION_CLOSING ? WEAK_STOP : NO_STOP
  if (word.length === 1) return singleLetterKind(tokens, t, word)
  const lastPart = word.slice(word.lastIndexOf('-') + 1)
  const exact = abbreviationKind(lastPart)
  const abbreviation = exact !== ABBREVIATION_NONE ? exact : capitalisedAbbreviationKind(lastPart)
  if (abbreviation === ABBREVIATION_LEADING) return NO_STOP
  return WEAK_STOP // closing abbreviations and Roman numerals
}

function endsWithFullStop(view: string, start: number, end: number): boolean {
  let k = end - 1
  while (k > start && view.charCodeAt(k) === IGNORABLE_CODE) k--
  return view.charCodeAt(k) === 0x2e
}

/** "B." after "z." leads; "a." after "u." may close (u. a.); a capital initial may close (Gruppe B. Die …). */
function singleLetterKind(tokens: Tokens, t: number, letter: string): number {
  const upper = letter !== letter.toLowerCase()
  if (letter === 'a' || letter === 'ä') return WEAK_STOP
  if (!upper) return NO_STOP
  if (t > 0) {
    const before = textOf(tokens, t - 1)
    if (before.length === 2 && before.endsWith('.') && before !== before.toUpperCase()) return NO_STOP
  }
  return WEAK_STOP
}

function newlinesBetween(tokens: Tokens, t: number, u: number): number {
  const { view, table } = tokens
  let count = 0
  for (let k = table.ends[t]!; k < table.starts[u]!; k++) if (view.charCodeAt(k) === 0x0a) count++
  return count
}

/** First letter of token u after leading apostrophes, hyphens, @ and #; -1 when something else comes first. */
function firstLetter(tokens: Tokens, u: number): number {
  const { view, table } = tokens
  let k = table.starts[u]!
  while (k < table.ends[u]! && LEADING_MARKS.includes(view.charAt(k))) k++
  return k < table.ends[u]! && classAt(view, k) === LETTER ? k : -1
}

/** Is token u a word that reads as capitalised (Die, iPhone, eBay)? */
function startsCapitalised(tokens: Tokens, u: number): boolean {
  const { view, table } = tokens
  const k = firstLetter(tokens, u)
  const end = table.ends[u]!
  if (k < 0) return false
  if ((flagsAt(view, k) & UPPER) !== 0) return true
  for (let m = k + 1; m < end && m < k + 4; m++) if ((flagsAt(view, m) & UPPER) !== 0) return true
  return false
}

function isLowerWord(tokens: Tokens, u: number): boolean {
  const kind = tokens.table.kinds[u]
  if (kind !== KIND.word && kind !== KIND.mention && kind !== KIND.hashtag) return false
  if (startsCapitalised(tokens, u)) return false
  const k = firstLetter(tokens, u)
  return k >= 0 && (flagsAt(tokens.view, k) & LOWER) !== 0
}

/** Does a sentence start at token u, after a terminal group whose kind is `stop`? */
function startsAfterStop(tokens: Tokens, stop: number, u: number): boolean {
  if (isLowerWord(tokens, u)) return false
  if (isMark(tokens, u, COMMA_LIKE) && !isMark(tokens, u, OPENERS)) return false
  if (isMark(tokens, u, OPENERS) && u + 1 < tokens.table.count) {
    if (isLowerWord(tokens, u + 1)) return false
  }
  if (stop !== WEAK_STOP) return true
  const kind = tokens.table.kinds[u]
  if (kind === KIND.word) return startsCapitalised(tokens, u) && isSentenceStarter(textOf(tokens, u).toLowerCase())
  return isMark(tokens, u, QUOTES) && u + 1 < tokens.table.count && startsCapitalised(tokens, u + 1)
}

/** Rule 4: does a single line break between t and t + 1 end a sentence? */
function lineBreakEnds(tokens: Tokens, t: number): boolean {
  const u = t + 1
  const kind = tokens.table.kinds[t]
  const text = textOf(tokens, t)
  if (isMark(tokens, t, LINE_CONTINUING_MARKS)) return false
  if (isMark(tokens, t, OPENERS) && (t === 0 || tokens.table.starts[t] !== tokens.table.ends[t - 1])) return false
  if (kind === KIND.word) {
    if (text.endsWith('-')) return false
    if (text.endsWith('.') && terminalKind(tokens, t) === NO_STOP) return false
    if (isLineContinuation(text.toLowerCase())) return false
  }
  const next = tokens.table.kinds[u]
  if (next === KIND.word || next === KIND.hashtag || next === KIND.mention) return startsCapitalised(tokens, u) || !isLowerWord(tokens, u)
  if (next === KIND.number || next === KIND.emoji || next === KIND.url) return true
  return isMark(tokens, u, OPENERS) || isMark(tokens, u, BULLETS)
}

/**
 * Last token of the sentence end starting at terminal token t: more marks (?! !!!), closing quotes and brackets
 * written right after them, marks after those ("(Ironie!)."), and emoji on the same line.
 */
function terminalGroupEnd(tokens: Tokens, t: number): number {
  const { table } = tokens
  const n = table.count
  let last = t
  for (;;) {
    while (last + 1 < n && table.kinds[last + 1] === KIND.punct && terminalKind(tokens, last + 1) !== NOT_TERMINAL) last++
    const before = last
    while (last + 1 < n && isMark(tokens, last + 1, CLOSERS) && table.starts[last + 1] === table.ends[last]) last++
    if (last === before || !(last + 1 < n && table.kinds[last + 1] === KIND.punct && terminalKind(tokens, last + 1) !== NOT_TERMINAL)) break
  }
  while (last + 1 < n && table.kinds[last + 1] === KIND.emoji && newlinesBetween(tokens, last, last + 1) === 0) last++
  return last
}

/** A group such as "(62.)." or "(re.)." ends like its strongest mark: full stop, ellipsis, weak stop, no stop. */
function strongerStop(a: number, b: number): number {
  const rank = (stop: number): number => (stop === FULL_STOP ? 4 : stop === ELLIPSIS ? 3 : stop === WEAK_STOP ? 2 : stop === NO_STOP ? 1 : 0)
  return rank(b) > rank(a) ? b : a
}

/** Token index where each sentence starts, ascending; the first is 0 when there are tokens. */
export function splitSentences(view: string, table: TokenTable): Int32Array {
  const n = table.count
  if (n === 0) return new Int32Array(0)
  const tokens: Tokens = { view, table }
  const starts: number[] = [0]
  let sentenceStart = 0
  let t = 0
  while (t < n - 1) {
    let stop = terminalKind(tokens, t)
    let last = t
    if (stop !== NOT_TERMINAL) {
      last = terminalGroupEnd(tokens, t)
      for (let k = t + 1; k <= last; k++) stop = strongerStop(stop, terminalKind(tokens, k))
    }
    if (last + 1 >= n) break
    const newlines = newlinesBetween(tokens, last, last + 1)
    let ends: boolean
    if (newlines >= 2) ends = true
    else if (stop === NOT_TERMINAL) ends = newlines === 1 ? lineBreakEnds(tokens, last) : newlines === 0 && startsAfterGlue(view, table, last + 1)
    else if (stop === NO_STOP) ends = false
    else if (stop === WEAK_STOP && newlines === 1) ends = startsCapitalised(tokens, last + 1) || !isLowerWord(tokens, last + 1)
    else if (t > 0 && isMark(tokens, t - 1, '([') && isMark(tokens, last, ')]')) ends = false // (!) (62.) […]
    else if (stop === ELLIPSIS && t === sentenceStart) ends = false
    else ends = startsAfterStop(tokens, stop, last + 1)
    if (ends) {
      starts.push(last + 1)
      sentenceStart = last + 1
    }
    t = last + 1
  }
  return Int32Array.from(starts)
}
