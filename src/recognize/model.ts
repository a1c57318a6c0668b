// The trained model at run time: its data with an open-addressing table from feature hash to feature index.
import { HashSet } from '../shared/hash-set.js'
import type { GeoNames } from './knowledge.js'
import { LABEL_COUNT } from './labels.js'
import type { ModelData } from './model-format.js'
import type { Transitions } from './viterbi.js'
import { SLOTS } from './window.js'

export const ROW = SLOTS * LABEL_COUNT

export interface NerModel {
  data: ModelData
  geo: GeoNames
  /** Open addressing, two ints per slot: [hash | 0, feature + 1] (0 = empty), so a probe touches one cache line. */
  table: Int32Array
  mask: number
  /** Entry e = weight << 8 | cell, one int per weight so that a feature's entries are one contiguous read. */
  entries: Int32Array
  transitions: Transitions
}

function spread(hash: number): number {
  return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0
}

/**
 * The model ready for tagging. Refuses data whose label set or window differs from the code, or whose fingerprint
 * differs from `fingerprint` (the bundled feature files): its features would read other lists than it was trained on.
 */
export function buildRuntimeModel(data: ModelData, fingerprint: number): NerModel {
  if (data.labelCount !== LABEL_COUNT || data.slots !== SLOTS) throw new Error('recognizer model: label set or window differs from the code')
  if (data.fingerprint !== fingerprint) {
    throw new Error(
      `recognizer model: trained with other lexicon or knowledge-base files (fingerprint ${hex(data.fingerprint)}, the bundled files give ${hex(fingerprint)}); ` +
        'retrain it with `npm run train -- --data ../shared/data` after changing a file the features read (lexicon/fingerprint.ts lists them)',
    )
  }
  let size = 16
  while (size < data.hashes.length * 2) size *= 2
  const table = new Int32Array(size * 2)
  const mask = size - 1
  for (let f = 0; f < data.hashes.length; f++) {
    let slot = spread(data.hashes[f]!) & mask
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask
    table[2 * slot] = data.hashes[f]! | 0
    table[2 * slot + 1] = f + 1
  }
  const entries = new Int32Array(data.cells.length)
  for (let e = 0; e < entries.length; e++) entries[e] = (data.weights[e]! << 8) | data.cells[e]!
  const L = LABEL_COUNT
  const t = data.transitions
  return {
    data,
    geo: { names: new HashSet(data.geoNames, data.geoTiers), phrases: new HashSet(data.geoPhrases), phraseStarts: new HashSet(data.geoPhraseStarts) },
    table,
    mask,
    entries,
    transitions: {
      pair: Float64Array.from(t.subarray(0, L * L)),
      start: Float64Array.from(t.subarray(L * L, L * L + L)),
      end: Float64Array.from(t.subarray(L * L + L, L * L + 2 * L)),
    },
  }
}

/** Feature index of a hash, or -1 when the model does not know it. */
export function featureIndex(m: NerModel, hash: number): number {
  const table = m.table
  const key = hash | 0
  let slot = spread(hash) & m.mask
  for (;;) {
    const f = table[2 * slot + 1]!
    if (f === 0) return -1
    if (table[2 * slot] === key) return f - 1
    slot = (slot + 1) & m.mask
  }
}

/** Adds the weights of feature `f` (all slots) into row[at .. at + ROW). */
export function addFeature(m: NerModel, f: number, row: Float32Array, at: number): void {
  const { ends, scale } = m.data
  const entries = m.entries
  const from = f === 0 ? 0 : ends[f - 1]!
  const to = ends[f]!
  for (let e = from; e < to; e++) {
    const entry = entries[e]!
    row[at + (entry & 0xff)]! += (entry >> 8) * scale
  }
}

/**
 * A word's row is kept in int16 cells (half the memory of float32, so more of the rows stay in the processor's
 * caches): each cell is the sum of its features' quantised weights divided by ROW_QUANTUM and rounded, so that a
 * cell's value is `cell * rowStep(m)`. The sums of real words stay far inside int16 at this quantum; the rounding
 * moves a score by a few hundredths where label scores differ by units.
 */
const ROW_QUANTUM_BITS = 2
export const ROW_QUANTUM = 1 << ROW_QUANTUM_BITS

/** The score one unit of a row cell stands for. */
export function rowStep(m: NerModel): number {
  return ROW_QUANTUM * m.data.scale
}

/** Writes the int16 row of the known features among `hashes` into row[at .. at + ROW); `units` is scratch of ROW ints. */
export function writeRow(m: NerModel, hashes: readonly number[], units: Int32Array, row: Int16Array, at: number): void {
  units.fill(0)
  const { ends } = m.data
  const entries = m.entries
  for (const hash of hashes) {
    const f = featureIndex(m, hash)
    if (f < 0) continue
    for (let e = f === 0 ? 0 : ends[f - 1]!; e < ends[f]!; e++) units[entries[e]! & 0xff]! += entries[e]! >> 8
  }
  // Rounded to the nearest quantum, halves up (as Math.round of units / 4), in integer arithmetic.
  for (let k = 0; k < ROW; k++) {
    const cell = (units[k]! + (ROW_QUANTUM >> 1)) >> ROW_QUANTUM_BITS
    row[at + k] = cell > 32767 ? 32767 : cell < -32767 ? -32767 : cell
  }
}

/** Adds the weights of every known feature among `hashes` into row[at .. at + ROW). */
export function addFeatures(m: NerModel, hashes: readonly number[], row: Float32Array, at: number): void {
  for (const hash of hashes) {
    const f = featureIndex(m, hash)
    if (f >= 0) addFeature(m, f, row, at)
  }
}

function hex(value: number): string {
  return value.toString(16).padStart(8, '0')
}
