// Lookup tables over knowledge-base entries: names and aliases, derived forms, person surnames, club short names.
import type { CoarseLabel } from '../analysis.js'
import type { KbEntry } from '../lexicon/index.js'
import type { MentionKind } from '../types.js'
import { WordMemo } from '../shared/memo.js'
import { cleanSurface, foldKey } from './names.js'

export interface NameMatch {
  entries: KbEntry[]
  /** The form that matched: the name itself, or its base without genitive ending or leading role words. */
  matched: string
}

export interface KbIndex {
  byId: Map<string, KbEntry>
  /** Exact (case-sensitive) names and aliases. */
  byName: Map<string, KbEntry[]>
  /** Case-folded names and aliases. */
  byFoldedName: Map<string, KbEntry[]>
  /** Case-folded derived forms (russischen, Münchner, Russen). */
  byForm: Map<string, KbEntry[]>
  /** Case-folded last word of person names: how a bare surname may resolve when nothing in the text says more. */
  bySurname: Map<string, KbEntry[]>
  /** Case-folded short names of clubs (`short=` in info: Bayern, Schalke), used only in a sports context. */
  byClubShort: Map<string, KbEntry[]>
  /** Memoised name lookups and piece resolutions (results depend only on the text and this index): one index per engine. */
  names: WordMemo<NameMatch | null>
  /** What `names` computes on a miss, made once per index rather than per lookup (see lookupName). */
  findName?: (text: string) => NameMatch | null
  /** By kind, label and whether the piece has a head (0 or 1), then by the piece's text. */
  resolved: ResolutionMemos
}

/** Looked up by the piece's fields directly, so that resolving a piece builds no key string. */
export type ResolutionMemos = Record<MentionKind, Record<CoarseLabel, [WordMemo<readonly KbEntry[]>, WordMemo<readonly KbEntry[]>]>>

function resolutionMemos(): ResolutionMemos {
  const byLabel = () => ({ PER: memoPair(), LOC: memoPair(), ORG: memoPair(), OTH: memoPair() })
  return { name: byLabel(), derived: byLabel(), part: byLabel() }
}

function memoPair(): [WordMemo<readonly KbEntry[]>, WordMemo<readonly KbEntry[]>] {
  return [new WordMemo(), new WordMemo()]
}

function push<K>(map: Map<K, KbEntry[]>, key: K, entry: KbEntry): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [entry])
  else if (!list.includes(entry)) list.push(entry)
}

/** Later entries with an id already present replace the earlier one (how user entries override the base). */
export function buildKbIndex(entries: readonly KbEntry[]): KbIndex {
  const byId = new Map<string, KbEntry>()
  for (const entry of entries) byId.set(entry.id, entry)
  const index: KbIndex = { byId, byName: new Map(), byFoldedName: new Map(), byForm: new Map(), bySurname: new Map(), byClubShort: new Map(), names: new WordMemo(), resolved: resolutionMemos() }
  for (const entry of byId.values()) {
    for (const raw of [entry.name, ...entry.aliases]) {
      const name = cleanSurface(raw)
      push(index.byName, name, entry)
      push(index.byFoldedName, foldKey(name), entry)
    }
    for (const form of entry.forms) push(index.byForm, foldKey(cleanSurface(form)), entry)
    if (entry.type === 'person') {
      const words = cleanSurface(entry.name).split(' ')
      if (words.length > 1) push(index.bySurname, foldKey(words[words.length - 1]!), entry)
    }
    const short = entry.info['short']
    if (short !== undefined) for (const name of short.split('|')) push(index.byClubShort, foldKey(cleanSurface(name)), entry)
  }
  for (const [surname, bearers] of index.bySurname) if (bearers.length > 1) index.bySurname.set(surname, withoutRelatives(bearers))
  return index
}

/**
 * The bearers of one surname without those whose role names another of them (Melania Trump, "Ehefrau von Donald
 * Trump"): news calls the one they are named after by the bare surname (Trump, Macron), never the relatives.
 */
function withoutRelatives(bearers: readonly KbEntry[]): KbEntry[] {
  return bearers.filter((entry) => {
    const role = entry.info['role'] ?? ''
    return !bearers.some((other) => other !== entry && role.includes(other.name))
  })
}
