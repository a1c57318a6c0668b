// A recognised mention may name several things: `Moskau/Washington` names two places, `russisch-amerikanischen`
// derives from two, `EU-Gipfel` contains one. Pieces are the parts that may each link to an entity.
import type { MentionKind } from '../types.js'
import { cleanSurface } from './names.js'
import type { MentionInput } from '../analysis.js'
import { isUpper } from '../shared/chars.js'
import type { NerLabel } from './types.js'

export interface Piece {
  /** The span reported as the mention: the piece itself for names, the whole word for derived and part mentions. */
  start: number
  end: number
  /** What is looked up: the name, or the named segment of a derived or part word. */
  text: string
  label: NerLabel
  kind: MentionKind
  /** For part mentions: the rest of the word after the named part (`Trainer` in `Bayern-Trainer`). */
  head?: string
  entryId?: string
  /** Index of the mention the piece comes from, so alternatives of one mention can be told apart. */
  mention: number
}

/** Offsets of the segments of `text` (starting at `offset`) separated by `separator`, empty segments skipped. */
function segments(text: string, offset: number, separator: string): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let from = 0
  for (;;) {
    const at = text.indexOf(separator, from)
    const to = at < 0 ? text.length : at
    if (to > from) result.push([offset + from, offset + to])
    if (at < 0) return result
    from = at + 1
  }
}

/** Every piece has the same shape (all fields set, some undefined): keeps property access monomorphic. */
function makePiece(mention: MentionInput, index: number, start: number, end: number, text: string, head: string | undefined): Piece {
  return { start, end, text, label: mention.label, kind: mention.kind, head, entryId: mention.entryId, mention: index }
}

export function mentionPieces(mention: MentionInput, index: number, view: string, isKnownName: (name: string) => boolean): Piece[] {
  const raw = view.slice(mention.start, mention.end)
  if (mention.entryId !== undefined) return [makePiece(mention, index, mention.start, mention.end, cleanSurface(raw), undefined)]
  if (mention.kind === 'name') {
    // Moskau/Washington names two places when every segment is capitalised; a known whole name (CDU/CSU) stays whole.
    const slashParts = raw.includes('/') && !raw.includes(' ') && !isKnownName(cleanSurface(raw)) ? segments(raw, mention.start, '/') : []
    if (slashParts.length > 1 && slashParts.every(([s]) => isUpper(view[s]!))) {
      return slashParts.map(([start, end]) => makePiece(mention, index, start, end, cleanSurface(view.slice(start, end)), undefined))
    }
    return [makePiece(mention, index, mention.start, mention.end, cleanSurface(raw), undefined)]
  }
  const hyphenParts = raw.includes('-') ? segments(raw, mention.start, '-') : []
  if (mention.kind === 'derived') {
    // russisch-amerikanischen: each part derives from a name.
    if (hyphenParts.length < 2) return [makePiece(mention, index, mention.start, mention.end, cleanSurface(raw), undefined)]
    return hyphenParts.map(([start, end]) => makePiece(mention, index, mention.start, mention.end, cleanSurface(view.slice(start, end)), undefined))
  }
  // Part mentions: every segment but the last may be the name (EU-Gipfel, Nicht-EU-Staaten); a single word is a
  // compound whose name is a prefix (Deutschlandreise), resolved at lookup.
  if (hyphenParts.length < 2) return [makePiece(mention, index, mention.start, mention.end, cleanSurface(raw), undefined)]
  const last = hyphenParts[hyphenParts.length - 1]!
  const head = view.slice(last[0], last[1])
  return hyphenParts.slice(0, -1).map(([start, end]) => makePiece(mention, index, mention.start, mention.end, cleanSurface(view.slice(start, end)), head))
}
