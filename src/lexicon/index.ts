// STUB: the lexicon helper implements this API (issue 3/4). Shapes are fixed; see corpora/kb/FORMAT.md.
import type { EntityType } from '../types.js'

/** Word lists in corpora/lexicon/, entries as written there (case preserved). */
export type ListName = 'firstNames' | 'surnames' | 'titles' | 'orgSuffixes' | 'orgHeads' | 'stopwords'

export interface KbEntry {
  id: string
  type: EntityType
  name: string
  aliases: readonly string[]
  /** Derived forms with `~` stems already expanded to all inflections. */
  forms: readonly string[]
  info: Readonly<Record<string, string>>
}

export function lexiconList(_name: ListName): ReadonlySet<string> {
  return new Set()
}

/** All knowledge-base entries of corpora/kb/*.tsv, in a fixed order. */
export function kbEntries(): readonly KbEntry[] {
  return []
}
