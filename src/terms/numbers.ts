// Numbers that tell one event from another of the same kind: the year (2024), the result (3:1), the amount
// (1,7 Milliarden), the share (54 Prozent), the date (14. Mai), the model (Nova 7, iPhone 15), large counts
// (200.000). Last year's budget debate and this year's share every word but these. Each becomes a term whose key is
// written one way whatever the spelling (1,7 Mrd. and 1,7 Milliarden → `1,7 mrd`); small bare numbers (3 Tote,
// 12 Jahre) are too common to tell events apart and are left out.
import { KIND, type TokenTable } from '../analysis.js'
import { termStopwords } from '../lexicon/index.js'
import { isDigitCode, isUpperCode } from '../shared/chars.js'
import { GERMAN_MONTHS } from '../shared/calendar.js'
import { spacedTokens } from '../tokenize/index.js'

export interface NumberTerm {
  /** The normalised key: `2024`, `3:1`, `1,7 mrd`, `54 %`, `14. mai`, `nova 7`, `200000`. */
  key: string
  /** As the text writes it: `1,7 Milliarden`, `54 Prozent`, `Nova 7`. */
  label: string
}

const SCALES: ReadonlyMap<string, string> = new Map([
  ['tausend', 'tsd'], ['tsd.', 'tsd'], ['million', 'mio'], ['millionen', 'mio'], ['mio.', 'mio'], ['mio', 'mio'],
  ['milliarde', 'mrd'], ['milliarden', 'mrd'], ['mrd.', 'mrd'], ['mrd', 'mrd'], ['billion', 'bio'], ['billionen', 'bio'],
])
const PERCENT: ReadonlySet<string> = new Set(['prozent', '%'])
const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['euro', 'eur'], ['€', 'eur'], ['franken', 'chf'], ['chf', 'chf'], ['fr.', 'chf'], ['dollar', 'usd'], ['$', 'usd'], ['pfund', 'gbp'],
])
const MONTHS: ReadonlySet<string> = new Set(GERMAN_MONTHS)
/** Words before a number that make it no model number (Seite 3, Nummer 5 are fine: they are no unit). */
const NOT_MODELS: ReadonlySet<string> = new Set([...MONTHS, 'uhr', 'jahr', 'jahre', 'jahren', 'prozent', 'euro', 'franken', 'dollar', 'minute', 'minuten', 'stunde', 'stunden', 'tag', 'tage', 'tagen'])
const LARGE = 1000
const MAX_MODEL_DIGITS = 3

function allDigits(text: string): boolean {
  if (text.length === 0) return false
  for (let i = 0; i < text.length; i++) if (!isDigitCode(text.charCodeAt(i))) return false
  return true
}

/** Digits with dots between groups of three (200.000, 1.500.000): the value's digits, else undefined. */
function groupedDigits(text: string): string | undefined {
  const groups = text.split('.')
  if (groups.length < 2 || !allDigits(groups[0]!) || groups[0]!.length > 3) return undefined
  for (let g = 1; g < groups.length; g++) if (groups[g]!.length !== 3 || !allDigits(groups[g]!)) return undefined
  return groups.join('')
}

/** A decimal number as German writes it (1,7 or 12 or 1.500,50): its key form, else undefined. */
function decimal(text: string): string | undefined {
  const comma = text.indexOf(',')
  const whole = comma < 0 ? text : text.slice(0, comma)
  const fraction = comma < 0 ? '' : text.slice(comma + 1)
  const digits = allDigits(whole) ? whole : groupedDigits(whole)
  if (digits === undefined || (comma >= 0 && !allDigits(fraction))) return undefined
  return fraction === '' ? digits : `${digits},${fraction}`
}

/** The unit after number token t: the next token one space on, or a symbol right after it (54%, 3€); else ''. */
function unitAfter(view: string, tokens: TokenTable, t: number): string {
  const next = t + 1
  if (next >= tokens.count) return ''
  if (spacedTokens(view, tokens, t, next) || (tokens.starts[next] === tokens.ends[t] && tokens.kinds[next] === KIND.symbol)) return textOf(view, tokens, next)
  return ''
}

function textOf(view: string, tokens: TokenTable, t: number): string {
  return view.slice(tokens.starts[t]!, tokens.ends[t]!)
}

/** A word of letters with a capital somewhere (Nova, iPhone), as a model name before its number. */
function isModelName(word: string): boolean {
  let upper = false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (isUpperCode(c)) upper = true
    else if (!(c === 0x2d || word[i]!.toLowerCase() !== word[i]!.toUpperCase())) return false
  }
  return upper
}

/**
 * The number term of the number token `t`, and how many tokens it takes from `t` on (a unit after it counts), or
 * undefined when the number tells no event apart.
 */
export function numberTermAt(view: string, tokens: TokenTable, t: number): { term: NumberTerm; length: number } | undefined {
  if (tokens.kinds[t] !== KIND.number) return undefined
  const text = textOf(view, tokens, t)
  const next = unitAfter(view, tokens, t)
  const nextKey = next.toLowerCase()
  // A result (3:1, 30:28), not a time of day (15:30 Uhr).
  const colon = text.indexOf(':')
  if (colon > 0) {
    if (nextKey === 'uhr' || !allDigits(text.slice(0, colon)) || !allDigits(text.slice(colon + 1))) return undefined
    return { term: { key: text, label: text }, length: 1 }
  }
  // A date: 14. Mai.
  if (text.endsWith('.') && allDigits(text.slice(0, -1)) && MONTHS.has(nextKey)) {
    return { term: { key: `${text} ${nextKey}`, label: `${text} ${next}` }, length: 2 }
  }
  const value = decimal(text)
  if (value === undefined) return undefined
  const scale = SCALES.get(nextKey)
  if (scale !== undefined) return { term: { key: `${value} ${scale}`, label: `${text} ${next}` }, length: 2 }
  if (PERCENT.has(nextKey)) return { term: { key: `${value} %`, label: `${text} ${next}` }, length: 2 }
  const currency = CURRENCIES.get(nextKey)
  if (currency !== undefined) return { term: { key: `${value} ${currency}`, label: `${text} ${next}` }, length: 2 }
  if (!allDigits(text)) return value.length >= 4 && !value.includes(',') ? { term: { key: value, label: text }, length: 1 } : undefined
  // A year, with or without a word before it (im Jahr 2024, Mai 2024).
  if (text.length === 4 && (text.startsWith('19') || text.startsWith('20'))) return { term: { key: text, label: text }, length: 1 }
  // A model: a name right before a short number (Nova 7, iPhone 15, Windows 11).
  if (text.length <= MAX_MODEL_DIGITS && t > 0 && tokens.kinds[t - 1] === KIND.word && spacedTokens(view, tokens, t - 1, t)) {
    const name = textOf(view, tokens, t - 1)
    const lower = name.toLowerCase()
    // A sentence may open with a function word before a number (Um 7 …, Ab 2 …).
    if (isModelName(name) && !NOT_MODELS.has(lower) && !termStopwords().has(lower)) return { term: { key: `${lower} ${text}`, label: `${name} ${text}` }, length: 1 }
  }
  return Number(text) >= LARGE ? { term: { key: text, label: text }, length: 1 } : undefined
}
