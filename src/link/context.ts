// Whether a name that is both a place and a club (Bayern, Dortmund, Schalke) means the club.
import { wordBefore } from './around.js'
import type { Piece } from './pieces.js'

const SPORTS_WORDS: readonly string[] = ['Bundesliga', 'Trainer', 'Tabelle', 'Saison', 'Spieltag', 'Torwart', 'Stürmer', 'Elfmeter', 'Champions League', 'Pokal', 'Abstieg', 'Tore ', 'Tor ', 'Anpfiff', 'Halbzeit', 'Mannschaft', 'Meisterschaft', 'Fans']
const SPORTS_HEADS: ReadonlySet<string> = new Set(['trainer', 'trainerin', 'coach', 'spieler', 'spielerin', 'profi', 'profis', 'stürmer', 'torwart', 'keeper', 'kapitän', 'fans', 'fan', 'boss', 'chef', 'präsident', 'sportdirektor', 'sportvorstand', 'star', 'stars', 'elf', 'mannschaft', 'team', 'kader', 'neuzugang', 'abwehr', 'sieg', 'niederlage', 'spiel', 'tor', 'tore', 'legende', 'ultras', 'stadion', 'kabine'])
/** Before these, a club's short name is the place (`in Dortmund`, `aus Bayern`). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'im', 'aus', 'nach', 'durch', 'um', 'quer', 'ganz'])
const MIN_SPORTS_WORDS = 2

export function hasSportsContext(view: string): boolean {
  let found = 0
  for (const word of SPORTS_WORDS) if (view.includes(word) && ++found >= MIN_SPORTS_WORDS) return true
  return false
}

/** In a sports text a club's short name means the club (`die Bayern`, `Bayern gewinnen`), except after a place preposition. */
export function clubContext(piece: Piece, view: string, sports: () => boolean): boolean {
  if (piece.kind === 'part') return piece.head !== undefined && SPORTS_HEADS.has(piece.head.toLowerCase())
  return sports() && !PLACE_PREPOSITIONS.has(wordBefore(view, piece.start))
}
