// Words that end a name the recogniser often stops short of: `Allianz Arena`, `SIX Swiss Exchange`, `Novartis
// Campus`, `Siemens AG`. A name mention right before one of them (a single space between) takes it in. So does the
// name of a product, work or event before its model number (`iPhone 15`, `Windows 11`): the next model is another
// thing, and related articles must not take last year's phone for this one.
import type { CoarseLabel, MentionInput } from '../analysis.js'
import { EDITIONS, lexiconList, SURNAME_PARTICLES } from '../lexicon/index.js'
import { isDigitCode, isLetter, isUpper } from '../shared/chars.js'
import { AMOUNT_UNITS } from '../shared/units.js'

/** Tails of the names of venues and sites (places) and of exchanges and firms (organisations). */
const PLACE_TAILS: ReadonlySet<string> = new Set(['Arena', 'Stadion', 'Park', 'Campus', 'Airport', 'Center', 'Centre', 'Hall', 'Dome', 'Ring', 'Quartier'])
const ORGANIZATION_TAILS: ReadonlySet<string> = new Set(['Exchange', 'Bank', 'Airlines', 'Airways', 'Records', 'Pictures', 'Studios', 'Motors', 'Energy', 'Pharma', 'Media'])

function tailLabel(word: string): CoarseLabel | undefined {
  if (PLACE_TAILS.has(word)) return 'LOC'
  if (ORGANIZATION_TAILS.has(word) || lexiconList('orgSuffixes').has(word)) return 'ORG'
  return undefined
}

/** The word after `offset` when a single space parts them: its end, or -1. */
function wordAfter(view: string, offset: number): number {
  if (view[offset] !== ' ' || !isUpper(view[offset + 1] ?? '')) return -1
  let end = offset + 1
  while (end < view.length && isLetter(view[end]!)) end++
  return end > offset + 1 ? end : -1
}

const MAX_MODEL_DIGITS = 3
const MAX_EDITION_WORDS = 2

/** After `offset`, a space and a short number that ends there (not 15:30, 1,5, 15. Mai, 15 Euro): its end, or -1. */
function modelNumberEnd(view: string, offset: number): number {
  if (view[offset] !== ' ' || !isDigitCode(view.charCodeAt(offset + 1))) return -1
  let end = offset + 1
  while (end < view.length && isDigitCode(view.charCodeAt(end))) end++
  if (end - offset - 1 > MAX_MODEL_DIGITS) return -1
  const after = view[end] ?? ' '
  if ((after === ',' || after === ':' || after === '.') && isDigitCode(view.charCodeAt(end + 1))) return -1
  // `15. Mai`, `am 3. des Monats`: an ordinal; a full stop ending the sentence comes before a space and a capital or the end.
  if (after === '.' && end + 2 < view.length && !isUpper(view[end + 2] ?? '')) return -1
  if (isLetter(after) || after === '%') return -1
  const unit = wordAfter(view, end)
  return unit > 0 && AMOUNT_UNITS.has(view.slice(end + 1, unit)) ? -1 : end
}

/** The most particles a surname takes (van der, von und zu …). */
const MAX_PARTICLES = 3

/**
 * A person's name that is only a surname particle (Van, De) and stops before the rest of its surname: the end of the
 * particles and the capitalised word after them (Van der Bellen), or -1.
 */
function particleSurnameEnd(view: string, mention: MentionInput): number {
  if (mention.kind !== 'name' || mention.label !== 'PER' || !SURNAME_PARTICLES.has(view.slice(mention.start, mention.end).toLowerCase())) return -1
  let at = mention.end
  for (let k = 0; k <= MAX_PARTICLES; k++) {
    if (view[at] !== ' ') return -1
    let end = at + 1
    while (end < view.length && isLetter(view[end]!)) end++
    if (end === at + 1) return -1
    const word = view.slice(at + 1, end)
    if (!SURNAME_PARTICLES.has(word.toLowerCase())) return isUpper(word[0]!) ? end : -1
    at = end
  }
  return -1
}

/**
 * `mentions` (text order, not overlapping) with every name followed by a name tail or a model number extended over it,
 * and a lone surname particle over the rest of its surname (taking in a mention there).
 */
export function extendNameTails(view: string, mentions: readonly MentionInput[]): MentionInput[] {
  const out: MentionInput[] = []
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!
    const next = mentions[i + 1]
    const free = (end: number) => end > 0 && (next === undefined || next.start >= end)
    const surname = particleSurnameEnd(view, mention)
    if (surname > 0 && (next === undefined || next.start >= surname || next.end === surname)) {
      if (next !== undefined && next.end === surname) i++
      out.push({ start: mention.start, end: surname, label: 'PER', kind: 'name' })
      continue
    }
    const end = mention.kind === 'name' && mention.label !== 'PER' ? wordAfter(view, mention.end) : -1
    const label = free(end) ? tailLabel(view.slice(mention.end + 1, end)) : undefined
    if (label !== undefined) {
      out.push({ start: mention.start, end, label, kind: 'name' })
      continue
    }
    // A firm's name before a number is mostly followed by what is counted (`Linke 9 Sitze`): a model number of a name
    // read as an organisation (iPhone in a headline) must end the phrase.
    const named = mention.kind === 'name' && (mention.label === 'OTH' || mention.label === 'ORG')
    let model = named ? modelNumberEnd(view, mention.end) : -1
    if (model > 0 && mention.label === 'ORG' && wordAfter(view, model) > 0) model = -1
    if (!free(model)) {
      out.push(mention)
      continue
    }
    let stop = model
    for (let k = 0; k < MAX_EDITION_WORDS; k++) {
      const edition = wordAfter(view, stop)
      if (edition < 0 || !EDITIONS.has(view.slice(stop + 1, edition).toLowerCase())) break
      stop = edition
    }
    // Mentions the edition words took in (Max of Pro Max) are part of the product's name.
    while (i + 1 < mentions.length && mentions[i + 1]!.end <= stop) i++
    if (i + 1 < mentions.length && mentions[i + 1]!.start < stop) stop = model
    // The number makes it another thing than the bundled entry of the name alone (if any).
    out.push({ start: mention.start, end: stop, label: mention.label, kind: 'name' })
  }
  return out
}
