// Words that end a name the recogniser often stops short of: `Allianz Arena`, `SIX Swiss Exchange`, `Novartis
// Campus`, `Siemens AG`. A name mention right before one of them (a single space between) takes it in.
import type { CoarseLabel, MentionInput } from '../analysis.js'
import { lexiconList } from '../lexicon/index.js'
import { isLetter, isUpper } from '../shared/chars.js'

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

/** `mentions` (text order, not overlapping) with every name followed by a name tail extended over it. */
export function extendNameTails(view: string, mentions: readonly MentionInput[]): MentionInput[] {
  const out: MentionInput[] = []
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!
    const end = mention.kind === 'name' && mention.label !== 'PER' ? wordAfter(view, mention.end) : -1
    const next = mentions[i + 1]
    const label = end < 0 || (next !== undefined && next.start < end) ? undefined : tailLabel(view.slice(mention.end + 1, end))
    out.push(label === undefined ? mention : { start: mention.start, end, label, kind: 'name' })
  }
  return out
}
