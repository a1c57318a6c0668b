// German compounds carry their topic in the modifier (Flüchtlingskrise, Flüchtlingsheim → Flüchtling), and the
// same article says Flüchtlinge too. Folding a compound's count into its modifier makes articles on one topic
// share that term even when each coins its own compounds (10kGNAD related-article precision: +1.4 points).
// The modifier is the longest other stem of the same document that the compound begins with or, failing that, the
// longest common background stem (see background.ts) it begins with, leaving at least three letters of head.
import { backgroundCommonness } from './background.js'
import type { StemCounts } from './counts.js'
import { ensureFilled, ensureLength } from '../shared/grow.js'
import { PREFIX_LENGTH, UNKNOWN, type PieceTable } from './pieces.js'

const MIN_COMPOUND = 7
const MIN_MODIFIER = PREFIX_LENGTH
const MIN_HEAD = 3
const COMMON_MODIFIER = 0.2
const NONE = -1

/** Background commonness of a stem id, memoised in the vocabulary. */
export function commonnessOf(words: PieceTable, stem: number): number {
  if (words.commonness[stem]! < 0) words.commonness[stem] = backgroundCommonness(words.stems[stem]!)
  return words.commonness[stem]!
}

function backgroundModifier(words: PieceTable, stem: number): number {
  if (words.modifier[stem] === UNKNOWN) {
    const key = words.stems[stem]!
    let modifier = NONE
    for (let length = key.length - MIN_HEAD; length >= MIN_MODIFIER; length--) {
      const prefix = key.slice(0, length)
      if (backgroundCommonness(prefix) > COMMON_MODIFIER) {
        modifier = words.stemId(prefix)
        break
      }
    }
    words.modifier[stem] = modifier
  }
  return words.modifier[stem]!
}

/** The longest stem of `group` (the document's stems with the compound's first letters) that starts the compound. */
function documentModifier(words: PieceTable, key: string, group: readonly number[], counts: StemCounts): number {
  let best = NONE
  for (const other of group) {
    const candidate = words.stems[other]!
    if (candidate.length < key.length && counts.has(other) && key.startsWith(candidate) && (best === NONE || candidate.length > words.stems[best]!.length)) best = other
  }
  return best
}

const MAX_ORDERED_LENGTH = 64

/** The caller's buffers, reset between documents. */
export interface CompoundScratch {
  /** Per prefix id, how many stems of the document have that prefix (0 between documents). */
  prefixCounts: Int32Array
  /** Per stem, the first compound folded into it (-1 between documents): what names a modifier never written alone. */
  foldedFrom: Int32Array
}

/**
 * Longest first by counting sort; equal lengths keep first-seen order (neither of two equally long stems can be the
 * other's modifier, so their order does not matter). Stems over MAX_ORDERED_LENGTH count as that long.
 */
function longestFirst(words: PieceTable, stems: number[]): number[] {
  const starts = new Int32Array(MAX_ORDERED_LENGTH + 2)
  const lengthOf = (stem: number) => Math.min(words.stems[stem]!.length, MAX_ORDERED_LENGTH)
  for (const stem of stems) starts[MAX_ORDERED_LENGTH - lengthOf(stem) + 1]!++
  for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!
  const ordered = new Array<number>(stems.length)
  for (const stem of stems) ordered[starts[MAX_ORDERED_LENGTH - lengthOf(stem)]!++] = stem
  return ordered
}

/** Moves the counts of the document's compounds to their modifiers, longest first (so chains end at the shortest). */
export function foldCompounds(words: PieceTable, counts: StemCounts, scratch: CompoundScratch): void {
  const prefixCounts = (scratch.prefixCounts = ensureLength(scratch.prefixCounts, words.prefixCount))
  const stems = counts.stems()
  const long: number[] = []
  for (const stem of stems) {
    const prefix = words.prefix[stem]!
    if (prefix < 0) continue
    prefixCounts[prefix]!++
    if (words.stems[stem]!.length >= MIN_COMPOUND) long.push(stem)
  }
  // Stems that share their first letters with another stem of the document, by those letters.
  const groups = new Map<number, number[]>()
  for (const stem of stems) {
    const prefix = words.prefix[stem]!
    if (prefix < 0 || prefixCounts[prefix]! < 2) continue
    const group = groups.get(prefix)
    if (group) group.push(stem)
    else groups.set(prefix, [stem])
  }
  for (const stem of longestFirst(words, long)) {
    const group = groups.get(words.prefix[stem]!) ?? []
    let target = group.length > 0 ? documentModifier(words, words.stems[stem]!, group, counts) : NONE
    if (target === NONE) target = backgroundModifier(words, stem)
    if (target === NONE) continue
    counts.add(target, counts.tf[stem]!, counts.capitalised[stem]!)
    counts.zero(stem)
    if (target >= scratch.foldedFrom.length) scratch.foldedFrom = ensureFilled(scratch.foldedFrom, words.stems.length)
    if (scratch.foldedFrom[target]! < 0) scratch.foldedFrom[target] = stem
  }
  for (const stem of stems) if (words.prefix[stem]! >= 0) prefixCounts[words.prefix[stem]!] = 0
}
