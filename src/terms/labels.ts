// What a term is called where people read it (the related index's explanations): the form the document writes, not
// the stem. A stem's own shortest form, first seen (Haushalt before Haushalts); a compound's modifier that the
// document never writes alone is named by the compound's first letters: as many as the shortest word form of the
// modifier that the compound starts with (Flughafenbetreiber → Flughafen, not the stem's Flughaf), else as many as
// spell the stem (Flüchtlingskrise → Flüchtling); failing both, the stem.
import { backgroundForms } from './background.js'
import type { PieceTable } from './pieces.js'

/** Compounds folded into compounds are followed this far back. */
const MAX_CHAIN = 8

/** The stemmer's spelling of one letter: lower case without umlauts (ß → ss). */
function stemSpelling(ch: string): string {
  const lower = ch.toLowerCase()
  if (lower === 'ä') return 'a'
  if (lower === 'ö') return 'o'
  if (lower === 'ü') return 'u'
  if (lower === 'ß') return 'ss'
  return lower
}

/** The first letters of `surface` that spell `stem` in the stemmer's spelling, or undefined when they do not. */
export function prefixSpelling(surface: string, stem: string): string | undefined {
  let spelled = ''
  for (let i = 0; i < surface.length && spelled.length < stem.length; i++) {
    spelled += stemSpelling(surface[i]!)
    if (spelled === stem) return surface.slice(0, i + 1)
  }
  return undefined
}

/** The first letters of the compound `surface` that name its modifier `stem` (see the module comment). */
export function modifierLabel(surface: string, stem: string): string {
  const lower = surface.toLowerCase()
  let form = ''
  for (const candidate of backgroundForms(stem)) {
    if (candidate.length < lower.length && lower.startsWith(candidate) && (form === '' || candidate.length < form.length)) form = candidate
  }
  if (form !== '') return surface.slice(0, form.length)
  return prefixSpelling(surface, stem) ?? stem
}

/**
 * The label of `stem` in the current document. `labelPiece` holds per stem the piece that names it, `foldedFrom` the
 * first compound folded into it (-1 or past the end: none).
 */
export function termLabel(words: PieceTable, stem: number, labelPiece: Int32Array, foldedFrom: Int32Array): string {
  const own = labelPiece[stem] ?? -1
  if (own >= 0) return words.pieceText(own)
  const key = words.stems[stem]!
  let source = foldedFrom[stem] ?? -1
  for (let step = 0; source >= 0 && step < MAX_CHAIN; step++) {
    const piece = labelPiece[source] ?? -1
    if (piece >= 0) return modifierLabel(words.pieceText(piece), key)
    source = foldedFrom[source] ?? -1
  }
  return key
}
